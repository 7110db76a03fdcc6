package dev.flowsmith.engine.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsDate;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsValue;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

/** json-web-token (engine.md §6.7, D11), checked against jjwt and a published token. */
class JsonWebTokenOperationTest {

  private static final long NOW = 1_700_000_000L;
  private static final String SECRET = "some-secret";
  private static final JsObject PAYLOAD = JsObject.of("abc", JsValue.of(123));

  private final JsonWebTokenOperation operation = new JsonWebTokenOperation();

  private JsValue run(long nowSeconds, JsObject options) {
    Clock clock = Clock.fixed(Instant.ofEpochSecond(nowSeconds), ZoneOffset.UTC);
    RunServices services = RunServices.builder().add(Clock.class, clock).build();
    return operation.run(options, IoTestContexts.context("json-web-token", services));
  }

  private JsValue run(JsObject options) {
    return run(NOW, options);
  }

  private String sign(JsValue payload, JsValue signOptions) {
    JsObject.Builder options = JsObject.builder().put("operation", "sign").put("payload", payload)
        .put("secret", SECRET);
    if (!signOptions.isUndefined()) {
      options.put("options", signOptions);
    }
    return ((JsString) run(options.build())).value();
  }

  private static String segment(String token, int index) {
    return new String(Base64.getUrlDecoder().decode(token.split("\\.")[index]), StandardCharsets.UTF_8);
  }

  private static JsError rejection(Runnable call) {
    try {
      call.run();
    } catch (JsException e) {
      return (JsError) e.value();
    }
    throw new AssertionError("did not reject");
  }

