package dev.flowsmith.engine.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsDate;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import org.junit.jupiter.api.Test;

class OptionParsingTest {

  private static void assertSyntaxError(String text, String message) {
    assertThatThrownBy(() -> OptionParsing.optionToObject(JsValue.of(text)))
        .isInstanceOfSatisfying(JsException.class,
            thrown -> assertThat(thrown.value()).isEqualTo(JsError.of("SyntaxError", message)));
  }

  @Test
  void optionToObjectParsesStringsOnly() {
    assertThat(OptionParsing.optionToObject(JsValue.of("5"))).isEqualTo(JsValue.of(5));
    assertThat(OptionParsing.optionToObject(JsValue.of("true"))).isEqualTo(JsValue.TRUE);
    assertThat(OptionParsing.optionToObject(JsValue.of("\"hello\""))).isEqualTo(JsValue.of("hello"));
    assertThat(OptionParsing.optionToObject(JsValue.of("{\"__proto__\":1,\"a\":2}"))).isEqualTo(JsJson.parse("{\"a\":2}"));
    JsObject object = JsObject.of("test", JsValue.of("item"));
    assertThat(OptionParsing.optionToObject(object)).isSameAs(object);
    assertThat(OptionParsing.optionToObject(JsValue.UNDEFINED)).isSameAs(JsValue.UNDEFINED);
  }

  @Test
  void optionToObjectRejectsInvalidJsonLikeNode() {
    // engine.md §12.4 D02, §5.5
    assertSyntaxError("Hello", "Unexpected token 'H', \"Hello\" is not valid JSON");
    assertSyntaxError("hello", "Unexpected token 'h', \"hello\" is not valid JSON");
    assertSyntaxError("", "Unexpected end of JSON input");
    assertSyntaxError("undefined", "\"undefined\" is not valid JSON");
    assertSyntaxError("{bad", "Expected property name or '}' in JSON at position 1 (line 1 column 2)");
  }

  @Test
  void optionToStringWritesObjectsAsJson() {
    assertThat(OptionParsing.optionToString(JsValue.NULL)).isEqualTo("null");
    assertThat(OptionParsing.optionToString(JsObject.of("foo", JsValue.of(42)))).isEqualTo("{\"foo\":42}");
    assertThat(OptionParsing.optionToString(JsArray.of(JsValue.UNDEFINED))).isEqualTo("[null]");
    assertThat(OptionParsing.optionToString(JsError.error("x"))).isEqualTo("{}");
    assertThat(OptionParsing.optionToString(JsDate.ofEpochMillis(0))).isEqualTo("\"1970-01-01T00:00:00.000Z\"");
  }

  @Test
  void optionToStringWritesPrimitivesAsJavaScriptString() {
    assertThat(OptionParsing.optionToString(JsValue.of(42))).isEqualTo("42");
    assertThat(OptionParsing.optionToString(JsValue.of(1e21))).isEqualTo("1e+21");
    assertThat(OptionParsing.optionToString(JsValue.UNDEFINED)).isEqualTo("undefined");
    assertThat(OptionParsing.optionToString(JsValue.FALSE)).isEqualTo("false");
    assertThat(OptionParsing.optionToString(JsValue.of("as is"))).isEqualTo("as is");
  }

  @Test
  void toArraySplitsStringsAtEveryCommaWithoutTrimming() {
    assertThat(OptionParsing.toArray(JsValue.of("a, b"))).isEqualTo(JsArray.of(JsValue.of("a"), JsValue.of(" b")));
    assertThat(OptionParsing.toArray(JsValue.of(""))).isEqualTo(JsArray.of(JsValue.of("")));
    assertThat(OptionParsing.toArray(JsValue.of("a,,b,")))
        .isEqualTo(JsArray.of(JsValue.of("a"), JsValue.of(""), JsValue.of("b"), JsValue.of("")));
  }

  @Test
  void toArrayKeepsArraysAndWrapsEverythingElse() {
    JsArray keys = JsArray.of(JsValue.of(1), JsValue.of(2));

    assertThat(OptionParsing.toArray(keys)).isSameAs(keys);
    assertThat(OptionParsing.toArray(JsValue.of(5))).isEqualTo(JsArray.of(JsValue.of(5)));
    assertThat(OptionParsing.toArray(JsValue.NULL)).isEqualTo(JsArray.of(JsValue.NULL));
    assertThat(OptionParsing.toArray(JsObject.EMPTY)).isEqualTo(JsArray.of(JsObject.EMPTY));
  }
}
