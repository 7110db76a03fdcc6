package dev.flowsmith.engine.value;

/** JavaScript's {@code Number(v)} and {@code parseInt(v)} for the values operations receive. */
public final class JsNumberConversion {

  private JsNumberConversion() {}

  /** JS {@code Number(value)}: strings are trimmed, "" is 0, anything unparsable is NaN. */
  public static double toNumber(JsValue value) {
    if (value instanceof JsNumber number) {
      return number.value();
    }
    if (value instanceof JsBoolean bool) {
      return bool.value() ? 1 : 0;
    }
    if (value instanceof JsNull) {
      return 0;
    }
    if (value instanceof JsString string) {
      return parseNumber(JsStrings.trim(string.value()));
    }
    if (value instanceof JsDate date) {
      return date.time();
    }
    if (value instanceof JsArray array && array.size() <= 1) {
      return array.size() == 0 ? 0 : toNumber(JsValue.of(JsStrings.toJsString(array.get(0))));
    }
    return Double.NaN;
  }

  private static double parseNumber(String text) {
    if (text.isEmpty()) {
      return 0;
    }
    if (text.equals("Infinity") || text.equals("+Infinity")) {
      return Double.POSITIVE_INFINITY;
    }
    if (text.equals("-Infinity")) {
      return Double.NEGATIVE_INFINITY;
    }
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    try {
      if (lower.startsWith("0x")) {
        return Long.parseLong(text.substring(2), 16);
      }
      if (lower.startsWith("0o")) {
        return Long.parseLong(text.substring(2), 8);
      }
      if (lower.startsWith("0b")) {
        return Long.parseLong(text.substring(2), 2);
      }
      // Java accepts "1d", "1f" and hex floats; JS does not
      if (!text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
        return Double.NaN;
      }
      return Double.parseDouble(text);
    } catch (NumberFormatException notANumber) {
      return Double.NaN;
    }
  }

  /** JS {@code parseInt(String(value), 10)}: leading digits after optional space and sign, else NaN. */
  public static double parseInt(JsValue value) {
    String text = JsStrings.trim(JsStrings.toJsString(value));
    int i = 0;
    boolean negative = false;
    if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      negative = text.charAt(i) == '-';
      i++;
    }
    int start = i;
    while (i < text.length() && Character.isDigit(text.charAt(i)) && text.charAt(i) < 128) {
      i++;
    }
    if (i == start) {
      return Double.NaN;
    }
    double digits = Double.parseDouble(text.substring(start, i));
    return negative ? -digits : digits;
  }
}
