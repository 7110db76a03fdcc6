package dev.flowsmith.engine.value;

/** JS {@code undefined}: a missing key or path (engine.md §1.1). The one instance is {@link JsValue#UNDEFINED}. */
public final class JsUndefined implements JsValue {

  JsUndefined() {}

  @Override
  public String typeOf() {
    return "undefined";
  }

  @Override
  public boolean isTruthy() {
    return false;
  }

  @Override
  public String toString() {
    return "undefined";
  }
}
