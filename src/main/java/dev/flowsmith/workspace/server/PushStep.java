package dev.flowsmith.workspace.server;

import dev.flowsmith.model.JsonValue;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One write request of a push: {@code method path} with its body, for the flows it touches.
 *
 * @param what the step in words ("deactivate 2 flows", "create 5 operations unlinked")
 * @param flowIds the flows it changes
 */
public record PushStep(String what, String method, String path, @Nullable JsonValue body, List<String> flowIds) {

  public PushStep {
    flowIds = List.copyOf(flowIds);
  }

  /** {@code PATCH /operations: link 12 operations}. */
  @Override
  public String toString() {
    return method + " " + path + ": " + what;
  }
}
