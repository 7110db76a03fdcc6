package dev.flowsmith.engine.script;

import dev.flowsmith.engine.value.JsValue;

/**
 * Where a script's {@code console} calls go (engine.md §6.2: forwarded to the server logger).
 * A run finds it among its services; without one, output is discarded.
 */
@FunctionalInterface
public interface ScriptConsole {

  /** Discards everything. */
  ScriptConsole DISCARD = (level, value) -> { };

  /**
   * One console call: a single argument as it is, several as an array (a structured-clone copy,
   * like a result).
   */
  void log(Level level, JsValue value);

  /** The console method that was called. */
  enum Level {
    LOG, INFO, WARN, ERROR, TRACE, DEBUG;

    /** The level of a console method name such as {@code "warn"}; unknown names log as LOG. */
    public static Level of(String method) {
      for (Level level : values()) {
        if (level.name().equalsIgnoreCase(method)) {
          return level;
        }
      }
      return LOG;
    }
  }
}
