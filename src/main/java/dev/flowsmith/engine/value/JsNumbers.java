package dev.flowsmith.engine.value;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * JS Number-to-String (ECMA-262 Number::toString, radix 10), engine.md §1.3. Java's
 * {@code Double.toString} differs in format everywhere and, before JDK 19, does not always give
 * the shortest digits, so the digits are searched here with exact decimal arithmetic.
 */
public final class JsNumbers {

  /** Every double is identified by at most 17 significant digits. */
  private static final int MAX_DIGITS = 17;
  /** Leading digits of the exact value kept while rounding; far more than 17 + 1 needs. */
  private static final int WORKING_DIGITS = 40;
  /** Below 2^53 every integer is exact, so its decimal text is already the shortest form. */
  private static final double EXACT_INTEGER_LIMIT = 9_007_199_254_740_992.0;

  private JsNumbers() {}

  /** The text JS gives for {@code String(value)}: {@code "5"}, {@code "0.1"}, {@code "1e+21"}, {@code "-0"} → {@code "0"}. */
  public static String toString(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (value == 0) {
      return "0";
    }
    if (value < 0) {
      return "-" + toString(-value);
    }
    if (Double.isInfinite(value)) {
      return "Infinity";
    }
    if (value < EXACT_INTEGER_LIMIT && value == Math.rint(value)) {
      return Long.toString((long) value);
    }
    BigDecimal shortest = shortestDigits(value).stripTrailingZeros();
    String digits = shortest.unscaledValue().toString();
    // value = 0.<digits> x 10^n  (ECMA-262: s x 10^(n-k) with k = number of digits)
    return layout(digits, digits.length() - shortest.scale());
  }

  /**
   * The decimal with the fewest significant digits that reads back as {@code value}; among those,
   * the one closest to it (ties: even last digit), as ECMA-262 Number::toString requires.
   * Candidates are the two p-digit neighbours of the value. A double's exact expansion can run to
   * 767 digits, so rounding works on its first {@value #WORKING_DIGITS} digits (truncated), which
   * decides every p-digit rounding correctly once a truncated tail is accounted for.
   */
  private static BigDecimal shortestDigits(double value) {
    BigDecimal exact = new BigDecimal(value);
    boolean truncated = exact.precision() > WORKING_DIGITS;
    BigDecimal x = truncated ? exact.round(new MathContext(WORKING_DIGITS, RoundingMode.DOWN)) : exact;
    for (int precision = 1; precision < MAX_DIGITS; precision++) {
      BigDecimal down = x.round(new MathContext(precision, RoundingMode.DOWN));
      BigDecimal up = x.round(new MathContext(precision, RoundingMode.UP));
      if (truncated && up.compareTo(x) == 0) {
        up = up.add(up.ulp()); // the dropped tail lies above x, so the upper neighbour is one step on
      }
      boolean downFits = down.doubleValue() == value;
      boolean upFits = up.doubleValue() == value;
      if (downFits && upFits) {
        // a tie needs an exact half, which has few digits and so is never truncated
        return x.round(new MathContext(precision, truncated ? RoundingMode.HALF_UP : RoundingMode.HALF_EVEN));
      }
      if (downFits) {
        return down;
      }
      if (upFits) {
        return up;
      }
    }
    return x.round(new MathContext(MAX_DIGITS, truncated ? RoundingMode.HALF_UP : RoundingMode.HALF_EVEN));
  }

  /** ECMA-262 Number::toString steps for digits {@code s} (length k) and exponent {@code n}. */
  private static String layout(String digits, int n) {
    int k = digits.length();
    if (k <= n && n <= 21) {
      return digits + "0".repeat(n - k);
    }
    if (0 < n && n <= 21) {
      return digits.substring(0, n) + "." + digits.substring(n);
    }
    if (-6 < n && n <= 0) {
      return "0." + "0".repeat(-n) + digits;
    }
    int exponent = n - 1;
    String sign = exponent < 0 ? "-" : "+";
    String mantissa = k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return mantissa + "e" + sign + Math.abs(exponent);
  }
}
