package dev.flowsmith.engine.script;

import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsValue;

/**
 * Hands one run's console calls to a {@link ScriptConsole}. A script printing in a tight loop
 * must not flood the host: after {@value #MAX_LINES} calls the rest of the run's output is dropped,
 * with one warning saying so (ours; Directus logs without limit).
 */
final class ConsoleForwarder implements ScriptSandbox.ConsoleSink {

  static final int MAX_LINES = 1000;

  private final ScriptConsole console;
  private int lines;

  ConsoleForwarder(ScriptConsole console) {
    this.console = console;
  }

  @Override
  public synchronized void log(String method, String tagged) {
    lines++;
    if (lines > MAX_LINES + 1) {
      return;
    }
    if (lines == MAX_LINES + 1) {
      deliver(ScriptConsole.Level.WARN, JsValue.of("Further console output of this script run was dropped after "
          + MAX_LINES + " calls."));
      return;
    }
    try {
      deliver(ScriptConsole.Level.of(method), ScriptValues.decode(tagged));
    } catch (JsException garbled) {
      // a script that rewrote JSON.stringify garbles only its own log line
    }
  }

  private void deliver(ScriptConsole.Level level, JsValue value) {
    try {
      console.log(level, value);
    } catch (RuntimeException brokenSink) {
      // a failing log sink must not fail the script
    }
  }
}
