package dev.flowsmith.engine.operation;

import static dev.flowsmith.model.OptionField.Kind.SELECT;
import static dev.flowsmith.model.OptionField.Kind.TEXT;
import static dev.flowsmith.model.OptionField.field;

import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsNumberConversion;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsStrings;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.model.OperationType;
import java.util.List;
import java.util.Locale;

/** {@code throw-error} (engine.md §6.13): always rejects with a DirectusError. */
public final class ThrowErrorOperation implements OperationHandler {

  /** The form the Studio shows for this type (editor.md §7); lint and completion derive from it too. */
  public static final OperationType DESCRIPTION = OperationType.of("throw-error", "Throw Error", "error", List.of("code", "status", "message"),
        field("code", "Error Code", SELECT).choices("INTERNAL_SERVER_ERROR", "FORBIDDEN", "INVALID_PAYLOAD",
            "INVALID_QUERY", "ROUTE_NOT_FOUND", "FAILED_VALIDATION", "UNPROCESSABLE_CONTENT").orOther().build(),
        field("status", "Status", SELECT).choices("400", "401", "403", "404", "405", "422", "429", "500").orOther()
            .build(),
        field("message", "Message", TEXT).build());

  static final String DEFAULT_CODE = "INTERNAL_SERVER_ERROR";
  static final String DEFAULT_MESSAGE = "An unexpected error occurred.";

  @Override
  public OperationType description() {
    return DESCRIPTION;
  }

  @Override
  public JsValue run(JsObject options, OperationContext context) {
    JsValue code = options.get("code");
    JsValue message = options.get("message");
    // Directus' createError: a message that is not a string is called as message(extensions)
    // before the class's fields are set, so it fails first; then code.toUpperCase()
    if (!message.isNullish() && !(message instanceof JsString)) {
      throw JsException.of("TypeError", "message is not a function");
    }
    if (!code.isNullish() && !(code instanceof JsString)) {
      throw JsException.of("TypeError", "code.toUpperCase is not a function");
    }
    // only null/undefined fall back: "" stays "" (§6.13)
    String codeText = code.isNullish() ? DEFAULT_CODE : JsStrings.toJsString(code).toUpperCase(Locale.ROOT);
    String messageText = message.isNullish() ? DEFAULT_MESSAGE : JsStrings.toJsString(message);
    throw new JsException(JsError.directus(codeText, status(options.get("status")), messageText, null));
  }

  /** {@code parseInt(status)} when that is a number, else 500: "404" → 404, "invalid" → 500. */
  static int status(JsValue status) {
    if (status.isNullish()) {
      return 500;
    }
    double parsed = JsNumberConversion.parseInt(status);
    return Double.isNaN(parsed) || Math.abs(parsed) > Integer.MAX_VALUE ? 500 : (int) parsed;
  }
}
