package dev.flowsmith.engine.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * throw-error, engine.md §6.13: always rejects with a DirectusError — code upper-cased (only
 * null/undefined fall back to INTERNAL_SERVER_ERROR), status {@code parseInt(status)} or 500,
 * a string message as given; a message or code that is no string fails the way
 * {@code createError} does in Directus (checked against {@code @directus/errors}).
 */
class ThrowErrorOperationTest {

  private final ThrowErrorOperation operation = new ThrowErrorOperation();

  private JsError thrown(JsObject options) {
    JsException rejection = catchThrowableOfType(JsException.class,
        () -> operation.run(options, IoTestContexts.context("throw-error", RunServices.builder().build())));
    assertThat(rejection).as("the operation always rejects").isNotNull();
    return (JsError) rejection.value();
  }

  @Test
  void withoutOptionsItRejectsWithTheDefaults() {
    JsError error = thrown(JsObject.EMPTY);

    assertThat(error.get("name")).isEqualTo(JsValue.of("DirectusError"));
    assertThat(error.get("code")).isEqualTo(JsValue.of("INTERNAL_SERVER_ERROR"));
    assertThat(error.get("status")).isEqualTo(JsValue.of(500));
    assertThat(error.get("message")).isEqualTo(JsValue.of("An unexpected error occurred."));
  }

  @Test
  void theCodeIsUpperCasedAndAStringMessageKeptAsGiven() {
    JsError error = thrown(JsObject.builder().put("code", "my_code").put("status", "404")
        .put("message", "No such lead: 42").build());

    assertThat(error.get("code")).isEqualTo(JsValue.of("MY_CODE"));
    assertThat(error.get("status")).isEqualTo(JsValue.of(404));
    assertThat(error.get("message")).isEqualTo(JsValue.of("No such lead: 42"));
  }

  @Test
  void emptyTextIsKeptNotReplacedByTheDefault() {
    JsError error = thrown(JsObject.builder().put("code", "").put("message", "").build());

    assertThat(error.get("code")).isEqualTo(JsValue.of(""));
    assertThat(error.get("message")).isEqualTo(JsValue.of(""));
  }

  @ParameterizedTest(name = "status {0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      '404'     | 404
      '422 bad' | 422
      'invalid' | 500
      ''        | 500
      """)
  void theStatusIsParseIntOr500(String status, int expected) {
    assertThat(thrown(JsObject.of("status", JsValue.of(status))).get("status")).isEqualTo(JsValue.of(expected));
  }

  @Test
  void aNumericStatusIsUsedAsIs() {
    assertThat(thrown(JsObject.of("status", JsValue.of(418))).get("status")).isEqualTo(JsValue.of(418));
    assertThat(thrown(JsObject.of("status", JsValue.NULL)).get("status")).isEqualTo(JsValue.of(500));
  }

  @Test
  void anObjectMessageIsCalledAsAFunction() {
    JsError error = thrown((JsObject) JsJson.parse("{\"code\":\"X\",\"message\":{\"text\":\"hi\"}}"));
    assertThat(error.name() + ": " + error.message()).isEqualTo("TypeError: message is not a function");
    assertThat(thrown(JsObject.of("message", JsValue.of(42))).message()).isEqualTo("message is not a function");
  }

  @Test
  void aCodeThatIsNoStringHasNoToUpperCase() {
    JsError error = thrown((JsObject) JsJson.parse("{\"code\":404,\"message\":\"m\"}"));
    assertThat(error.name() + ": " + error.message()).isEqualTo("TypeError: code.toUpperCase is not a function");
    // the message is looked at first
    assertThat(thrown((JsObject) JsJson.parse("{\"code\":404,\"message\":[]}")).message())
        .isEqualTo("message is not a function");
  }
}
