package dev.flowsmith.engine.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultNormalizerTest {

  private static String json(JsValue value) {
    return JsJson.stringify(value).orElse("undefined");
  }

  @Test
  void nestedUndefinedBecomesNullInPlainObjectsAndArrays() {
    // engine.md §12.3 C09
    JsObject calc = JsObject.builder()
        .put("a", JsValue.UNDEFINED)
        .put("b", JsArray.of(JsValue.UNDEFINED, JsValue.of(1)))
        .put("c", JsObject.of("d", JsValue.UNDEFINED))
        .build();

    JsValue stored = ResultNormalizer.normalizeResolved(calc);

    assertThat(stored).isEqualTo(JsJson.parse("{\"a\":null,\"b\":[null,1],\"c\":{\"d\":null}}"));
  }

  @Test
  void errorsAndDatesAreNotDescended() {
    JsError error = JsError.directus("X", 400, "m", null);

    JsValue stored = ResultNormalizer.nullifyUndefined(JsArray.of(error, JsDate.ofEpochMillis(0)));

    assertThat(((JsArray) stored).get(0)).isEqualTo(error);
    assertThat(((JsError) ((JsArray) stored).get(0)).get("extensions")).isSameAs(JsValue.UNDEFINED);
  }

  @Test
  void nothingResolvedIsStoredAsNull() {
    assertThat(ResultNormalizer.normalizeResolved(JsValue.UNDEFINED)).isEqualTo(JsValue.NULL);
    assertThat(ResultNormalizer.normalizeResolved(JsValue.NULL)).isEqualTo(JsValue.NULL);
    assertThat(ResultNormalizer.nullifyUndefined(JsValue.UNDEFINED)).isSameAs(JsValue.UNDEFINED);
    assertThat(ResultNormalizer.normalizeResolved(JsValue.of(0))).isEqualTo(JsValue.of(0));
  }

  @Test
  void thrownErrorsLoseTheirStack() {
    JsError thrown = JsError.of("SyntaxError", "bad");

    JsValue stored = ResultNormalizer.normalizeThrown(thrown);

    assertThat(stored).isEqualTo(thrown.withoutStack());
    assertThat(((JsError) stored).has("stack")).isFalse();
  }

  @Test
  void thrownStringsAreParsedWhenTheyHoldJson() {
    assertThat(json(ResultNormalizer.normalizeThrown(JsValue.of("{\"status\":404,\"data\":null}"))))
        .isEqualTo("{\"status\":404,\"data\":null}");
    assertThat(ResultNormalizer.normalizeThrown(JsValue.of("\"quoted\""))).isEqualTo(JsValue.of("quoted"));
    assertThat(ResultNormalizer.normalizeThrown(JsValue.of("plain text"))).isEqualTo(JsValue.of("plain text"));
    assertThat(ResultNormalizer.normalizeThrown(JsValue.of(""))).isEqualTo(JsValue.of(""));
  }

  @Test
  void otherThrownValuesStayExceptUndefined() {
    JsArray failures = JsArray.of(JsError.directus("FAILED_VALIDATION", 400, "m", null));

    assertThat(ResultNormalizer.normalizeThrown(failures)).isEqualTo(failures);
    assertThat(((JsError) ((JsArray) ResultNormalizer.normalizeThrown(failures)).get(0)).stack()).isNotNull();
    assertThat(ResultNormalizer.normalizeThrown(JsValue.UNDEFINED)).isEqualTo(JsValue.NULL);
    assertThat(ResultNormalizer.normalizeThrown(JsValue.of(42))).isEqualTo(JsValue.of(42));
  }
}
