package dev.flowsmith.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonObject;
import org.junit.jupiter.api.Test;

class JsonTextTest {

  @Test
  void prettyLayoutIsTwoSpacesColonSpaceOneElementPerLineAndATrailingNewline() throws Exception {
    JsonValue value = JsonText.parseValue("{\"a\":[1,\"x\"],\"b\":{},\"c\":[],\"d\":{\"e\":null}}");
    assertThat(JsonText.pretty(value)).isEqualTo("""
        {
          "a": [
            1,
            "x"
          ],
          "b": {},
          "c": [],
          "d": {
            "e": null
          }
        }
        """);
  }

  @Test
  void compactIsLikeJsonStringify() throws Exception {
    assertThat(JsonText.compact(JsonText.parseValue("{ \"a\" : [ 1 , true ] }"))).isEqualTo("{\"a\":[1,true]}");
  }

  @Test
  void stringsAreEscapedAsJsonStringifyDoes() {
    JsonValue value = JsonValue.of("q\" b\\ n\n t\t c\u0001 e\u00e9 line\u2028 lone\ud800");
    assertThat(JsonText.compact(value)).isEqualTo("\"q\\\" b\\\\ n\\n t\\t c\\u0001 e\u00e9 line\u2028 lone\\ud800\"");
  }

  @Test
  void numbersAndKeyOrderSurvive() throws Exception {
    String text = "{\"z\":1.50,\"a\":1e308,\"m\":-0,\"big\":123456789012345678901234567890}";
    assertThat(JsonText.compact(JsonText.parseValue(text))).isEqualTo(text);
  }

  @Test
  void locationsPointAtEachValue() throws Exception {
    ParsedJson parsed = JsonText.parse("{\n  \"a\": {\n    \"b c\": [10, 20]\n  }\n}", "f.json");
    assertThat(parsed.locate("$.a[\"b c\"][1]")).contains(new SourceLocation(3, 17));
    assertThat(parsed.locate("$.a.missing")).contains(new SourceLocation(2, 8));
    assertThat(parsed.error("$.a", "bad").getMessage()).isEqualTo("f.json:2:8: $.a: bad");
  }

  @Test
  void builderKeepsInsertionOrder() {
    JsonObject object = JsonObject.builder().put("b", "1").put("a", "2").build().with("c", JsonValue.TRUE);
    assertThat(JsonText.compact(object)).isEqualTo("{\"b\":\"1\",\"a\":\"2\",\"c\":true}");
    assertThat(JsonText.compact(object.without("a"))).isEqualTo("{\"b\":\"1\",\"c\":true}");
  }

  @Test
  void anOversizedNumberIsNamedAsSuchNotAsNesting() {
    FlowFormatException error = FormatsTest.catchFormatError(
        () -> JsonText.parse("[" + "1".repeat(1500) + "]", "big.json"));
    assertThat(error.problem()).isEqualTo("a number in the JSON has more than 1,000 digits");
    assertThat(error.getMessage()).startsWith("big.json:1:2: ");
    assertThat(new JsonValue.JsonNumber("1e9999999999").isIntegral()).isFalse();
  }

  /** Issue 17 item 6: limits named plainly, with line and column, and no Jackson internals. */
  @Test
  void nestingAndLongStringsAreLocatedAndNamedWithoutJacksonInternals() {
    FlowFormatException deep = FormatsTest.catchFormatError(
        () -> JsonText.parse("{\"a\":\n  " + "[".repeat(600) + "]".repeat(600) + "}", "deep.json"));
    assertThat(deep.getMessage()).isEqualTo("deep.json:2:502: JSON nested deeper than 500 levels");
    FlowFormatException longString = FormatsTest.catchFormatError(
        () -> JsonText.parse("{\n \"name\": \"" + "x".repeat(20_000_001) + "\"}", "long.json"));
    assertThat(longString.getMessage())
        .isEqualTo("long.json:2:10: a string in the JSON is longer than 20,000,000 characters")
        .doesNotContain("StreamReadConstraints", "JsonReadFeature", "`");
  }
}
