package dev.flowsmith.engine.operation;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsBoolean;
import dev.flowsmith.engine.value.JsDate;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsNull;
import dev.flowsmith.engine.value.JsNumber;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsStrings;
import dev.flowsmith.engine.value.JsValue;
import java.util.List;

/**
 * jsonwebtoken 9.0.2's {@code verify(token, secret, options)} and {@code decode(token, options)}
 * (engine.md §6.7), with its checks in its order. Failures are {@code JsonWebTokenError},
 * {@code TokenExpiredError} or {@code NotBeforeError} objects with enumerable {@code name} and
 * {@code message} (plus {@code expiredAt} / {@code date}). Only HMAC tokens verify: a PEM public
 * key or certificate as secret is not supported.
 */
final class JwtVerification {

  private JwtVerification() {}

  static JsValue verify(String token, String secret, JsValue optionsValue, long nowSeconds) {
    JsObject options = optionsValue instanceof JsObject object ? object : JsObject.EMPTY;
    JsValue clock = options.get("clockTimestamp");
    if (clock.isTruthy() && !(clock instanceof JsNumber)) {
      throw jwtError("clockTimestamp must be a number");
    }
    JsValue nonce = options.get("nonce");
    if (!nonce.isUndefined() && !(nonce instanceof JsString s && !JsStrings.trim(s.value()).isEmpty())) {
      throw jwtError("nonce must be a non-empty string");
    }
    JsValue allowInvalid = options.get("allowInvalidAsymmetricKeyTypes");
    if (!allowInvalid.isUndefined() && !(allowInvalid instanceof JsBoolean)) {
      throw jwtError("allowInvalidAsymmetricKeyTypes must be a boolean");
    }
    double now = clock.isTruthy() ? ((JsNumber) clock).value() : nowSeconds;
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3) {
      throw jwtError("jwt malformed");
    }
    JwsCodec.Decoded decoded = JwsCodec.decode(token, false);
    if (decoded == null) {
      throw jwtError("invalid token");
    }
    JsValue payload = JwsCodec.objectIfJson(decoded.payload());
    if (JsStrings.trim(parts[2]).isEmpty()) {
      throw jwtError("jwt signature is required");
    }
    if (secret.contains("-----BEGIN") && (secret.contains("PUBLIC KEY") || secret.contains("CERTIFICATE"))) {
      throw jwtError("Verifying with a public key is not supported by Flowsmith; use an HS algorithm");
    }
    JsValue algorithm = decoded.header() instanceof JsObject header ? header.get("alg") : JsValue.UNDEFINED;
    if (!allowed(options.get("algorithms"), algorithm)) {
      throw jwtError("invalid algorithm");
    }
    String alg = JsStrings.toJsString(algorithm);
    if (alg.matches("^(?:RS|PS|ES).*")) {
      throw jwtError("secretOrPublicKey must be an asymmetric key when using " + alg);
    }
    if (alg.equals("none") || !JwsCodec.verifyHmac(token, alg, secret)) {
      throw jwtError("invalid signature");
    }
    checkClaims(payload, options, now);
    if (options.get("complete").equals(JsValue.TRUE)) {
      return complete(decoded.header(), payload, decoded.signature());
    }
    return payload;
  }

  /** {@code decode}: no signature check; null for text that is not a token. */
  static JsValue decode(String token, JsValue optionsValue) {
    JsObject options = optionsValue instanceof JsObject object ? object : JsObject.EMPTY;
    JwsCodec.Decoded decoded = JwsCodec.decode(token, options.get("json").isTruthy());
    if (decoded == null) {
      return JsValue.NULL;
    }
    JsValue payload = JwsCodec.objectIfJson(decoded.payload());
    if (options.get("complete").equals(JsValue.TRUE)) {
      return complete(decoded.header(), payload, decoded.signature());
    }
    return payload;
  }

  private static JsObject complete(JsValue header, JsValue payload, String signature) {
    return JsObject.builder().put("header", header).put("payload", payload)
        .put("signature", signature).build();
  }

  /** {@code options.algorithms || HS_ALGS}, tested with {@code indexOf} as jsonwebtoken does. */
  private static boolean allowed(JsValue algorithms, JsValue algorithm) {
    if (!algorithms.isTruthy()) {
      return algorithm instanceof JsString s && JwsCodec.HMAC_ALGORITHMS.contains(s.value());
    }
    if (algorithms instanceof JsArray list) {
      return list.elements().contains(algorithm);
    }
    if (algorithms instanceof JsString text) {
      return text.value().contains(JsStrings.toJsString(algorithm));
    }
    throw JsException.of("TypeError", "options.algorithms.indexOf is not a function");
  }

  private static void checkClaims(JsValue payload, JsObject options, double now) {
    if (payload instanceof JsNull) {
      throw JsException.of("TypeError", "Cannot read properties of null (reading 'nbf')");
    }
    JsObject claims = payload instanceof JsObject object ? object : JsObject.EMPTY;
    double tolerance = options.get("clockTolerance") instanceof JsNumber n ? n.value() : 0;
    JsValue nbf = claims.get("nbf");
    if (!nbf.isUndefined() && !options.get("ignoreNotBefore").isTruthy()) {
      if (!(nbf instanceof JsNumber notBefore)) {
        throw jwtError("invalid nbf value");
      }
      if (notBefore.value() > now + tolerance) {
        throw new JsException(JsError.library("NotBeforeError", "jwt not active")
            .withProperty("date", date(notBefore.value())));
      }
    }
    JsValue exp = claims.get("exp");
    if (!exp.isUndefined() && !options.get("ignoreExpiration").isTruthy()) {
      if (!(exp instanceof JsNumber expires)) {
        throw jwtError("invalid exp value");
      }
      if (now >= expires.value() + tolerance) {
        throw expired("jwt expired", expires.value());
      }
    }
    JsValue audience = options.get("audience");
    if (audience.isTruthy()) {
      List<JsValue> wanted = audience instanceof JsArray a ? a.elements() : List.of(audience);
      JsValue aud = claims.get("aud");
      List<JsValue> present = aud instanceof JsArray a ? a.elements() : List.of(aud);
      if (present.stream().noneMatch(wanted::contains)) {
        throw jwtError("jwt audience invalid. expected: " + String.join(" or ",
            wanted.stream().map(JsStrings::toJsString).toList()));
      }
    }
    JsValue issuer = options.get("issuer");
    if (issuer.isTruthy()) {
      boolean invalid = issuer instanceof JsString && !claims.get("iss").equals(issuer)
          || issuer instanceof JsArray list && !list.elements().contains(claims.get("iss"));
      if (invalid) {
        throw jwtError("jwt issuer invalid. expected: " + JsStrings.toJsString(issuer));
      }
    }
    expectEqual(claims, options, "subject", "sub");
    expectEqual(claims, options, "jwtid", "jti");
    expectEqual(claims, options, "nonce", "nonce");
    JsValue maxAge = options.get("maxAge");
    if (maxAge.isTruthy()) {
      if (!(claims.get("iat") instanceof JsNumber iat)) {
        throw jwtError("iat required when maxAge is specified");
      }
      double limit;
      try {
        limit = ((JsNumber) JwtSigning.timeSpan(maxAge, iat.value() != 0 ? iat.value() : now,
            "maxAge")).value();
      } catch (JsException e) {
        throw jwtError(((JsError) e.value()).message());
      }
      if (now >= limit + tolerance) {
        throw expired("maxAge exceeded", limit);
      }
    }
  }

  private static void expectEqual(JsObject claims, JsObject options, String option, String claim) {
    JsValue expected = options.get(option);
    if (expected.isTruthy() && !claims.get(claim).equals(expected)) {
      throw jwtError("jwt " + option + " invalid. expected: " + JsStrings.toJsString(expected));
    }
  }

  private static JsException expired(String message, double seconds) {
    return new JsException(JsError.library("TokenExpiredError", message)
        .withProperty("expiredAt", date(seconds)));
  }

  private static JsDate date(double seconds) {
    return new JsDate(seconds * 1000);
  }

  private static JsException jwtError(String message) {
    return new JsException(JsError.library("JsonWebTokenError", message));
  }
}
