package dev.flowsmith.engine.operation;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsBoolean;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsNull;
import dev.flowsmith.engine.value.JsNumber;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsStrings;
import dev.flowsmith.engine.value.JsValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * jsonwebtoken 9.0.2's {@code sign(payload, secret, options)} with its checks and messages, in
 * its order (engine.md §6.7). Every failure is a plain {@code Error}. Only HMAC algorithms (and
 * {@code none}) sign: a PEM private key as secret, which Directus would accept for RS/PS/ES, is
 * not supported.
 */
final class JwtSigning {

  private static final List<String> ALGORITHMS = List.of("RS256", "RS384", "RS512", "PS256",
      "PS384", "PS512", "ES256", "ES384", "ES512", "HS256", "HS384", "HS512", "none");
  /** Options that only make sense for an object payload. */
  private static final List<String> OBJECT_ONLY = List.of("expiresIn", "notBefore", "noTimestamp",
      "audience", "issuer", "subject", "jwtid");
  private static final Map<String, String> CLAIMS = Map.of("audience", "aud", "issuer", "iss",
      "subject", "sub", "jwtid", "jti");
  private static final Map<String, Check> SCHEMA = schema();
  private static final Pattern TIME_SPAN = Pattern.compile(
      "(-?(?:\\d+)?\\.?\\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h"
          + "|days?|d|weeks?|w|years?|yrs?|y)?", Pattern.CASE_INSENSITIVE);

  private record Check(Predicate<JsValue> valid, String message) {}

  private JwtSigning() {}

  static String sign(JsValue payload, String secret, JsValue optionsValue, long nowSeconds) {
    JsValue options = optionsValue.isTruthy() ? optionsValue : JsObject.EMPTY;
    boolean objectPayload = payload.isObject() || payload instanceof JsNull;
    JsValue algorithm = get(options, "algorithm");
    JsObject.Builder header = JsObject.builder()
        .put("alg", algorithm.isTruthy() ? algorithm : JsValue.of("HS256"))
        .put("typ", objectPayload ? JsValue.of("JWT") : JsValue.UNDEFINED)
        .put("kid", get(options, "keyid"));
    if (get(options, "header") instanceof JsObject extra) {
      header.putAll(extra);
    }
    JsObject headerObject = header.build();
    if (!(headerObject.get("alg") instanceof JsString alg)) {
      throw JsException.of("TypeError", "header.alg.startsWith is not a function");
    }
    checkKey(alg.value(), secret);

    Map<String, JsValue> claims = new LinkedHashMap<>();
    if (objectPayload) {
      validate(payload, "payload", true);
      claims.putAll(((JsObject) payload).members());
    } else {
      List<String> invalid = OBJECT_ONLY.stream().filter(name -> !get(options, name).isUndefined())
          .toList();
      if (!invalid.isEmpty()) {
        throw error("invalid " + String.join(",", invalid) + " option for " + payload.typeOf()
            + " payload");
      }
    }
    checkNotAlreadySet(claims, "exp", options, "expiresIn");
    checkNotAlreadySet(claims, "nbf", options, "notBefore");
    validate(options, "options", false);

    JsValue iat = claims.getOrDefault("iat", JsValue.UNDEFINED);
    double timestamp = iat.isTruthy() && iat instanceof JsNumber n ? n.value() : nowSeconds;
    if (get(options, "noTimestamp").isTruthy()) {
      claims.remove("iat");
    } else if (objectPayload) {
      claims.put("iat", JsValue.of(timestamp));
    }
    if (!get(options, "notBefore").isUndefined()) {
      claims.put("nbf", timeSpan(get(options, "notBefore"), timestamp, "notBefore"));
    }
    if (!get(options, "expiresIn").isUndefined() && objectPayload) {
      claims.put("exp", timeSpan(get(options, "expiresIn"), timestamp, "expiresIn"));
    }
    for (String option : List.of("audience", "issuer", "subject", "jwtid")) {
      JsValue value = get(options, option);
      if (!value.isUndefined()) {
        String claim = CLAIMS.get(option);
        if (!claims.getOrDefault(claim, JsValue.UNDEFINED).isUndefined()) {
          throw error("Bad \"options." + option + "\" option. The payload already has an \""
              + claim + "\" property.");
        }
        claims.put(claim, value);
      }
    }
    String encoding = get(options, "encoding") instanceof JsString text ? text.value() : "utf8";
    boolean latin1 = encoding.equals("latin1") || encoding.equals("binary");
    return JwsCodec.sign(headerObject, payloadText(payload, objectPayload, claims), latin1,
        alg.value(), secret);
  }

  /** jws' {@code toString(payload)}: text as is, numbers in JS form, everything else as JSON. */
  private static String payloadText(JsValue payload, boolean objectPayload, Map<String, JsValue> claims) {
    if (objectPayload) {
      return JsJson.stringify(new JsObject(claims)).orElseThrow();
    }
    if (payload instanceof JsString || payload instanceof JsNumber) {
      return JsStrings.toJsString(payload);
    }
    return JsJson.stringify(payload).orElse("undefined");
  }

