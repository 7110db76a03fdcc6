package dev.flowsmith.engine.operation;

import static dev.flowsmith.engine.template.OptionParsing.optionToObject;
import static dev.flowsmith.engine.template.OptionParsing.optionToString;
import static dev.flowsmith.model.OptionField.Kind.JSON;
import static dev.flowsmith.model.OptionField.Kind.SELECT;
import static dev.flowsmith.model.OptionField.Kind.TEXT;
import static dev.flowsmith.model.OptionField.Kind.TEXT_AREA;
import static dev.flowsmith.model.OptionField.field;

import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.model.OperationType;
import java.time.Clock;
import java.util.List;

/**
 * {@code json-web-token} (engine.md §6.7): {@code sign}, {@code verify} and {@code decode} with
 * jsonwebtoken 9's semantics ({@link JwtSigning}, {@link JwtVerification}). Missing inputs are
 * refused before anything is parsed, as Directus' handler does. The clock is the run's
 * {@link Clock} service when there is one, else the system clock.
 *
 * <p>Not jjwt: jjwt refuses HMAC keys shorter than the algorithm's hash (RFC 7518), which
 * jsonwebtoken and so Directus accept ({@code "some-secret"}), and it would order claims its own
 * way; tokens here are built from JS JSON text so they match Directus' byte for byte.
 */
public final class JsonWebTokenOperation implements OperationHandler {

  /** The form the Studio shows for this type (editor.md §7); lint and completion derive from it too. */
  public static final OperationType DESCRIPTION = OperationType.of("json-web-token", "JSON Web Token", "key", List.of("operation"),
        field("operation", "Operation", SELECT).choices("sign", "verify", "decode").required().literal().build(),
        field("payload", "Payload", TEXT_AREA).when("operation", "sign").build(),
        field("token", "Token", TEXT).when("operation", "verify", "decode").build(),
        field("secret", "Secret", TEXT).when("operation", "sign", "verify").build(),
        field("options", "Options", JSON).build());

  @Override
  public OperationType description() {
    return DESCRIPTION;
  }

  @Override
  public JsValue run(JsObject options, OperationContext context) {
    JsValue operation = options.get("operation");
    JsValue payload = options.get("payload");
    JsValue token = options.get("token");
    JsValue secret = options.get("secret");
    long now = context.services().find(Clock.class).orElse(Clock.systemUTC()).millis() / 1000;
    if (operation.equals(JsValue.of("sign"))) {
      require(payload, "payload");
      require(secret, "secret");
      JsValue payloadObject = optionToObject(payload);
      String secretString = optionToString(secret);
      return JsValue.of(JwtSigning.sign(payloadObject, secretString,
          optionToObject(options.get("options")), now));
    }
    if (operation.equals(JsValue.of("verify"))) {
      require(token, "token");
      require(secret, "secret");
      String tokenString = optionToString(token);
      String secretString = optionToString(secret);
      return JwtVerification.verify(tokenString, secretString, optionToObject(options.get("options")),
          now);
    }
    if (operation.equals(JsValue.of("decode"))) {
      require(token, "token");
      String tokenString = optionToString(token);
      return JwtVerification.decode(tokenString, optionToObject(options.get("options")));
    }
    throw JsException.of("Error", "Undefined \"Operation\" for JSON Web Token");
  }

  private static void require(JsValue value, String what) {
    if (!value.isTruthy()) {
      throw JsException.of("Error", "Undefined JSON Web Token " + what);
    }
  }
}
