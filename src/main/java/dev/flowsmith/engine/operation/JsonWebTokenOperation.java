package dev.flowsmith.engine.operation;

import static dev.flowsmith.engine.template.OptionParsing.optionToObject;
import static dev.flowsmith.engine.template.OptionParsing.optionToString;

import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.time.Clock;

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

  @Override
  public String type() {
    return "json-web-token";
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
