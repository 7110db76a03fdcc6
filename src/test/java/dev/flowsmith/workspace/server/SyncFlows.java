package dev.flowsmith.workspace.server;

import dev.flowsmith.format.FlowCodec;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Flows for sync tests: random ids, a chain of log operations (each resolving to the next). */
final class SyncFlows {

  private SyncFlows() {}

  static Flow chain(String name, int operations) {
    String flowId = UUID.randomUUID().toString();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < operations; i++) {
      ids.add(UUID.randomUUID().toString());
    }
    List<Operation> ops = new ArrayList<>();
    for (int i = 0; i < operations; i++) {
      ops.add(new Operation(ids.get(i), "Step " + i, "step_" + i, "log", new GridPosition(19 + 18 * i, 1),
          JsonObject.builder().put("message", "step " + i + " {{$trigger.n}}").build(),
          i + 1 < operations ? ids.get(i + 1) : null, null, flowId, null, null, JsonObject.EMPTY));
    }
    return new Flow(flowId, name, "bolt", null, "made by a Flowsmith sync test", Flow.ACTIVE, "manual", "all",
        JsonObject.builder().put("collections", dev.flowsmith.model.JsonValue.JsonArray.ofStrings(List.of("x")))
            .build(), operations == 0 ? null : ids.get(0), null, null, ops, JsonObject.EMPTY);
  }

  /** The flow as GET /flows?fields=*,operations.* gives it. */
  static JsonObject asServer(Flow flow) {
    return FlowCodec.writeFlow(flow);
  }

  static Operation op(Flow flow, String key) {
    return flow.operationByKey(key).orElseThrow();
  }

  static JsonValue text(String value) {
    return JsonValue.of(value);
  }
}