  @Test
  void d11SignAddsIatAndWritesHeaderInJsonwebtokenOrder() {
    String token = sign(PAYLOAD, JsValue.UNDEFINED);

    assertThat(segment(token, 0)).isEqualTo("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
    assertThat(segment(token, 1)).isEqualTo("{\"abc\":123,\"iat\":" + NOW + "}");
  }

  @Test
  void d11SignOptionsBecomeClaims() {
    String token = sign(PAYLOAD, JsObject.builder().put("issuer", "directus").put("expiresIn", "1h")
        .put("audience", JsArray.of(JsValue.of("a"), JsValue.of("b"))).put("subject", "u1").build());

    assertThat(segment(token, 1)).isEqualTo("{\"abc\":123,\"iat\":" + NOW + ",\"exp\":" + (NOW + 3600)
        + ",\"aud\":[\"a\",\"b\"],\"iss\":\"directus\",\"sub\":\"u1\"}");
  }

  @Test
  void aPublishedTokenIsReproducedByteForByte() {
    JsObject payload = JsObject.builder().put("sub", "1234567890").put("name", "John Doe")
        .put("iat", 1516239022).build();
    String token = ((JsString) run(JsObject.builder().put("operation", "sign").put("payload", payload)
        .put("secret", "your-256-bit-secret").build())).value();

    assertThat(token).isEqualTo("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZ"
        + "SI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c");
  }

  @Test
  void tokensVerifyWithJjwtAndJjwtTokensVerifyHere() {
    String longSecret = "a-secret-long-enough-for-jjwt-hs256!";
    SecretKey key = Keys.hmacShaKeyFor(longSecret.getBytes(StandardCharsets.UTF_8));
    long now = Instant.now().getEpochSecond();
    String ours = ((JsString) run(now, JsObject.builder().put("operation", "sign")
        .put("payload", "{\"abc\":123}").put("secret", longSecret)
        .put("options", JsObject.of("issuer", JsValue.of("directus"))).build())).value();

    Claims claims = Jwts.parser().verifyWith(key).build().parseSignedClaims(ours).getPayload();
    assertThat(claims.get("abc", Integer.class)).isEqualTo(123);
    assertThat(claims.getIssuer()).isEqualTo("directus");

    String theirs = Jwts.builder().subject("u1").issuedAt(new Date(now * 1000)).signWith(key).compact();
    JsObject verified = (JsObject) run(now, JsObject.builder().put("operation", "verify")
        .put("token", theirs).put("secret", longSecret).build());
    assertThat(verified.get("sub")).isEqualTo(JsValue.of("u1"));
  }

  @Test
  void d11VerifyWithTheWrongSecretRejectsWithAnEnumerableJsonWebTokenError() {
    String token = sign(PAYLOAD, JsValue.UNDEFINED);

    JsError error = rejection(() -> run(JsObject.builder().put("operation", "verify")
        .put("token", token).put("secret", "invalid-secret").build()));
    assertThat(JsJson.stringify(error))
        .contains("{\"name\":\"JsonWebTokenError\",\"message\":\"invalid signature\"}");
  }

  @Test
  void d11VerifyReturnsThePayloadOrTheCompleteToken() {
    String token = sign(PAYLOAD, JsValue.UNDEFINED);
    JsObject verify = JsObject.builder().put("operation", "verify").put("token", token)
        .put("secret", SECRET).build();

    assertThat(run(verify)).isEqualTo(PAYLOAD.with("iat", JsValue.of(NOW)));
    JsObject complete = (JsObject) run(verify.with("options", JsObject.of("complete", JsValue.TRUE)));
    assertThat(complete.keys()).containsExactly("header", "payload", "signature");
    assertThat(JsJson.stringify(complete.get("header"))).contains("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
    assertThat(complete.get("signature")).isEqualTo(JsValue.of(token.split("\\.")[2]));
  }

  @Test
  void d11DecodeSkipsTheSignatureAndGivesNullForNonTokens() {
    String token = sign(PAYLOAD, JsValue.UNDEFINED);

    assertThat(run(JsObject.builder().put("operation", "decode").put("token", token).build()))
        .isEqualTo(PAYLOAD.with("iat", JsValue.of(NOW)));
    assertThat(run(JsObject.builder().put("operation", "decode").put("token", "not a token").build()))
        .isEqualTo(JsValue.NULL);
  }

  @Test
  void d11MissingInputsRejectBeforeAnythingIsParsed() {
    assertThat(rejection(() -> run(JsObject.of("operation", JsValue.of("sign")))).message())
        .isEqualTo("Undefined JSON Web Token payload");
    assertThat(rejection(() -> run(JsObject.of("operation", JsValue.of("sign"), "payload",
        JsValue.of("not json")))).message()).isEqualTo("Undefined JSON Web Token secret");
    assertThat(rejection(() -> run(JsObject.of("operation", JsValue.of("verify"), "secret",
        JsValue.of(SECRET)))).message()).isEqualTo("Undefined JSON Web Token token");
    assertThat(rejection(() -> run(JsObject.of("operation", JsValue.of("decode")))).message())
        .isEqualTo("Undefined JSON Web Token token");
    assertThat(rejection(() -> run(JsObject.of("operation", JsValue.of("Sign")))).message())
        .isEqualTo("Undefined \"Operation\" for JSON Web Token");
  }

  @Test
  void signRefusesWhatJsonwebtokenRefuses() {
    assertThat(rejection(() -> sign(JsArray.of(JsValue.of(1)), JsValue.UNDEFINED)).message())
        .isEqualTo("Expected \"payload\" to be a plain object.");
    assertThat(rejection(() -> sign(PAYLOAD, JsObject.of("foo", JsValue.of(1)))).message())
        .isEqualTo("\"foo\" is not allowed in \"options\"");
    assertThat(rejection(() -> sign(PAYLOAD, JsObject.of("algorithm", JsValue.of("HS999")))).message())
        .isEqualTo("\"algorithm\" must be a valid string enum value");
    assertThat(rejection(() -> sign(PAYLOAD, JsObject.of("expiresIn", JsValue.of(1.5)))).message())
        .isEqualTo("\"expiresIn\" should be a number of seconds or string representing a timespan");
    assertThat(rejection(() -> sign(JsValue.of("\"text\""), JsObject.of("expiresIn",
        JsValue.of(60)))).message()).isEqualTo("invalid expiresIn option for string payload");
    assertThat(rejection(() -> sign(JsObject.of("iss", JsValue.of("x")), JsObject.of("issuer",
        JsValue.of("y")))).message())
        .isEqualTo("Bad \"options.issuer\" option. The payload already has an \"iss\" property.");
    JsError notJson = rejection(() -> sign(JsValue.of("hello"), JsValue.UNDEFINED));
    assertThat(notJson.name()).isEqualTo("SyntaxError");
    assertThat(notJson.message()).isEqualTo("Unexpected token 'h', \"hello\" is not valid JSON");
  }

  @Test
  void aJsonStringPayloadSignsTheBareStringWithoutTyp() {
    String token = sign(JsValue.of("\"hello\""), JsValue.UNDEFINED);

    assertThat(segment(token, 0)).isEqualTo("{\"alg\":\"HS256\"}");
    assertThat(segment(token, 1)).isEqualTo("hello");
    assertThat(run(JsObject.builder().put("operation", "verify").put("token", token)
        .put("secret", SECRET).build())).isEqualTo(JsValue.of("hello"));
  }

  @Test
  void expiredAndNotYetValidTokensRejectWithTheirErrors() {
    String token = sign(PAYLOAD, JsObject.builder().put("expiresIn", "2 minutes").put("notBefore", 10)
        .build());
    JsObject verify = JsObject.builder().put("operation", "verify").put("token", token)
        .put("secret", SECRET).build();

    JsError early = rejection(() -> run(NOW + 5, verify));
    assertThat(early.properties().keys()).containsExactly("name", "message", "date");
    assertThat(early.get("message")).isEqualTo(JsValue.of("jwt not active"));
    JsError expired = rejection(() -> run(NOW + 120, verify));
    assertThat(expired.get("name")).isEqualTo(JsValue.of("TokenExpiredError"));
    assertThat(expired.get("message")).isEqualTo(JsValue.of("jwt expired"));
    assertThat(expired.get("expiredAt")).isEqualTo(JsDate.ofEpochMillis((NOW + 120) * 1000));
    assertThat(run(NOW + 60, verify)).isInstanceOf(JsObject.class);
  }

  @Test
  void verifyChecksShapeAlgorithmAndClaims() {
    String token = sign(PAYLOAD, JsObject.of("audience", JsValue.of("app")));
    JsObject verify = JsObject.builder().put("operation", "verify").put("token", token)
        .put("secret", SECRET).build();

    assertThat(rejection(() -> run(verify.with("token", JsValue.of("abc.def")))).get("message"))
        .isEqualTo(JsValue.of("jwt malformed"));
    assertThat(rejection(() -> run(verify.with("token", JsValue.of("a.b.c")))).get("message"))
        .isEqualTo(JsValue.of("invalid token"));
    assertThat(rejection(() -> run(verify.with("options", JsObject.of("algorithms",
        JsArray.of(JsValue.of("HS512")))))).get("message")).isEqualTo(JsValue.of("invalid algorithm"));
    assertThat(rejection(() -> run(verify.with("options", JsObject.of("audience",
        JsValue.of("web"))))).get("message"))
        .isEqualTo(JsValue.of("jwt audience invalid. expected: web"));
    String unsigned = token.substring(0, token.lastIndexOf('.') + 1);
    assertThat(rejection(() -> run(verify.with("token", JsValue.of(unsigned)))).get("message"))
        .isEqualTo(JsValue.of("jwt signature is required"));
  }

  @Test
  void timeSpansFollowTheMsPackage() {
    assertThat(JwtSigning.milliseconds("2 days")).hasValue(172_800_000);
    assertThat(JwtSigning.milliseconds("1.5h")).hasValue(5_400_000);
    assertThat(JwtSigning.milliseconds("10m")).hasValue(600_000);
    assertThat(JwtSigning.milliseconds("100")).hasValue(100);
    assertThat(JwtSigning.milliseconds("5 msecs")).hasValue(5);
    assertThat(JwtSigning.milliseconds("1y")).hasValue(31_557_600_000.0);
    assertThat(JwtSigning.milliseconds("soon")).isEmpty();
  }
}
