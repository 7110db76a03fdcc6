package dev.flowsmith.engine.value;

import java.util.Objects;

/** A JS string (UTF-16 code units, like a Java string; lone surrogates are allowed). */
public record JsString(String value) implements JsValue {

  public JsString {
    Objects.requireNonNull(value);
  }

  @Override
  public String typeOf() {
    return "string";
  }

  @Override
  public boolean isTruthy() {
    return !value.isEmpty();
  }
}
