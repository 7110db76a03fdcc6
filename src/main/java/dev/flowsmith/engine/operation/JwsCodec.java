package dev.flowsmith.engine.operation;

import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsValue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * The {@code jws} package under jsonwebtoken 9 (engine.md §6.7): compact serialisation, HMAC
 * signatures and the lenient decoding Node's {@code Buffer.from(text, "base64")} does. Tokens are
 * built from JS JSON text byte for byte, so a token signed here equals one signed by Directus for
 * the same claims and time. HMAC keys of any length are accepted, as jsonwebtoken accepts them.
 */
final class JwsCodec {

  static final List<String> HMAC_ALGORITHMS = List.of("HS256", "HS384", "HS512");
  private static final Pattern COMPACT =
      Pattern.compile("[a-zA-Z0-9\\-_]+?\\.[a-zA-Z0-9\\-_]+?\\.([a-zA-Z0-9\\-_]+)?");
  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  /** What {@code jws.decode} gives: the parsed header, the payload (parsed or text), the signature. */
  record Decoded(JsValue header, JsValue payload, String signature) {}

  private JwsCodec() {}

  /** {@code jws.sign}: header as latin-1 JSON text, payload in the given charset, HMAC or none. */
  static String sign(JsObject header, String payloadText, boolean latin1Payload, String algorithm,
      String secret) {
    String input = encode(JsJson.stringify(header).orElseThrow().getBytes(StandardCharsets.ISO_8859_1))
        + "." + encode(payloadText.getBytes(latin1Payload ? StandardCharsets.ISO_8859_1
            : StandardCharsets.UTF_8));
    return input + "." + (algorithm.equals("none") ? "" : hmac(algorithm, secret, input));
  }

  /** {@code jws.verify} for HMAC: the recomputed signature must equal the given text. */
  static boolean verifyHmac(String token, String algorithm, String secret) {
    int lastDot = token.lastIndexOf('.');
    String expected = hmac(algorithm, secret, token.substring(0, lastDot));
    return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
        token.substring(lastDot + 1).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * {@code jws.decode(token, {json})}: null when the text is not a compact JWS with a readable
   * header; the payload is JSON-parsed when the header says {@code typ: "JWT"} or {@code json}
   * is set (a payload that is not JSON then throws the SyntaxError of {@code JSON.parse}).
   */
  static @Nullable Decoded decode(String token, boolean json) {
    if (!COMPACT.matcher(token).matches()) {
      return null;
    }
    String[] parts = token.split("\\.", -1);
    JsValue header;
    try {
      header = JsJson.parse(new String(decodeLenient(parts[0]), StandardCharsets.ISO_8859_1));
    } catch (JsException notJson) {
      return null;
    }
    if (!header.isTruthy()) {
      return null;
    }
    String payloadText = new String(decodeLenient(parts[1]), StandardCharsets.UTF_8);
    boolean jwt = header instanceof JsObject object && object.get("typ").equals(JsValue.of("JWT"));
    JsValue payload = jwt || json ? JsJson.parse(payloadText) : JsValue.of(payloadText);
    return new Decoded(header, payload, parts[2]);
  }

  /** jsonwebtoken's {@code decode}: a text payload that parses to an object is used parsed. */
  static JsValue objectIfJson(JsValue payload) {
    if (payload instanceof JsString text) {
      try {
        JsValue parsed = JsJson.parse(text.value());
        return parsed.isObject() ? parsed : payload;
      } catch (JsException notJson) {
        return payload;
      }
    }
    return payload;
  }

  private static String hmac(String algorithm, String secret, String input) {
    String javaName = "Hmac" + algorithm.replace("HS", "SHA");
    try {
      Mac mac = Mac.getInstance(javaName);
      byte[] key = secret.getBytes(StandardCharsets.UTF_8);
      // an empty key is legal for HMAC but not for SecretKeySpec: a zero byte is the same key
      mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, javaName));
      return encode(mac.doFinal(input.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new JsException(JsError.of("TypeError", "\"" + algorithm + "\" is not a valid algorithm."));
    }
  }

  static String encode(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Base64url without padding checks; trailing bits that make no whole byte are dropped. */
  static byte[] decodeLenient(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 3 / 4);
    int buffer = 0;
    int bits = 0;
    for (int i = 0; i < text.length(); i++) {
      int value = ALPHABET.indexOf(text.charAt(i));
      if (value < 0) {
        continue;
      }
      buffer = (buffer << 6) | value;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out.write((buffer >> bits) & 0xFF);
      }
    }
    return out.toByteArray();
  }
}
