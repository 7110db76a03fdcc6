package dev.flowsmith.engine.run;

/**
 * Guards Directus does not have (engine.md §4.7: flows may start flows without limit).
 *
 * @param maxFlowDepth how deep trigger operations may nest flows; a run beyond it rejects
 */
public record RunLimits(int maxFlowDepth) {

  public static final RunLimits DEFAULT = new RunLimits(16);

  public RunLimits {
    if (maxFlowDepth < 1) {
      throw new IllegalArgumentException("maxFlowDepth must be at least 1");
    }
  }
}
