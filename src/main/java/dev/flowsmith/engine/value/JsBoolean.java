package dev.flowsmith.engine.value;

/** A JS boolean; {@link JsValue#of(boolean)} gives the shared instances. */
public record JsBoolean(boolean value) implements JsValue {

  @Override
  public String typeOf() {
    return "boolean";
  }

  @Override
  public boolean isTruthy() {
    return value;
  }

  @Override
  public String toString() {
    return Boolean.toString(value);
  }
}
