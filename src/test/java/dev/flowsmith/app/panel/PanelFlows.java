package dev.flowsmith.app.panel;

import dev.flowsmith.app.edit.FlowEdits;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.Operation;
import java.util.ArrayList;
import java.util.List;

/** Small flows for the panel tests: a chain of operations behind a trigger. */
final class PanelFlows {

  static final String FLOW_ID = "9a6b7f7e-3c1d-4d8e-9b2a-1f0e2d3c4b5a";

  private PanelFlows() {}

  /** One operation per type, each with its defaults, linked resolve-to-resolve in the given order. */
  static Flow chain(String trigger, String... types) {
    List<Operation> ops = new ArrayList<>();
    for (int i = 0; i < types.length; i++) {
      String id = "op-" + (i + 1);
      Operation op = Operation.create(id, "step_" + (i + 1), types[i], new GridPosition(19 + 18 * i, 1), FLOW_ID)
          .withOptions(FlowEdits.defaultOptions(types[i]));
      if (i + 1 < types.length) {
        op = op.withResolve("op-" + (i + 2));
      }
      ops.add(op);
    }
    Flow flow = Flow.create(FLOW_ID, "Test flow").withTrigger(trigger, JsonValue.JsonObject.EMPTY)
        .withOperations(ops);
    return ops.isEmpty() ? flow : flow.withEntry("op-1");
  }

  static Operation op(Flow flow, String id) {
    return flow.operationById(id).orElseThrow();
  }
}
