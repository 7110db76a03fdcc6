package dev.flowsmith.engine.operation;

import dev.flowsmith.engine.Cancellation;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.Operation;

/** Operation contexts for the I/O operation tests: an empty chain, one flow, one operation. */
final class IoTestContexts {

  private IoTestContexts() {}

  static OperationContext context(String type, RunServices services) {
    return context(type, services, JsValue.NULL, Cancellation.none());
  }

  static OperationContext context(String type, RunServices services, JsValue accountability,
      Cancellation cancellation) {
    Flow flow = Flow.create("f1", "Test flow");
    Operation operation = Operation.create("o1", "step", type, new GridPosition(19, 1), flow.id());
    return new OperationContext(JsObject.EMPTY, accountability, JsObject.EMPTY, flow, operation,
        services, cancellation, 0);
  }
}
