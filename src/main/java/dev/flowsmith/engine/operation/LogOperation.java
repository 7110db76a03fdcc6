package dev.flowsmith.engine.operation;

import dev.flowsmith.engine.template.OptionParsing;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;

/** {@code log} (engine.md §6.8): writes the message as text, resolves with null. */
public final class LogOperation implements OperationHandler {

  @Override
  public String type() {
    return "log";
  }

  @Override
  public JsValue run(JsObject options, OperationContext context) {
    String message = OptionParsing.optionToString(options.get("message"));
    context.services().find(LogSink.class).orElse(LogSink.DISCARD)
        .info(context.flow().name(), context.operation().key(), message);
    return JsValue.NULL;
  }
}
