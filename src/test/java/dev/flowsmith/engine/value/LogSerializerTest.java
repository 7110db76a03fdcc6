package dev.flowsmith.engine.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogSerializerTest {

  private static String json(JsValue value) {
    return JsJson.stringify(value).orElse("undefined");
  }

  @Test
  void errorsBecomeNameMessageStackAndCause() {
    // engine.md §12.3 C02/C05: a stored rejection has no stack; one nested in an array keeps it
    JsValue boom = ResultNormalizer.normalizeThrown(JsError.directus("MY_CODE", 422, "Bad 42", null));
    JsValue failures = JsArray.of(JsError.directus("FAILED_VALIDATION", 400, "Validation failed.", null));
    JsValue caused = JsError.error("outer").withoutStack().withCause(JsError.of("TypeError", "inner").withoutStack());

    assertThat(json(LogSerializer.serialize(boom))).isEqualTo("{\"name\":\"DirectusError\",\"message\":\"Bad 42\"}");
    assertThat(json(LogSerializer.serialize(failures))).isEqualTo(
        "[{\"name\":\"DirectusError\",\"message\":\"Validation failed.\",\"stack\":\"DirectusError: Validation failed.\"}]");
    assertThat(json(LogSerializer.serialize(caused)))
        .isEqualTo("{\"name\":\"Error\",\"message\":\"outer\",\"cause\":{\"name\":\"TypeError\",\"message\":\"inner\"}}");
  }

  @Test
  void everythingElseBecomesJsonData() {
    JsObject value = JsObject.builder()
        .put("gone", JsValue.UNDEFINED)
        .put("list", JsArray.of(JsValue.UNDEFINED, JsValue.of(Double.NaN)))
        .put("when", JsDate.ofEpochMillis(0))
        .build();

    JsValue copy = LogSerializer.serialize(value);

    assertThat(copy).isEqualTo(JsJson.parse("{\"list\":[null,null],\"when\":\"1970-01-01T00:00:00.000Z\"}"));
    assertThat(LogSerializer.serialize(JsValue.UNDEFINED)).isSameAs(JsValue.UNDEFINED);
  }

  @Test
  void masksEnvValuesCaseSensitivelyInEveryString() {
    // engine.md §12.4 D13
    JsObject env = JsObject.builder()
        .put("ERROR", "Error").put("cause", "cause").put("number", 123456).put("empty", "").build();

    assertThat(LogSerializer.serialize(JsValue.of("Replace cause case matches Errors~~"), env))
        .isEqualTo(JsValue.of("Replace --redacted:cause-- case matches --redacted:ERROR--s~~"));
    assertThat(LogSerializer.serialize(JsValue.of("No error Cause it's case sensitive~~"), env))
        .isEqualTo(JsValue.of("No error Cause it's case sensitive~~"));
    assertThat(LogSerializer.serialize(JsValue.of(123), env)).isEqualTo(JsValue.of(123));
  }

  @Test
  void masksSecretsInsideErrorsAndTheEnvItself() {
    // engine.md §12.3 C10
    JsObject env = JsObject.of("API_KEY", JsValue.of("s3cr3t"));
    JsObject data = JsObject.builder()
        .put("$env", env)
        .put("script", ResultNormalizer.normalizeThrown(
            JsError.directus("INTERNAL_SERVER_ERROR", 500, "key=s3cr3t", null)))
        .build();

    assertThat(json(LogSerializer.serialize(data, env))).isEqualTo("{\"$env\":{\"API_KEY\":\"--redacted:API_KEY--\"},"
        + "\"script\":{\"name\":\"DirectusError\",\"message\":\"key=--redacted:API_KEY--\"}}");
  }
}
