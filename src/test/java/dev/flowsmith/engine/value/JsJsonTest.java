package dev.flowsmith.engine.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.JsonValue;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsJsonTest {

  private static String json(JsValue value) {
    return JsJson.stringify(value).orElseThrow();
  }

  @Test
  void stringifiesCompactlyInJavaScriptOrder() {
    JsObject object = JsObject.builder()
        .put("b", JsValue.of(1.5)).put("1", JsValue.TRUE).put("gone", JsValue.UNDEFINED)
        .put("list", JsArray.of(JsValue.UNDEFINED, JsValue.of(Double.NaN), JsValue.NULL, JsValue.of(1e21)))
        .build();

    assertThat(json(object)).isEqualTo("{\"1\":true,\"b\":1.5,\"list\":[null,null,null,1e+21]}");
    assertThat(JsJson.stringify(JsValue.UNDEFINED)).isEmpty();
    assertThat(JsJson.stringifyValue(JsValue.UNDEFINED)).isSameAs(JsValue.UNDEFINED);
    assertThat(json(JsValue.of(Double.POSITIVE_INFINITY))).isEqualTo("null");
    assertThat(json(JsValue.NULL)).isEqualTo("null");
  }

  @Test
  void errorsShowOnlyEnumerablePropertiesAndDatesTheirIsoString() {
    assertThat(json(JsError.error("boom"))).isEqualTo("{}");
    assertThat(json(JsError.directus("MY_CODE", 422, "Bad 42", null)))
        .isEqualTo("{\"name\":\"DirectusError\",\"code\":\"MY_CODE\",\"status\":422}");
    assertThat(json(JsError.library("JsonWebTokenError", "jwt malformed")))
        .isEqualTo("{\"name\":\"JsonWebTokenError\",\"message\":\"jwt malformed\"}");
    assertThat(json(JsDate.ofEpochMillis(0))).isEqualTo("\"1970-01-01T00:00:00.000Z\"");
    assertThat(json(new JsDate(Double.NaN))).isEqualTo("null");
  }

  @Test
  void escapesStringsLikeJavaScript() {
    String text = "\u2028\u2029|\ud800|a\udc00b|\u0000\u001f\u007f|\b\f\n\r\t\"\\/|\ud83d\ude00";

    assertThat(json(JsValue.of(text))).isEqualTo(
        "\"\u2028\u2029|\\ud800|a\\udc00b|\\u0000\\u001f\u007f|\\b\\f\\n\\r\\t\\\"\\\\/|\ud83d\ude00\"");
  }

  @Test
  void parsesValuesWithJavaScriptSemantics() {
    JsValue parsed = JsJson.parse(" {\"b\":1,\"1\":2,\"a\":[true,false,null,-0.5,1E5,\"\\u0041\\ud83d\"],\"b\":3} ");

    assertThat(json(parsed)).isEqualTo("{\"1\":2,\"b\":3,\"a\":[true,false,null,-0.5,100000,\"A\\ud83d\"]}");
    assertThat(JsJson.parse("1e400")).isEqualTo(JsValue.of(Double.POSITIVE_INFINITY));
    assertThat(JsJson.parse("\"5\"")).isEqualTo(JsValue.of("5"));
  }

  @Test
  void dropsProtoKeysAtAnyDepth() {
    JsValue parsed = JsJson.parse("{\"__proto__\": {\"x\":1}, \"a\": {\"__proto__\": 2, \"b\": 3}}");

    assertThat(json(parsed)).isEqualTo("{\"a\":{\"b\":3}}");
  }

  static Stream<Arguments> invalidJson() {
    return Stream.of(
        Arguments.of("", "Unexpected end of JSON input"),
        Arguments.of("[1,", "Unexpected end of JSON input"),
        Arguments.of("tru", "Unexpected end of JSON input"),
        Arguments.of("\"\\", "Unexpected end of JSON input"),
        Arguments.of("Hello", "Unexpected token 'H', \"Hello\" is not valid JSON"),
        Arguments.of("hello world this is long text", "Unexpected token 'h', \"hello worl\"... is not valid JSON"),
        Arguments.of("[1,2,3,4,5,6,7,8,x,9,10,11,12,13,14,15,16]",
            "Unexpected token 'x', ...\"4,5,6,7,8,x,9,10,11,\"... is not valid JSON"),
        Arguments.of("[1,2,3,4,5,6,7,8,9,10,11,12,13,14,x]",
            "Unexpected token 'x', ...\",12,13,14,x]\" is not valid JSON"),
        Arguments.of("[1,]", "Unexpected token ']', \"[1,]\" is not valid JSON"),
        Arguments.of("trux", "Unexpected token 'x', \"trux\" is not valid JSON"),
        Arguments.of("undefined", "\"undefined\" is not valid JSON"),
        Arguments.of("[object Object]", "\"[object Object]\" is not valid JSON"),
        Arguments.of("NaN", "\"NaN\" is not valid JSON"),
        Arguments.of("{bad", "Expected property name or '}' in JSON at position 1 (line 1 column 2)"),
        Arguments.of("\r\n{bad", "Expected property name or '}' in JSON at position 3 (line 2 column 2)"),
        Arguments.of("{\"a\":1,}", "Expected double-quoted property name in JSON at position 7 (line 1 column 8)"),
        Arguments.of("{\"a\" 1}", "Expected ':' after property name in JSON at position 5 (line 1 column 6)"),
        Arguments.of("{\"a\":1 \"b\":2}", "Expected ',' or '}' after property value in JSON at position 7 (line 1 column 8)"),
        Arguments.of("[1 2]", "Expected ',' or ']' after array element in JSON at position 3 (line 1 column 4)"),
        Arguments.of("1 2", "Unexpected non-whitespace character after JSON at position 2 (line 1 column 3)"),
        Arguments.of("-a", "No number after minus sign in JSON at position 1 (line 1 column 2)"),
        Arguments.of("-01", "Unexpected number in JSON at position 2 (line 1 column 3)"),
        Arguments.of("1.e5", "Unterminated fractional number in JSON at position 2 (line 1 column 3)"),
        Arguments.of("1e+", "Exponent part is missing a number in JSON at position 3 (line 1 column 4)"),
        Arguments.of("\"abc", "Unterminated string in JSON at position 4 (line 1 column 5)"),
        Arguments.of("\"x\ny\"", "Bad control character in string literal in JSON at position 2 (line 1 column 3)"),
        Arguments.of("\"\\x\"", "Bad escaped character in JSON at position 2 (line 1 column 3)"),
        Arguments.of("\"\\u12g4\"", "Bad Unicode escape in JSON at position 5 (line 1 column 6)"));
  }

  /** Messages as Node prints them; Node 22 (Directus 11.11's runtime) appends the line and column. */
  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("invalidJson")
  void rejectsInvalidJsonWithV8Messages(String text, String message) {
    assertThatThrownBy(() -> JsJson.parse(text))
        .isInstanceOfSatisfying(JsException.class, thrown ->
            assertThat(thrown.value()).isEqualTo(JsError.of("SyntaxError", message)));
  }

  @Test
  void refusesAbsurdNesting() {
    assertThat(json(JsJson.parse("[".repeat(500) + "]".repeat(500)))).hasSize(1000);
    assertThatThrownBy(() -> JsJson.parse("[".repeat(501) + "]".repeat(501)))
        .hasMessage("RangeError: Maximum call stack size exceeded");
    assertThatThrownBy(() -> JsJson.parse("[".repeat(100_000)))
        .hasMessage("RangeError: Maximum call stack size exceeded");
  }

  @Test
  void convertsFromAndToTheModel() throws Exception {
    JsonValue stored = JsonText.parseValue("{\"n\":1.50,\"big\":1e21,\"list\":[\"a\",null,true],\"o\":{}}");

    JsValue value = JsJson.fromModel(stored);

    assertThat(json(value)).isEqualTo("{\"n\":1.5,\"big\":1e+21,\"list\":[\"a\",null,true],\"o\":{}}");
    JsonValue back = JsJson.toModel(JsObject.builder()
        .put("n", value).put("gone", JsValue.UNDEFINED).put("err", JsError.directus("C", 400, "m", null))
        .put("when", JsDate.ofEpochMillis(0)).put("nan", JsValue.of(Double.NaN)).build());
    assertThat(JsonText.compact(back)).isEqualTo("{\"n\":{\"n\":1.5,\"big\":1e+21,\"list\":[\"a\",null,true],\"o\":{}},"
        + "\"err\":{\"name\":\"DirectusError\",\"code\":\"C\",\"status\":400},"
        + "\"when\":\"1970-01-01T00:00:00.000Z\",\"nan\":null}");
    assertThat(JsJson.toModel(JsValue.UNDEFINED)).isEqualTo(JsonValue.NULL);
  }
}
