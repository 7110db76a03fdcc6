package dev.flowsmith.engine.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;

/** throw-error as Directus' createError behaves (engine.md §6.13), checked against @directus/errors. */
class ThrowErrorOperationTest {

  private static JsError thrown(String options) {
    JsException e = catchThrowableOfType(JsException.class, () -> new ThrowErrorOperation()
        .run((JsObject) JsJson.parse(options), IoTestContexts.context("throw-error", RunServices.builder().build())));
    assertThat(e).isNotNull();
    return (JsError) e.value();
  }

  @org.junit.jupiter.api.Test
  void aStringMessageMakesADirectusError() {
    JsError error = thrown("{\"code\":\"my_code\",\"status\":\"422\",\"message\":\"Nope\"}");
    assertThat(error.isDirectusError()).isTrue();
    assertThat(error.message()).isEqualTo("Nope");
  }

  @org.junit.jupiter.api.Test
  void anObjectMessageIsCalledAsAFunction() {
    JsError error = thrown("{\"code\":\"X\",\"message\":{\"text\":\"hi\"}}");
    assertThat(error.name() + ": " + error.message()).isEqualTo("TypeError: message is not a function");
    assertThat(thrown("{\"message\":42}").message()).isEqualTo("message is not a function");
  }

  @org.junit.jupiter.api.Test
  void aCodeThatIsNoStringHasNoToUpperCase() {
    JsError error = thrown("{\"code\":404,\"message\":\"m\"}");
    assertThat(error.name() + ": " + error.message()).isEqualTo("TypeError: code.toUpperCase is not a function");
    // the message is looked at first
    assertThat(thrown("{\"code\":404,\"message\":[]}").message()).isEqualTo("message is not a function");
  }
}
