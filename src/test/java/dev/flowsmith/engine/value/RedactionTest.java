package dev.flowsmith.engine.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTest {

  @Test
  void masksListedKeysDirectlyUnderTheirParentAtAnyDepth() {
    JsValue chain = JsJson.parse("{\"$trigger\":{\"headers\":{\"authorization\":\"Bearer abc\",\"accept\":\"*/*\"},"
        + "\"query\":{\"access_token\":\"t\"},\"payload\":{\"password\":\"pw\",\"token\":\"x\",\"nested\":{\"password\":\"keep\"}}},"
        + "\"exec_x\":{\"$trigger\":{\"payload\":{\"tfa_secret\":\"s\",\"auth_data\":{\"a\":1}}}},"
        + "\"payload\":{\"external_identifier\":\"e\"},\"items\":{\"payload\":[{\"password\":\"in array\"}]}}");

    JsValue redacted = Redaction.redact(chain, Redaction.LOG_SCOPE_KEYS);

    assertThat(redacted).isEqualTo(JsJson.parse("{\"$trigger\":{\"headers\":{\"authorization\":\"--redacted--\",\"accept\":\"*/*\"},"
        + "\"query\":{\"access_token\":\"--redacted--\"},\"payload\":{\"password\":\"--redacted--\",\"token\":\"--redacted--\","
        + "\"nested\":{\"password\":\"keep\"}}},"
        + "\"exec_x\":{\"$trigger\":{\"payload\":{\"tfa_secret\":\"--redacted--\",\"auth_data\":\"--redacted--\"}}},"
        + "\"payload\":{\"external_identifier\":\"--redacted--\"},\"items\":{\"payload\":[{\"password\":\"in array\"}]}}"));
  }

  @Test
  void runLogMasksOnlyTheFourKeysOfDirectus11() {
    JsValue trigger = JsJson.parse("{\"payload\":{\"password\":\"pw\",\"token\":\"t\"}}");

    assertThat(Redaction.redact(trigger, Redaction.RUN_LOG_KEYS))
        .isEqualTo(JsJson.parse("{\"payload\":{\"password\":\"--redacted--\",\"token\":\"t\"}}"));
  }

  @Test
  void logScopeShowsErrorsWithMessageAndStack() {
    // engine.md §5.7: in a log operation {{ $last }} prints message and stack of nested errors
    DataChain chain = DataChain.start(JsJson.parse("{\"headers\":{\"cookie\":\"c\"}}"), JsValue.NULL, JsObject.EMPTY);
    chain.record("check", JsArray.of(JsError.directus("FAILED_VALIDATION", 400, "Validation failed.", null)));

    JsObject scope = Redaction.logScope(chain.snapshot());

    assertThat(JsJson.stringify(scope.get("$last")).orElseThrow()).isEqualTo(
        "[{\"name\":\"DirectusError\",\"message\":\"Validation failed.\",\"stack\":\"DirectusError: Validation failed.\"}]");
    assertThat(scope.get("$trigger")).isEqualTo(JsJson.parse("{\"headers\":{\"cookie\":\"--redacted--\"}}"));
  }

  @Test
  void masksAtTellsWhichLiveValuesTheRunLogHides() {
    assertThat(Redaction.masksAt(java.util.List.of("$trigger", "headers", "authorization"), Redaction.RUN_LOG_KEYS))
        .isTrue();
    assertThat(Redaction.masksAt(java.util.List.of("$trigger", "headers", "cookie", "sid"), Redaction.RUN_LOG_KEYS))
        .as("below a masked value").isTrue();
    assertThat(Redaction.masksAt(java.util.List.of("$trigger", "headers", "accept"), Redaction.RUN_LOG_KEYS))
        .isFalse();
    assertThat(Redaction.masksAt(java.util.List.of("$trigger", "payload", "token"), Redaction.RUN_LOG_KEYS))
        .as("token is masked only in the log operation's scope").isFalse();
    assertThat(Redaction.masksAt(java.util.List.of("$trigger", "payload", "token"), Redaction.LOG_SCOPE_KEYS)).isTrue();
    assertThat(Redaction.masksAt(java.util.Arrays.asList("items", null, "headers", "authorization"),
        Redaction.RUN_LOG_KEYS)).as("inside an array").isFalse();
    assertThat(Redaction.masksAt(java.util.List.of("payload", "payload", "password"), Redaction.RUN_LOG_KEYS))
        .as("a spent path").isFalse();
  }

  @Test
  void onlyWhatIsMaskedIsCopiedAndTheMembersKeepTheirOrder() {
    JsObject untouched = (JsObject) JsJson.parse("{\"headers\":{\"accept\":\"*/*\"},\"body\":{\"n\":1}}");
    JsObject chain = (JsObject) JsJson.parse("{\"a\":1,\"$trigger\":{\"b\":2,\"headers\":{\"x\":1,\"cookie\":\"c\",\"y\":2},"
        + "\"body\":{\"n\":1}},\"tr\":" + JsJson.stringify(untouched).orElseThrow() + "}");

    JsObject redacted = (JsObject) Redaction.redact(chain, Redaction.LOG_SCOPE_KEYS);

    assertThat(Redaction.redact(untouched, Redaction.LOG_SCOPE_KEYS)).isSameAs(untouched);
    assertThat(JsJson.stringify(redacted)).contains("{\"a\":1,\"$trigger\":{\"b\":2,\"headers\":{\"x\":1,"
        + "\"cookie\":\"--redacted--\",\"y\":2},\"body\":{\"n\":1}},\"tr\":{\"headers\":{\"accept\":\"*/*\"},\"body\":{\"n\":1}}}");
    assertThat(((JsObject) redacted.get("$trigger")).get("body")).isSameAs(((JsObject) chain.get("$trigger")).get("body"));
  }
}
