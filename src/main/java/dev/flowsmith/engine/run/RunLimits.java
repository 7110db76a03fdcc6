package dev.flowsmith.engine.run;

import java.time.Duration;
import java.util.Locale;

/**
 * Guards Directus does not have (engine.md §4.7: flows may start flows without limit). The depth
 * limit bounds nesting; the budget bounds the total work of one root run and every flow it starts
 * (Trigger Flow operations, event flows started by its item writes): flows, steps, wall time and
 * the bytes of values put on the data chains.
 *
 * @param maxFlowDepth how deep trigger operations may nest flows; a run beyond it rejects
 * @param maxFlows how many flows one root run may start, itself included
 * @param maxSteps how many operations one root run may execute, over all its flows
 * @param maxRunTime wall time from the root run's start after which no further step starts
 * @param maxChainBytes the total size (as JSON text) of the values the run's steps record
 */
public record RunLimits(int maxFlowDepth, int maxFlows, long maxSteps, Duration maxRunTime, long maxChainBytes) {

  /**
   * The deepest nesting a run supports: deeper than this the nested runs would exhaust the thread
   * stacks before a limit could stop them.
   */
  public static final int DEPTH_CEILING = 10_000;

  /**
   * Defaults: a real flow never gets near them (the goldens use a few flows and steps), while a
   * flow that fans out into copies of itself is stopped at 1,000 flows, in well under a second.
   */
  public static final RunLimits DEFAULT = new RunLimits(16, 1_000, 10_000, Duration.ofMinutes(5), 128L << 20);

  public RunLimits {
    positive("maxFlowDepth", maxFlowDepth);
    if (maxFlowDepth > DEPTH_CEILING) {
      throw new IllegalArgumentException("maxFlowDepth must be at most " + format(DEPTH_CEILING) + ", found "
          + format(maxFlowDepth));
    }
    positive("maxFlows", maxFlows);
    positive("maxSteps", maxSteps);
    if (maxRunTime == null || maxRunTime.isNegative() || maxRunTime.isZero()) {
      throw new IllegalArgumentException("maxRunTime must be positive, found " + maxRunTime);
    }
    positive("maxChainBytes", maxChainBytes);
  }

  /** The defaults with another depth limit. */
  public RunLimits(int maxFlowDepth) {
    this(maxFlowDepth, DEFAULT.maxFlows, DEFAULT.maxSteps, DEFAULT.maxRunTime, DEFAULT.maxChainBytes);
  }

  public RunLimits withMaxFlowDepth(int value) {
    return new RunLimits(value, maxFlows, maxSteps, maxRunTime, maxChainBytes);
  }

  public RunLimits withMaxFlows(int value) {
    return new RunLimits(maxFlowDepth, value, maxSteps, maxRunTime, maxChainBytes);
  }

  public RunLimits withMaxSteps(long value) {
    return new RunLimits(maxFlowDepth, maxFlows, value, maxRunTime, maxChainBytes);
  }

  public RunLimits withMaxRunTime(Duration value) {
    return new RunLimits(maxFlowDepth, maxFlows, maxSteps, value, maxChainBytes);
  }

  public RunLimits withMaxChainBytes(long value) {
    return new RunLimits(maxFlowDepth, maxFlows, maxSteps, maxRunTime, value);
  }

  private static void positive(String name, long value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, found " + format(value));
    }
  }

  /** 1000000 → "1,000,000", as the limit messages write numbers. */
  static String format(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }
}
