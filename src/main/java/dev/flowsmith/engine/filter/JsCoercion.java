package dev.flowsmith.engine.filter;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsBoolean;
import dev.flowsmith.engine.value.JsDate;
import dev.flowsmith.engine.value.JsNull;
import dev.flowsmith.engine.value.JsNumber;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsStrings;
import dev.flowsmith.engine.value.JsValue;
import java.math.BigInteger;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** JS {@code Number(x)}, {@code parseFloat} and {@code String(x)} as the filter code needs them. */
final class JsCoercion {

  /** StrDecimalLiteral without the sign: {@code 5}, {@code 5.}, {@code .5}, {@code 1e3}. */
  private static final Pattern DECIMAL = Pattern.compile("(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
  private static final Pattern RADIX = Pattern.compile("0([xXoObB])([0-9a-fA-F]+)");
  private static final Pattern FLOAT_PREFIX =
      Pattern.compile("[+-]?(?:Infinity|(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)");

  private JsCoercion() {}

  /** JS {@code Number(value)} (ToNumber; objects via their string form). */
  static double toNumber(JsValue value) {
    if (value instanceof JsNumber n) {
      return n.value();
    }
    if (value instanceof JsString s) {
      return stringToNumber(s.value());
    }
    if (value instanceof JsBoolean b) {
      return b.value() ? 1 : 0;
    }
    if (value instanceof JsNull) {
      return 0;
    }
    if (value instanceof JsDate d) {
      return d.time();
    }
    if (value.isUndefined()) {
      return Double.NaN;
    }
    return stringToNumber(JsStrings.toJsString(value)); // arrays, objects, errors: ToPrimitive is their text
  }

  /** StringToNumber: JS white space trimmed, empty is 0, hex/octal/binary, Infinity, decimals. */
  static double stringToNumber(String text) {
    String s = JsStrings.trim(text);
    if (s.isEmpty()) {
      return 0;
    }
    Matcher radix = RADIX.matcher(s);
    if (radix.matches()) {
      int base = switch (Character.toLowerCase(radix.group(1).charAt(0))) {
        case 'x' -> 16;
        case 'o' -> 8;
        default -> 2;
      };
      try {
        return new BigInteger(radix.group(2), base).doubleValue();
      } catch (NumberFormatException e) {
        return Double.NaN; // a digit outside the radix
      }
    }
    String unsigned = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
    double sign = s.startsWith("-") ? -1 : 1;
    if (unsigned.equals("Infinity")) {
      return sign * Double.POSITIVE_INFINITY;
    }
    return DECIMAL.matcher(unsigned).matches() ? sign * Double.parseDouble(unsigned) : Double.NaN;
  }

  /** JS {@code parseFloat(text)}: the longest decimal prefix after leading white space. */
  static double parseFloat(String text) {
    int start = 0;
    while (start < text.length() && JsStrings.isWhitespace(text.charAt(start))) {
      start++;
    }
    Matcher prefix = FLOAT_PREFIX.matcher(text).region(start, text.length());
    if (!prefix.lookingAt()) {
      return Double.NaN;
    }
    String number = prefix.group();
    if (number.endsWith("Infinity")) {
      return number.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    return Double.parseDouble(number);
  }

  /** JS {@code String(value)}, with dates printed in the given zone. */
  static String toJsString(JsValue value, ZoneId zone) {
    if (value instanceof JsDate date) {
      return JsDates.toDateString(date, zone);
    }
    if (value instanceof JsArray array) {
      StringBuilder joined = new StringBuilder();
      for (int i = 0; i < array.size(); i++) {
        JsValue element = array.get(i);
        joined.append(i > 0 ? "," : "").append(element.isNullish() ? "" : toJsString(element, zone));
      }
      return joined.toString();
    }
    return JsStrings.toJsString(value);
  }
}
