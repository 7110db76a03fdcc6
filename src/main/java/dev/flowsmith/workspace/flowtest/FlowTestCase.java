package dev.flowsmith.workspace.flowtest;

import dev.flowsmith.model.JsonValue;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One test of a flow: its name, the {@code $trigger} it starts with, mocks by operation key,
 * the fixed clock, seeded items, accountability, env and the expectations.
 *
 * @param mocks operation key to mock ({@code {"resolve": …}} or {@code {"reject": …}})
 * @param now fixed clock as ISO-8601 text, or null for the real clock
 * @param expect the {@code expect} object (chain, status, steps, items, outbox, error)
 */
public record FlowTestCase(
    String name,
    JsonValue trigger,
    Map<String, JsonValue> mocks,
    @Nullable String now,
    JsonValue.JsonObject items,
    @Nullable JsonValue accountability,
    Map<String, String> env,
    boolean network,
    boolean skip,
    JsonValue.JsonObject expect) {

  public FlowTestCase {
    mocks = Map.copyOf(mocks);
    env = Map.copyOf(env);
  }
}
