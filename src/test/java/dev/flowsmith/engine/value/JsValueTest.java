package dev.flowsmith.engine.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsValueTest {

  @Test
  void typeOfAndTruthinessFollowJavaScript() {
    assertThat(JsValue.UNDEFINED.typeOf()).isEqualTo("undefined");
    assertThat(JsValue.NULL.typeOf()).isEqualTo("object");
    assertThat(JsArray.EMPTY.typeOf()).isEqualTo("object");
    assertThat(JsError.error("x").typeOf()).isEqualTo("object");
    assertThat(List.of(JsValue.UNDEFINED, JsValue.NULL, JsValue.FALSE, JsValue.of(0), JsValue.of(-0.0),
        JsValue.of(Double.NaN), JsValue.of(""))).noneMatch(JsValue::isTruthy);
    assertThat(List.of(JsValue.TRUE, JsValue.of(-1), JsValue.of("0"), JsArray.EMPTY, JsObject.EMPTY,
        JsDate.ofEpochMillis(0))).allMatch(JsValue::isTruthy);
  }

  @Test
  void objectValuesAreArraysObjectsErrorsAndDates() {
    assertThat(JsArray.EMPTY.isObject()).isTrue();
    assertThat(JsObject.EMPTY.isObject()).isTrue();
    assertThat(JsError.error("x").isObject()).isTrue();
    assertThat(JsDate.ofEpochMillis(0).isObject()).isTrue();
    assertThat(JsValue.NULL.isObject()).isFalse();
    assertThat(JsValue.of("s").isObject()).isFalse();
  }

  @Test
  void numbersCompareByValue() {
    assertThat(JsValue.of(5)).isEqualTo(JsValue.of(5.0));
    assertThat(JsValue.of(0.0)).isEqualTo(JsValue.of(-0.0)).hasSameHashCodeAs(JsValue.of(-0.0));
    assertThat(JsValue.of(Double.NaN)).isEqualTo(JsValue.of(Double.NaN));
    assertThat(JsValue.of(1e21)).hasToString("1e+21");
  }

  @Test
  void arraysReadUndefinedOutsideTheirBounds() {
    JsArray array = JsArray.of(JsValue.of(1), JsValue.UNDEFINED);

    assertThat(array.get(1)).isSameAs(JsValue.UNDEFINED);
    assertThat(array.get(5)).isSameAs(JsValue.UNDEFINED);
    assertThat(array.append(JsValue.NULL).size()).isEqualTo(3);
    assertThat(array.size()).isEqualTo(2);
  }

  @Test
  void datesPrintTheirIsoForm() {
    assertThat(JsDate.ofEpochMillis(0).toIsoString()).isEqualTo("1970-01-01T00:00:00.000Z");
    assertThat(JsDate.ofEpochMillis(-1).toIsoString()).isEqualTo("1969-12-31T23:59:59.999Z");
    assertThat(JsDate.ofEpochMillis(1_720_000_000_123L).toIsoString()).isEqualTo("2024-07-03T09:46:40.123Z");
    assertThat(new JsDate(8.64e15).toIsoString()).isEqualTo("+275760-09-13T00:00:00.000Z");
    assertThat(new JsDate(-62_198_755_200_000.0).toIsoString()).isEqualTo("-000001-01-01T00:00:00.000Z");
    assertThat(new JsDate(8.64e15 + 1).isValid()).isFalse();
    assertThat(new JsDate(Double.NaN).toJson()).isEqualTo(JsValue.NULL);
    assertThatThrownBy(() -> new JsDate(Double.NaN).toIsoString())
        .isInstanceOf(JsException.class).hasMessage("RangeError: Invalid time value");
  }

  @Test
  void convertsToStringLikeJavaScript() {
    assertThat(JsStrings.toJsString(JsValue.UNDEFINED)).isEqualTo("undefined");
    assertThat(JsStrings.toJsString(JsValue.NULL)).isEqualTo("null");
    assertThat(JsStrings.toJsString(JsValue.of(42))).isEqualTo("42");
    assertThat(JsStrings.toJsString(JsValue.TRUE)).isEqualTo("true");
    assertThat(JsStrings.toJsString(JsArray.of(JsValue.of(1), JsValue.NULL, JsArray.of(JsValue.of("a"), JsValue.of(2)))))
        .isEqualTo("1,,a,2");
    assertThat(JsStrings.toJsString(JsObject.EMPTY)).isEqualTo("[object Object]");
    assertThat(JsStrings.toJsString(JsError.of("TypeError", "bad"))).isEqualTo("TypeError: bad");
    assertThat(JsStrings.toJsString(JsError.error(""))).isEqualTo("Error");
    assertThat(JsStrings.toJsString(JsDate.ofEpochMillis(0)))
        .isEqualTo("Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)");
  }

  @Test
  void trimsJavaScriptWhiteSpaceOnly() {
    assertThat(JsStrings.trim("\u00A0\u2028 a b\t\uFEFF")).isEqualTo("a b");
    assertThat(JsStrings.trim("\u0001a\u0001")).isEqualTo("\u0001a\u0001");
    assertThat(JsStrings.isWhitespace('\u2005')).isTrue();
    assertThat(JsStrings.isWhitespace('\u200B')).isFalse();
  }
}
