package dev.flowsmith.engine.operation;

import static dev.flowsmith.model.OptionField.Kind.TEXT;
import static dev.flowsmith.model.OptionField.field;

import dev.flowsmith.engine.template.OptionParsing;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.model.OperationType;
import java.util.List;

/** {@code log} (engine.md §6.8): writes the message as text, resolves with null. */
public final class LogOperation implements OperationHandler {

  /** The form the Studio shows for this type (editor.md §7); lint and completion derive from it too. */
  public static final OperationType DESCRIPTION = OperationType.of("log", "Log to Console", "terminal", List.of("message"),
        field("message", "Message", TEXT).build());

  @Override
  public OperationType description() {
    return DESCRIPTION;
  }

  @Override
  public JsValue run(JsObject options, OperationContext context) {
    String message = OptionParsing.optionToString(options.get("message"));
    context.services().find(LogSink.class).orElse(LogSink.DISCARD)
        .info(context.flow().name(), context.operation().key(), message);
    return JsValue.NULL;
  }
}
