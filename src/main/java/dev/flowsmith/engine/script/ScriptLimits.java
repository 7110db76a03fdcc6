package dev.flowsmith.engine.script;

import dev.flowsmith.engine.value.JsException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The exec limits of engine.md §9: {@code FLOWS_RUN_SCRIPT_TIMEOUT} (ms, default 10000) applied
 * to evaluating the script and, separately, to calling its export; {@code
 * FLOWS_RUN_SCRIPT_MAX_MEMORY} (MB, default 32). A run finds it among its services; without one
 * the defaults apply.
 */
public record ScriptLimits(long timeoutMillis, int maxMemoryMb) {

  public static final ScriptLimits DEFAULT = new ScriptLimits(10_000, 32);

  /** Extra wall-clock time, beyond the phase timeouts, before a silent worker is killed. */
  static final long WALL_CLOCK_SLACK_MILLIS = 5_000;

  public ScriptLimits {
    if (timeoutMillis < 1 || timeoutMillis > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("timeoutMillis must be a positive 32-bit number: " + timeoutMillis);
    }
    if (maxMemoryMb < 1) {
      throw new IllegalArgumentException("maxMemoryMb must be positive: " + maxMemoryMb);
    }
  }

  /**
   * Reads the two variables; absent ones take the defaults. A value that is not a number rejects
   * the way isolated-vm rejects it in Directus (engine.md §6.2).
   */
  public static ScriptLimits fromEnvironment(Map<String, String> environment) {
    long timeout = number(environment.get("FLOWS_RUN_SCRIPT_TIMEOUT"), DEFAULT.timeoutMillis,
        "`timeout` must be a 32-bit number");
    long memory = number(environment.get("FLOWS_RUN_SCRIPT_MAX_MEMORY"), DEFAULT.maxMemoryMb,
        "`memoryLimit` must be a number");
    if (timeout < 1 || timeout > Integer.MAX_VALUE) {
      throw JsException.of("TypeError", "`timeout` must be a 32-bit number");
    }
    if (memory < 1 || memory > Integer.MAX_VALUE) {
      throw JsException.of("TypeError", "`memoryLimit` must be a number");
    }
    return new ScriptLimits(timeout, (int) memory);
  }

  /**
   * The hard wall-clock cap of one run: three phases (input, evaluation, call) of {@link
   * #timeoutMillis} each plus slack. Our deliberate difference from Directus, where a promise that
   * never settles hangs the operation forever: here nothing waits longer than this.
   */
  public long wallClockCapMillis() {
    return 3 * timeoutMillis + WALL_CLOCK_SLACK_MILLIS;
  }

  private static long number(@Nullable String text, long fallback, String message) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      double value = Double.parseDouble(text.trim());
      if (value != Math.rint(value) || Double.isInfinite(value)) {
        throw JsException.of("TypeError", message);
      }
      return (long) value;
    } catch (NumberFormatException notANumber) {
      throw JsException.of("TypeError", message);
    }
  }
}
