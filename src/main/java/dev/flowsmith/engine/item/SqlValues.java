package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsBoolean;
import dev.flowsmith.engine.value.JsDate;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsNumber;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsStrings;
import dev.flowsmith.engine.value.JsValue;
import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * SQL value semantics of the stored forms (SQLite, which the golden server ran on): NULL sorts
 * before numbers, numbers before text; text compares byte-wise (case-sensitive); {@code LIKE} is
 * case-insensitive for ASCII letters only and treats {@code %} and {@code _} as wildcards (Directus
 * does not escape them). Also JS {@code Number()} for casting filter operands.
 */
public final class SqlValues {

  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+\\.?\\d*([eE][+-]?\\d+)?|\\.\\d+([eE][+-]?\\d+)?)");

  private SqlValues() {}

  /** JS {@code Number(value)}: "" and null → 0, " 5 " → 5, "0x1f" → 31, "abc" → NaN. */
  public static double toNumber(JsValue value) {
    if (value instanceof JsNumber n) {
      return n.value();
    }
    if (value instanceof JsBoolean b) {
      return b.value() ? 1 : 0;
    }
    if (value instanceof JsDate date) {
      return date.time();
    }
    if (value instanceof JsString s) {
      return stringToNumber(s.value());
    }
    if (value instanceof JsArray array && array.size() <= 1) {
      return stringToNumber(JsStrings.toJsString(array));
    }
    return value.isNullish() && !value.isUndefined() ? 0 : Double.NaN;
  }

  private static double stringToNumber(String raw) {
    String text = JsStrings.trim(raw);
    if (text.isEmpty()) {
      return 0;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    for (String prefix : new String[] {"0x", "0o", "0b"}) {
      if (lower.startsWith(prefix) && text.length() > 2) {
        try {
          int radix = prefix.equals("0x") ? 16 : prefix.equals("0o") ? 8 : 2;
          return new BigInteger(text.substring(2), radix).doubleValue();
        } catch (NumberFormatException e) {
          return Double.NaN;
        }
      }
    }
    return switch (text) {
      case "Infinity", "+Infinity" -> Double.POSITIVE_INFINITY;
      case "-Infinity" -> Double.NEGATIVE_INFINITY;
      default -> DECIMAL.matcher(text).matches() ? Double.parseDouble(text) : Double.NaN;
    };
  }

  /**
   * SQLite numeric affinity: text that is a well-formed decimal number (surrounding spaces allowed)
   * becomes that number; anything else stays as it is.
   */
  public static JsValue numericAffinity(JsValue value) {
    if (value instanceof JsString s) {
      String text = s.value().strip();
      if (DECIMAL.matcher(text).matches()) {
        return JsValue.of(Double.parseDouble(text));
      }
    }
    return value;
  }

  /** What a bound parameter becomes in SQL: booleans 1/0, dates their epoch milliseconds. */
  public static JsValue bound(JsValue value) {
    if (value instanceof JsBoolean b) {
      return JsValue.of(b.value() ? 1 : 0);
    }
    if (value instanceof JsDate date) {
      return date.isValid() ? JsValue.of(date.time()) : JsValue.NULL;
    }
    return value;
  }

  /** The text SQL sees for a value ({@code CAST(x AS TEXT)}, LIKE's left side). */
  public static String text(JsValue value) {
    if (value instanceof JsString s) {
      return s.value();
    }
    if (value.isObject() && !(value instanceof JsDate)) {
      return JsJson.stringify(value).orElse("");
    }
    return JsStrings.toJsString(bound(value));
  }

  /** SQLite ordering: NULL < numbers < text; numbers numerically, text by code unit. */
  public static int compare(JsValue a, JsValue b) {
    JsValue x = bound(a);
    JsValue y = bound(b);
    int rankX = rank(x);
    int rankY = rank(y);
    if (rankX != rankY) {
      return Integer.compare(rankX, rankY);
    }
    if (rankX == 0) {
      return 0;
    }
    if (rankX == 1) {
      double dx = ((JsNumber) x).value();
      double dy = ((JsNumber) y).value();
      return dx < dy ? -1 : dx > dy ? 1 : 0;
    }
    return text(x).compareTo(text(y));
  }

  /** SQL {@code =} on two non-null stored values. */
  public static boolean equal(JsValue a, JsValue b) {
    return !a.isNullish() && !b.isNullish() && compare(a, b) == 0;
  }

  /** SQLite {@code value LIKE pattern}: ASCII case-insensitive, {@code %} any run, {@code _} one char. */
  public static boolean like(String value, String pattern) {
    return like(asciiLower(value), 0, asciiLower(pattern), 0);
  }

  private static boolean like(String value, int v, String pattern, int p) {
    while (p < pattern.length()) {
      char c = pattern.charAt(p);
      if (c == '%') {
        while (p < pattern.length() && pattern.charAt(p) == '%') {
          p++;
        }
        if (p == pattern.length()) {
          return true;
        }
        for (int start = v; start <= value.length(); start++) {
          if (like(value, start, pattern, p)) {
            return true;
          }
        }
        return false;
      }
      if (v >= value.length() || c != '_' && c != value.charAt(v)) {
        return false;
      }
      v++;
      p++;
    }
    return v == value.length();
  }

  /** SQLite {@code LOWER()} without ICU: only A–Z change. */
  public static String asciiLower(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
    }
    return out.toString();
  }

  private static int rank(JsValue bound) {
    return bound.isNullish() ? 0 : bound instanceof JsNumber ? 1 : 2;
  }
}
