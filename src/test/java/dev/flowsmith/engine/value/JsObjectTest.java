package dev.flowsmith.engine.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsObjectTest {

  @Test
  void arrayIndexKeysComeFirstInNumericOrderThenInsertionOrder() {
    JsObject object = JsObject.builder()
        .put("b", 1).put("10", 2).put("a", 3).put("2", 4).put("01", 5).put("-1", 6)
        .put("4294967295", 7).put("4294967294", 8).build();

    assertThat(object.keys())
        .containsExactly("2", "10", "4294967294", "b", "a", "01", "-1", "4294967295");
  }

  @Test
  void reassignmentKeepsPositionAndNewKeysAppend() {
    JsObject object = JsObject.of("x", JsValue.of(1), "y", JsValue.of(2));

    assertThat(object.with("x", JsValue.of(9)).keys()).containsExactly("x", "y");
    assertThat(object.with("x", JsValue.of(9)).get("x")).isEqualTo(JsValue.of(9));
    assertThat(object.with("0", JsValue.NULL).keys()).containsExactly("0", "x", "y");
    assertThat(object.without("x").keys()).containsExactly("y");
  }

  @Test
  void undefinedMembersExistButReadAsUndefined() {
    JsObject object = JsObject.of("gone", JsValue.UNDEFINED);

    assertThat(object.has("gone")).isTrue();
    assertThat(object.get("gone")).isSameAs(JsValue.UNDEFINED);
    assertThat(object.has("missing")).isFalse();
    assertThat(object.get("missing")).isSameAs(JsValue.UNDEFINED);
  }

  @Test
  void recognisesCanonicalArrayIndexes() {
    assertThat(JsObject.isArrayIndex("0")).isTrue();
    assertThat(JsObject.isArrayIndex("42")).isTrue();
    assertThat(JsObject.isArrayIndex("4294967294")).isTrue();
    assertThat(JsObject.isArrayIndex("4294967295")).isFalse();
    assertThat(JsObject.isArrayIndex("007")).isFalse();
    assertThat(JsObject.isArrayIndex("1.0")).isFalse();
    assertThat(JsObject.isArrayIndex("")).isFalse();
    assertThat(JsObject.isArrayIndex("99999999999")).isFalse();
  }
}
