package dev.flowsmith.format.lint;

/** How bad a lint problem is; the order of the constants is most severe first. */
public enum Severity {
  /** Directus refuses the flow, cannot load it, or the step fails every time it runs. */
  ERROR,
  /** The flow loads and runs, but part of it silently does nothing or yields {@code undefined}. */
  WARNING,
  /** Works today, but is fragile or against the Studio's conventions. */
  INFO
}
