package dev.flowsmith.engine.value;

/**
 * A JS number: an IEEE double, so {@code 5} and {@code 5.0} are one value (engine.md §1.3).
 * Equality follows the value, not the bits: {@code 0} equals {@code -0}, NaN equals NaN.
 */
public record JsNumber(double value) implements JsValue {

  @Override
  public String typeOf() {
    return "number";
  }

  @Override
  public boolean isTruthy() {
    return value != 0 && !Double.isNaN(value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsNumber that
        && (value == that.value || Double.isNaN(value) && Double.isNaN(that.value));
  }

  @Override
  public int hashCode() {
    return value == 0 ? 0 : Double.hashCode(value);
  }

  /** The JS Number-to-String text ({@code 5}, {@code 0.1}, {@code 1e+21}). */
  @Override
  public String toString() {
    return JsNumbers.toString(value);
  }
}
