package dev.flowsmith.engine.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsDate;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import org.junit.jupiter.api.Test;

class OptionValuesTest {

  @Test
  void optionToObjectParsesStringsOnly() {
    assertThat(OptionValues.optionToObject(JsValue.of("5"))).isEqualTo(JsValue.of(5));
    assertThat(OptionValues.optionToObject(JsValue.of("true"))).isEqualTo(JsValue.TRUE);
    assertThat(OptionValues.optionToObject(JsValue.of("{\"a\":1}")))
        .isEqualTo(JsObject.of("a", JsValue.of(1)));
    JsObject object = JsObject.of("a", JsValue.of("x"));
    assertThat(OptionValues.optionToObject(object)).isSameAs(object);
    assertThat(OptionValues.optionToObject(JsValue.UNDEFINED)).isSameAs(JsValue.UNDEFINED);
    assertThat(OptionValues.optionToObject(JsValue.of(7))).isEqualTo(JsValue.of(7));
  }

  @Test
  void optionToObjectDropsProtoKeys() {
    assertThat(OptionValues.optionToObject(JsValue.of("{\"__proto__\":{\"x\":1},\"a\":2}")))
        .isEqualTo(JsObject.of("a", JsValue.of(2)));
  }

  @Test
  void optionToObjectThrowsTheSyntaxErrorOfJsonParse() {
    assertThatThrownBy(() -> OptionValues.optionToObject(JsValue.of("Hello")))
        .isInstanceOfSatisfying(JsException.class, e -> assertThat(e.value())
            .isEqualTo(JsError.of("SyntaxError", "Unexpected token 'H', \"Hello\" is not valid JSON")));
    assertThatThrownBy(() -> OptionValues.optionToObject(JsValue.of("")))
        .isInstanceOfSatisfying(JsException.class, e -> assertThat(((JsError) e.value()).message())
            .isEqualTo("Unexpected end of JSON input"));
  }

  @Test
  void optionToStringWritesObjectsAsJsonAndTheRestAsString() {
    assertThat(OptionValues.optionToString(JsObject.of("test", JsValue.of("test"))))
        .isEqualTo("{\"test\":\"test\"}");
    assertThat(OptionValues.optionToString(JsArray.of(JsValue.of(1), JsValue.of("a"))))
        .isEqualTo("[1,\"a\"]");
    assertThat(OptionValues.optionToString(JsValue.NULL)).isEqualTo("null");
    assertThat(OptionValues.optionToString(JsValue.UNDEFINED)).isEqualTo("undefined");
    assertThat(OptionValues.optionToString(JsValue.of(123))).isEqualTo("123");
    assertThat(OptionValues.optionToString(JsValue.of(0.1))).isEqualTo("0.1");
    assertThat(OptionValues.optionToString(JsValue.TRUE)).isEqualTo("true");
    assertThat(OptionValues.optionToString(JsValue.of("plain"))).isEqualTo("plain");
    assertThat(OptionValues.optionToString(JsDate.ofEpochMillis(0)))
        .isEqualTo("\"1970-01-01T00:00:00.000Z\"");
    assertThat(OptionValues.optionToString(JsError.error("hidden"))).isEqualTo("{}");
  }

  @Test
  void toArraySplitsStringsWithoutTrimming() {
    assertThat(OptionValues.toArray(JsValue.of("a, b")))
        .isEqualTo(JsArray.of(JsValue.of("a"), JsValue.of(" b")));
    assertThat(OptionValues.toArray(JsValue.of("")))
        .isEqualTo(JsArray.of(JsValue.of("")));
    assertThat(OptionValues.toArray(JsValue.of("a,,")))
        .isEqualTo(JsArray.of(JsValue.of("a"), JsValue.of(""), JsValue.of("")));
    JsArray array = JsArray.of(JsValue.of(1));
    assertThat(OptionValues.toArray(array)).isSameAs(array);
    assertThat(OptionValues.toArray(JsValue.of(5))).isEqualTo(JsArray.of(JsValue.of(5)));
    assertThat(OptionValues.toArray(JsValue.UNDEFINED)).isEqualTo(JsArray.of(JsValue.UNDEFINED));
  }
}
