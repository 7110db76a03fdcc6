package dev.flowsmith.engine.value;

/** JS {@code null}, a real value unlike undefined (engine.md §1.1). The one instance is {@link JsValue#NULL}. */
public final class JsNull implements JsValue {

  JsNull() {}

  @Override
  public boolean isTruthy() {
    return false;
  }

  @Override
  public String toString() {
    return "null";
  }
}
