package dev.flowsmith.engine.script;

import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsValue;
import java.util.Objects;

/**
 * How one sandbox run ended, with its value as tagged text ({@link ScriptValues}) so a worker
 * can pass it on without reading it.
 *
 * @param resolved true for a result, false for a rejection
 * @param value the result or the rejection value, tagged
 * @param heapExhausted the JVM ran out of heap: a worker should not be trusted with another run
 */
record ScriptOutcome(boolean resolved, String value, boolean heapExhausted) {

  public ScriptOutcome {
    Objects.requireNonNull(value);
  }

  static ScriptOutcome resolve(String tagged) {
    return new ScriptOutcome(true, tagged, false);
  }

  static ScriptOutcome reject(JsValue value) {
    return new ScriptOutcome(false, ScriptValues.encode(value), false);
  }

  /** The result, or the rejection thrown as a {@link JsException}. */
  JsValue valueOrThrow() {
    JsValue decoded = ScriptValues.decode(value);
    if (resolved) {
      return decoded;
    }
    throw new JsException(V8Messages.rejection(decoded));
  }
}
