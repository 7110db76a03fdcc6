package dev.flowsmith.engine.operation;

import dev.flowsmith.engine.value.JsValue;
import java.util.Optional;

/** Starts another flow of the workspace for the trigger operation (engine.md §6.15). */
public interface FlowInvoker {

  /**
   * Runs flow {@code flowId} with {@code payload} as its {@code $trigger}, in the caller's
   * context (same accountability and services), and returns its result (§4.5).
   *
   * @return empty when no active flow with an "Another Flow" trigger has that id
   */
  Optional<JsValue> invoke(String flowId, JsValue payload, OperationContext caller);
}
