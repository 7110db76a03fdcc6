package dev.flowsmith.engine.run;

import java.util.Locale;

/** How one step ended, as the run log records it (engine.md §8.1). */
public enum StepStatus {
  RESOLVE, REJECT, UNKNOWN;

  /** The stored text: {@code resolve}, {@code reject}, {@code unknown}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
