package dev.flowsmith.engine.operation;

import dev.flowsmith.engine.item.ItemStore;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;

/** Runs an item operation with JSON options and gives its result, or its rejection, as JSON. */
final class ItemOperationsTestSupport {

  private ItemOperationsTestSupport() {}

  static String run(OperationHandler handler, ItemStore store, String options) {
    return run(handler, store, options, ItemContexts.ANONYMOUS);
  }

  static String run(OperationHandler handler, ItemStore store, String options, JsValue accountability) {
    OperationContext context = ItemContexts.context(store, accountability, "step", handler.type());
    try {
      return json(handler.run((JsObject) JsJson.parse(options), context));
    } catch (JsException rejected) {
      return "reject " + json(rejected.value()) + " " + rejected.getMessage();
    } catch (Exception crash) {
      throw new AssertionError(crash);
    }
  }

  static String json(JsValue value) {
    return JsJson.stringify(value).orElse("undefined");
  }
}
