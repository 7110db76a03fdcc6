package dev.flowsmith.engine.value;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** JS string conversions and JS white space, which differ from Java's {@code trim()} and {@code \s}. */
public final class JsStrings {

  private static final DateTimeFormatter DATE_TEXT =
      DateTimeFormatter.ofPattern("EEE MMM dd uuuu HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private JsStrings() {}

  /**
   * JS {@code String(value)}: strings as is, numbers the JS way, {@code "undefined"}, {@code "null"},
   * arrays joined with commas, plain objects {@code "[object Object]"}, errors {@code "Name: message"}.
   * Dates print in UTC (the server's time zone is not modelled).
   */
  public static String toJsString(JsValue value) {
    if (value instanceof JsString s) {
      return s.value();
    }
    if (value instanceof JsNumber n) {
      return JsNumbers.toString(n.value());
    }
    if (value instanceof JsArray array) {
      StringBuilder joined = new StringBuilder();
      for (int i = 0; i < array.size(); i++) {
        if (i > 0) {
          joined.append(',');
        }
        JsValue element = array.get(i);
        joined.append(element.isNullish() ? "" : toJsString(element));
      }
      return joined.toString();
    }
    if (value instanceof JsObject) {
      return "[object Object]";
    }
    if (value instanceof JsError error) {
      return errorText(error);
    }
    if (value instanceof JsDate date) {
      return date.isValid()
          ? DATE_TEXT.format(Instant.ofEpochMilli(date.epochMillis()))
              + " GMT+0000 (Coordinated Universal Time)"
          : "Invalid Date";
    }
    return value.toString(); // undefined, null, booleans
  }

  /** JS white space and line terminators (what {@code \s} and {@code trim()} match in JS). */
  public static boolean isWhitespace(char c) {
    return switch (c) {
      case '\t', '\n', '\u000B', '\f', '\r', ' ', '\u00A0', '\u1680', '\u2028', '\u2029', '\u202F',
          '\u205F', '\u3000', '\uFEFF' -> true;
      default -> c >= '\u2000' && c <= '\u200A';
    };
  }

  /** JS {@code String.prototype.trim()}. */
  public static String trim(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  /** JS {@code Error.prototype.toString}. */
  private static String errorText(JsError error) {
    JsValue name = error.get("name");
    JsValue message = error.get("message");
    String nameText = name.isUndefined() ? "Error" : toJsString(name);
    String messageText = message.isUndefined() ? "" : toJsString(message);
    if (nameText.isEmpty()) {
      return messageText;
    }
    return messageText.isEmpty() ? nameText : nameText + ": " + messageText;
  }
}