  private static void checkKey(String algorithm, String secret) {
    boolean pemKey = secret.contains("-----BEGIN") && secret.contains("PRIVATE KEY-----");
    if (algorithm.startsWith("HS") && pemKey) {
      throw error("secretOrPrivateKey must be a symmetric key when using " + algorithm);
    }
    if (algorithm.matches("^(?:RS|PS|ES).*")) {
      throw error(pemKey
          ? "Signing with " + algorithm + " is not supported by Flowsmith; use an HS algorithm"
          : "secretOrPrivateKey must be an asymmetric key when using " + algorithm);
    }
  }

  private static void checkNotAlreadySet(Map<String, JsValue> claims, String claim, JsValue options,
      String option) {
    if (!claims.getOrDefault(claim, JsValue.UNDEFINED).isUndefined()
        && !get(options, option).isUndefined()) {
      throw error("Bad \"options." + option + "\" option the payload already has an \"" + claim
          + "\" property.");
    }
  }

  /** jsonwebtoken's {@code validate(schema, allowUnknown, object, name)}. */
  private static void validate(JsValue object, String name, boolean payload) {
    if (!(object instanceof JsObject members)) {
      throw error("Expected \"" + name + "\" to be a plain object.");
    }
    for (Map.Entry<String, JsValue> member : members.members().entrySet()) {
      @Nullable Check check = payload ? claimCheck(member.getKey()) : SCHEMA.get(member.getKey());
      if (check == null && !payload) {
        throw error("\"" + member.getKey() + "\" is not allowed in \"" + name + "\"");
      }
      if (check != null && !check.valid().test(member.getValue())) {
        throw error(check.message());
      }
    }
  }

  private static @Nullable Check claimCheck(String claim) {
    return List.of("iat", "exp", "nbf").contains(claim)
        ? new Check(v -> v instanceof JsNumber, "\"" + claim + "\" should be a number of seconds")
        : null;
  }

  private static Map<String, Check> schema() {
    Predicate<JsValue> timeSpan = v -> isInteger(v) || v instanceof JsString s && !s.value().isEmpty();
    Predicate<JsValue> string = v -> v instanceof JsString;
    Predicate<JsValue> bool = v -> v instanceof JsBoolean;
    Map<String, Check> schema = new LinkedHashMap<>();
    schema.put("expiresIn", new Check(timeSpan,
        "\"expiresIn\" should be a number of seconds or string representing a timespan"));
    schema.put("notBefore", new Check(timeSpan,
        "\"notBefore\" should be a number of seconds or string representing a timespan"));
    schema.put("audience", new Check(v -> v instanceof JsString || v instanceof JsArray,
        "\"audience\" must be a string or array"));
    schema.put("algorithm", new Check(v -> v instanceof JsString s && ALGORITHMS.contains(s.value()),
        "\"algorithm\" must be a valid string enum value"));
    schema.put("header", new Check(v -> v instanceof JsObject, "\"header\" must be an object"));
    for (String name : List.of("encoding", "issuer", "subject", "jwtid", "keyid")) {
      schema.put(name, new Check(string, "\"" + name + "\" must be a string"));
    }
    for (String name : List.of("noTimestamp", "mutatePayload", "allowInsecureKeySizes",
        "allowInvalidAsymmetricKeyTypes")) {
      schema.put(name, new Check(bool, "\"" + name + "\" must be a boolean"));
    }
    return Map.copyOf(schema);
  }

  private static boolean isInteger(JsValue value) {
    return value instanceof JsNumber n && Double.isFinite(n.value()) && n.value() == Math.rint(n.value());
  }

  /** jsonwebtoken's {@code timespan(time, iat)} over the {@code ms} package. */
  static JsValue timeSpan(JsValue time, double timestamp, String option) {
    if (time instanceof JsNumber n) {
      return JsValue.of(timestamp + n.value());
    }
    OptionalDouble millis = time instanceof JsString s ? milliseconds(s.value()) : OptionalDouble.empty();
    if (millis.isEmpty()) {
      throw error("\"" + option + "\" should be a number of seconds or string representing a "
          + "timespan eg: \"1d\", \"20h\", 60");
    }
    return JsValue.of(Math.floor(timestamp + millis.getAsDouble() / 1000));
  }

  /** The {@code ms} package's parse: {@code "2 days"}, {@code "1h"}, {@code "100"} (milliseconds). */
  static OptionalDouble milliseconds(String text) {
    Matcher match = TIME_SPAN.matcher(text);
    if (text.length() > 100 || !match.matches()) {
      return OptionalDouble.empty();
    }
    double n = Double.parseDouble(match.group(1));
    String unit = match.group(2) == null ? "ms" : match.group(2).toLowerCase();
    double second = 1000;
    double day = 86_400_000;
    double factor = switch (unit.charAt(0)) {
      case 'y' -> day * 365.25;
      case 'w' -> day * 7;
      case 'd' -> day;
      case 'h' -> 3_600_000;
      case 's' -> second;
      default -> unit.startsWith("mi") && !unit.startsWith("mil") || unit.equals("m") ? 60_000 : 1;
    };
    return OptionalDouble.of(n * factor);
  }

  private static JsValue get(JsValue options, String name) {
    return options instanceof JsObject object ? object.get(name) : JsValue.UNDEFINED;
  }

  private static JsException error(String message) {
    return JsException.of("Error", message);
  }
}
