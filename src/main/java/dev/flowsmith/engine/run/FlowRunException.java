package dev.flowsmith.engine.run;

/**
 * A flow that cannot be run at all: a loop, a link to a missing operation, a flow-in-flow chain
 * deeper than the limit. Raised before the first step, so nothing has happened yet.
 */
public final class FlowRunException extends Exception {

  private static final long serialVersionUID = 1L;

  public FlowRunException(String message) {
    super(message);
  }
}
