package dev.flowsmith.engine.script;

import dev.flowsmith.engine.value.JsValue;
import java.util.function.BooleanSupplier;

/** Runs exec scripts (engine.md §6.2). Implementations are thread-safe. */
public interface ScriptRunner extends AutoCloseable {

  /**
   * Evaluates the script in a fresh sandbox, calls its export with {@code request.data()} and
   * awaits the result.
   *
   * @param cancelled polled while the script runs; once true the script is stopped and the run
   *     rejects with {@code Script execution was cancelled.}
   * @return the structured-clone copy of the result; {@link JsValue#UNDEFINED} where JS gives
   *     undefined (the run loop turns it into null, engine.md §4.3)
   * @throws dev.flowsmith.engine.value.JsException with the rejection value: the thrown value, a
   *     timeout, memory or cancellation error
   */
  JsValue run(ScriptRequest request, ScriptConsole console, BooleanSupplier cancelled);

  /** Stops whatever the runner keeps alive (worker processes, threads). */
  @Override
  void close();
}
