package dev.flowsmith.workspace;

import dev.flowsmith.engine.item.FieldSchema;
import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsBoolean;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsNumber;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsValue;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks an imported value against its field's type before anything is written, so a file never
 * loads text into a number column or an impossible date (Directus on SQLite would store them as
 * given; on Postgres the import fails). Returns the value to store: numeric text becomes a number
 * for integer and float fields; big integers and decimals keep their text (Directus returns them
 * as strings); the rest is stored as given.
 */
final class ItemValues {

  private static final Pattern UUID =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern WHOLE = Pattern.compile("[-+]?\\d+");
  private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
      .withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?");
  private static final Pattern OFFSET = Pattern.compile(".*(Z|[+-]\\d{2}:?\\d{2})$");
  private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?");
  private static final double MAX_SAFE = 9007199254740991d;

  private ItemValues() {}

  /**
   * @throws IllegalArgumentException saying what the value is and what the field takes
   */
  static JsValue check(FieldSchema field, JsValue value) {
    if (value.isNullish()) {
      if (!field.acceptsNull() && field.defaultValue().isNullish()) {
        throw new IllegalArgumentException("null, but the field is required (not nullable, no default)");
      }
      return JsValue.NULL;
    }
    return switch (field.type()) {
      case INTEGER -> integer(value, false);
      case BIG_INTEGER -> integer(value, true);
      case FLOAT -> decimal(value, false);
      case DECIMAL -> decimal(value, true);
      case BOOLEAN -> bool(value);
      case STRING, TEXT, HASH -> string(value);
      case UUID -> {
        if (value instanceof JsString text && UUID.matcher(text.value()).matches()) {
          yield value;
        }
        throw wrong(value, "a uuid");
      }
      case CSV -> csv(value);
      case DATE -> date(value);
      case DATE_TIME -> dateTime(value);
      case TIMESTAMP -> timestamp(value);
      case TIME -> time(value);
      case JSON -> value; // any JSON value; in CSV the cell has been read as JSON already
      case ALIAS -> throw new IllegalArgumentException("is an alias field (no column): it cannot be imported");
      default -> value; // geometry, binary, unknown: stored as given
    };
  }

  private static JsValue integer(JsValue value, boolean big) {
    if (value instanceof JsNumber number) {
      double n = number.value();
      if (Double.isFinite(n) && n == Math.rint(n) && (big || Math.abs(n) <= MAX_SAFE)) {
        return value;
      }
    } else if (value instanceof JsString text && WHOLE.matcher(text.value().strip()).matches()) {
      String digits = text.value().strip();
      if (big) {
        return JsValue.of(digits);
      }
      double n = Double.parseDouble(digits);
      if (Math.abs(n) <= MAX_SAFE) {
        return JsValue.of(n);
      }
    }
    throw wrong(value, big ? "a whole number (bigInteger)" : "a whole number (integer)");
  }

  private static JsValue decimal(JsValue value, boolean keepText) {
    if (value instanceof JsNumber number && Double.isFinite(number.value())) {
      return value;
    }
    if (value instanceof JsString text && DECIMAL.matcher(text.value().strip()).matches()) {
      return keepText ? JsValue.of(text.value().strip()) : JsValue.of(Double.parseDouble(text.value().strip()));
    }
    throw wrong(value, keepText ? "a number (decimal)" : "a number (float)");
  }

  private static JsValue bool(JsValue value) {
    if (value instanceof JsBoolean) {
      return value;
    }
    if (value instanceof JsNumber number && (number.value() == 0 || number.value() == 1)) {
      return number.value() == 1 ? JsValue.TRUE : JsValue.FALSE;
    }
    if (value instanceof JsString text) {
      switch (text.value().strip().toLowerCase(Locale.ROOT)) {
        case "true", "1" -> {
          return JsValue.TRUE;
        }
        case "false", "0" -> {
          return JsValue.FALSE;
        }
        default -> { }
      }
    }
    throw wrong(value, "a boolean (true/false/1/0)");
  }

  private static JsValue string(JsValue value) {
    if (value instanceof JsString) {
      return value;
    }
    throw wrong(value, "a string");
  }

  private static JsValue csv(JsValue value) {
    if (value instanceof JsString) {
      return value;
    }
    if (value instanceof JsArray array && array.elements().stream().allMatch(JsString.class::isInstance)) {
      return value;
    }
    throw wrong(value, "a list of strings (csv)");
  }

  private static JsValue date(JsValue value) {
    String text = text(value, "a date (YYYY-MM-DD)");
    try {
      LocalDate.parse(text, DATE);
      return value;
    } catch (DateTimeParseException bad) {
      throw wrong(value, "a date (YYYY-MM-DD)");
    }
  }

  private static JsValue dateTime(JsValue value) {
    String text = text(value, "a date and time (YYYY-MM-DDTHH:MM:SS)");
    if (DATE_TIME.matcher(text).matches() && validLocal(text)) {
      return value;
    }
    throw wrong(value, "a date and time (YYYY-MM-DDTHH:MM:SS)");
  }

  private static JsValue timestamp(JsValue value) {
    String text = text(value, "a timestamp (ISO 8601, e.g. 2026-12-07T09:30:00Z)");
    boolean withOffset = OFFSET.matcher(text).matches();
    String local = withOffset ? text.replaceAll("(Z|[+-]\\d{2}:?\\d{2})$", "") : text;
    if (DATE_TIME.matcher(local).matches() && validLocal(local)
        && (!withOffset || validOffset(text.replace(' ', 'T')))) {
      return value;
    }
    throw wrong(value, "a timestamp (ISO 8601, e.g. 2026-12-07T09:30:00Z)");
  }

  private static JsValue time(JsValue value) {
    String text = text(value, "a time (HH:MM:SS)");
    if (TIME.matcher(text).matches()) {
      try {
        LocalTime.parse(text);
        return value;
      } catch (DateTimeParseException bad) {
        // out of range, e.g. 25:00
      }
    }
    throw wrong(value, "a time (HH:MM:SS)");
  }

  private static boolean validLocal(String text) {
    try {
      LocalDate.parse(text.substring(0, 10), DATE);
      LocalDateTime.parse(text.replace(' ', 'T'));
      return true;
    } catch (DateTimeParseException bad) {
      return false;
    }
  }

  private static boolean validOffset(String text) {
    try {
      OffsetDateTime.parse(text.matches(".*[+-]\\d{4}$")
          ? text.substring(0, text.length() - 2) + ":" + text.substring(text.length() - 2) : text);
      return true;
    } catch (DateTimeParseException bad) {
      return false;
    }
  }

  private static String text(JsValue value, String expected) {
    if (value instanceof JsString text) {
      return text.value().strip();
    }
    throw wrong(value, expected);
  }

  private static IllegalArgumentException wrong(JsValue value, String expected) {
    String shown = JsJson.stringify(value).orElse("undefined");
    if (shown.length() > 60) {
      shown = shown.substring(0, 57) + "…";
    }
    return new IllegalArgumentException(shown + " is not " + expected);
  }
}
