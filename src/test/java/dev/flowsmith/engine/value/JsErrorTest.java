package dev.flowsmith.engine.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsErrorTest {

  @Test
  void plainErrorsHideEverything() {
    JsError error = JsError.of("SyntaxError", "bad");

    assertThat(error.properties()).isEqualTo(JsObject.EMPTY);
    assertThat(error.get("name")).isEqualTo(JsValue.of("SyntaxError"));
    assertThat(error.get("message")).isEqualTo(JsValue.of("bad"));
    assertThat(error.get("stack")).isEqualTo(JsValue.of("SyntaxError: bad"));
    assertThat(error.has("cause")).isFalse();
    assertThat(error.isDirectusError()).isFalse();
  }

  @Test
  void directusErrorsShowNameExtensionsCodeAndStatus() {
    JsError error = JsError.directus("MY_CODE", 422, "Bad 42", null);

    assertThat(error.properties().keys()).containsExactly("name", "extensions", "code", "status");
    assertThat(error.get("extensions")).isSameAs(JsValue.UNDEFINED);
    assertThat(error.has("extensions")).isTrue();
    assertThat(error.get("status")).isEqualTo(JsValue.of(422));
    assertThat(error.get("message")).isEqualTo(JsValue.of("Bad 42"));
    assertThat(error.stack()).isEqualTo("DirectusError: Bad 42");
    assertThat(error.isDirectusError()).isTrue();
  }

  @Test
  void libraryErrorsHaveEnumerableNameAndMessage() {
    JsError error = JsError.library("JsonWebTokenError", "invalid signature");

    assertThat(error.properties().keys()).containsExactly("name", "message");
    assertThat(error.get("message")).isEqualTo(JsValue.of("invalid signature"));
  }

  @Test
  void stackCanBeDeletedAndCauseAdded() {
    JsError error = JsError.error("boom").withoutStack().withCause(JsValue.of("why"));

    assertThat(error.has("stack")).isFalse();
    assertThat(error.get("stack")).isSameAs(JsValue.UNDEFINED);
    assertThat(error.get("cause")).isEqualTo(JsValue.of("why"));
    assertThat(error.withProperty("code", JsValue.of("X")).properties().keys()).containsExactly("code");
  }

  @Test
  void exceptionCarriesTheThrownValue() {
    JsException thrown = JsException.of("ReferenceError", "a is not defined");

    assertThat(thrown).hasMessage("ReferenceError: a is not defined");
    assertThat(thrown.value()).isEqualTo(JsError.of("ReferenceError", "a is not defined"));
    assertThat(new JsException(JsValue.of("text"))).hasMessage("text");
  }
}
