package dev.flowsmith.engine.operation;

import dev.flowsmith.engine.template.OptionParsing;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;

/** {@code transform} (engine.md §6.14): the rendered {@code json}, JSON text parsed; missing → null. */
public final class TransformOperation implements OperationHandler {

  @Override
  public String type() {
    return "transform";
  }

  @Override
  public JsValue run(JsObject options, OperationContext context) {
    return OptionParsing.optionToObject(options.get("json"));
  }
}
