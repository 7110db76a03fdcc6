package dev.flowsmith.engine.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.engine.value.ResultNormalizer;
import org.junit.jupiter.api.Test;

/**
 * transform, engine.md §6.14: the result is {@code optionToObject(json)} — objects, arrays and
 * numbers as rendered, strings JSON-parsed ({@code "5"} → 5; {@code "Hello"} and {@code ""}
 * reject with a SyntaxError), missing → null.
 */
class TransformOperationTest {

  private final TransformOperation operation = new TransformOperation();

  private JsValue transform(JsObject options) {
    return operation.run(options, IoTestContexts.context("transform", RunServices.builder().build()));
  }

  private JsValue json(JsValue value) {
    return transform(JsObject.of("json", value));
  }

  @Test
  void objectsArraysAndNumbersComeBackAsRendered() {
    JsValue object = JsJson.parse("{\"user\":\"u1\",\"data\":{\"n\":[1,2]}}");
    assertThat(json(object)).isEqualTo(object);
    assertThat(json(JsJson.parse("[1,\"a\",null]"))).isEqualTo(JsJson.parse("[1,\"a\",null]"));
    assertThat(json(JsValue.of(7))).isEqualTo(JsValue.of(7));
  }

  @Test
  void jsonTextIsParsed() {
    assertThat(json(JsValue.of("5"))).isEqualTo(JsValue.of(5));
    assertThat(json(JsValue.of("{\"a\": true}"))).isEqualTo(JsJson.parse("{\"a\":true}"));
  }

  @Test
  void aMissingJsonGivesNull() {
    // the handler gives undefined, which the step records as null (§4.3), as Directus' JSON does
    JsValue result = transform(JsObject.EMPTY);
    assertThat(result.isUndefined()).isTrue();
    assertThat(ResultNormalizer.normalizeResolved(result)).isEqualTo(JsValue.NULL);
  }

  @Test
  void textThatIsNotJsonRejectsWithASyntaxError() {
    for (String text : new String[] {"Hello", ""}) {
      JsException rejection = catchThrowableOfType(JsException.class, () -> json(JsValue.of(text)));
      assertThat(rejection).as("\"" + text + "\" rejects").isNotNull();
      assertThat(((JsError) rejection.value()).get("name")).isEqualTo(JsValue.of("SyntaxError"));
    }
  }
}
