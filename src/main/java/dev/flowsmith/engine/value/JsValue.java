package dev.flowsmith.engine.value;

/**
 * A JavaScript value as it travels through a flow run (engine.md §1). Immutable; compare with
 * {@code equals}. Objects, arrays, errors and dates are the "object" values that path lookup can
 * walk into (engine.md §5.3); everything else is a primitive.
 */
public sealed interface JsValue
    permits JsUndefined, JsNull, JsBoolean, JsNumber, JsString, JsArray, JsObject, JsError, JsDate {

  JsUndefined UNDEFINED = new JsUndefined();
  JsNull NULL = new JsNull();
  JsBoolean TRUE = new JsBoolean(true);
  JsBoolean FALSE = new JsBoolean(false);

  /** The JS {@code typeof} of this value: undefined, object (also null), boolean, number, string. */
  default String typeOf() {
    return "object";
  }

  /** JS ToBoolean: false for undefined, null, false, 0, -0, NaN and the empty string. */
  default boolean isTruthy() {
    return true;
  }

  default boolean isUndefined() {
    return this instanceof JsUndefined;
  }

  /** True for undefined and null (what JS {@code ??} replaces). */
  default boolean isNullish() {
    return this instanceof JsUndefined || this instanceof JsNull;
  }

  /** True for arrays, plain objects, errors and dates: {@code typeof v === "object" && v !== null}. */
  default boolean isObject() {
    return this instanceof JsArray || this instanceof JsObject || this instanceof JsError
        || this instanceof JsDate;
  }

  static JsString of(String text) {
    return new JsString(text);
  }

  static JsNumber of(double number) {
    return new JsNumber(number);
  }

  static JsBoolean of(boolean value) {
    return value ? TRUE : FALSE;
  }
}
