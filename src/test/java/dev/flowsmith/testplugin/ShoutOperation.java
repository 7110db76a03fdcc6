package dev.flowsmith.testplugin;

import static dev.flowsmith.model.OptionField.Kind.SELECT;
import static dev.flowsmith.model.OptionField.Kind.TEXT;
import static dev.flowsmith.model.OptionField.field;

import dev.flowsmith.engine.operation.OperationContext;
import dev.flowsmith.engine.operation.OperationHandler;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.model.OperationType;
import java.util.List;
import java.util.Locale;

/**
 * A custom operation as an extension would ship it: one class, listed in
 * {@code META-INF/services/dev.flowsmith.engine.operation.OperationHandler} of the test
 * resources, and nothing else edited. It resolves with its text in capitals.
 */
public final class ShoutOperation implements OperationHandler {

  public static final OperationType DESCRIPTION = OperationType.of("x-shout", "Shout", "campaign",
      List.of("text"),
      field("text", "Text to Shout", TEXT).required().build(),
      field("volume", "Volume", SELECT).half().choices("loud", "louder").orOther().defaultValue("loud").build());

  @Override
  public OperationType description() {
    return DESCRIPTION;
  }

  @Override
  public JsValue run(JsObject options, OperationContext context) {
    JsValue text = options.get("text");
    String value = text instanceof JsString string ? string.value() : "";
    return new JsString(value.toUpperCase(Locale.ROOT) + "!");
  }
}
