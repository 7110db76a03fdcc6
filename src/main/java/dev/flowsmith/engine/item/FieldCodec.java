package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsDate;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsNumber;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsStrings;
import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Converts values between what a payload holds, what the database stores and what the item
 * services return, per field type, the way Directus 11.11 on SQLite does:
 *
 * <ul>
 *   <li>numbers and booleans take SQLite's numeric affinity (numeric text becomes a number, other
 *       text stays text); booleans are stored 1/0 and read back as true/false;
 *   <li>{@code timestamp} is stored as epoch milliseconds and read as an ISO string with
 *       milliseconds and {@code Z}; {@code dateTime} as {@code yyyy-MM-ddTHH:mm:ss}; {@code date}
 *       as {@code yyyy-MM-dd};
 *   <li>{@code json} is stored as JSON text (so an error object becomes {@code {}}) and parsed on
 *       read; {@code csv} is stored joined and read as an array;
 *   <li>text columns turn numbers into their JS text; {@code conceal} fields read as stars.
 * </ul>
 */
public final class FieldCodec {

  private FieldCodec() {}

  /** The stored form of a payload value. */
  public static JsValue toDb(FieldSchema field, JsValue value) {
    if (value.isNullish()) {
      return JsValue.NULL;
    }
    return switch (field.type()) {
      case INTEGER, BIG_INTEGER, FLOAT, DECIMAL, BOOLEAN -> numeric(value);
      case TIMESTAMP -> timestamp(value);
      case DATE_TIME, DATE -> calendar(field.type(), value);
      case JSON -> value instanceof JsString ? value : JsValue.of(JsJson.stringify(value).orElse("null"));
      case CSV -> value instanceof JsArray list ? JsValue.of(join(list)) : textual(value);
      case OTHER -> value;
      default -> textual(value);
    };
  }

  /** The returned form of a stored value. */
  public static JsValue fromDb(FieldSchema field, JsValue stored) {
    if (field.hasSpecial("conceal")) {
      return stored.isNullish() ? JsValue.NULL : JsValue.of("**********");
    }
    if (stored.isNullish()) {
      return JsValue.NULL;
    }
    return switch (field.type()) {
      case BOOLEAN -> bool(stored);
      case TIMESTAMP -> stored instanceof JsNumber n ? JsValue.of(ItemDates.iso((long) n.value())) : stored;
      case JSON -> parsedJson(stored);
      case CSV -> stored instanceof JsString s ? split(s.value()) : stored;
      default -> stored;
    };
  }

  /**
   * A stored value in the form comparisons use: dates of {@code date} and {@code dateTime} fields
   * become epoch milliseconds, like the operands they are compared with.
   */
  public static JsValue comparable(FieldSchema field, JsValue stored) {
    if ((field.type() == FieldType.DATE || field.type() == FieldType.DATE_TIME) && stored instanceof JsString s) {
      OptionalLong millis = ItemDates.parse(s.value());
      return millis.isPresent() ? JsValue.of(millis.getAsLong()) : stored;
    }
    return stored;
  }

  /**
   * A filter operand as the query builder binds it: JS {@code Number()} for numeric fields (NaN
   * binds as NULL, so {@code {"views": {"_in": "x"}}} matches nothing, as on Directus 11.11, which
   * did not yet reject it), epoch milliseconds for date fields (an unparsable date
   * becomes the text {@code "NaN"}, as {@code String(new Date(x).getTime())} does), otherwise the
   * column's affinity applied to the bound value.
   */
  public static JsValue operand(FieldSchema field, JsValue operand) {
    if (operand.isNullish()) {
      return operand;
    }
    if (field.type().isNumeric()) {
      double number = SqlValues.toNumber(operand);
      return Double.isNaN(number) ? JsValue.NULL : JsValue.of(number);
    }
    if (field.type().isChronological()) {
      if (operand instanceof JsDate date) {
        return date.isValid() ? JsValue.of(date.time()) : JsValue.of("NaN");
      }
      if (operand instanceof JsString s) {
        if (s.value().isEmpty()) {
          return s;
        }
        OptionalLong millis = ItemDates.parse(s.value());
        return millis.isPresent() ? JsValue.of(millis.getAsLong()) : JsValue.of("NaN");
      }
      return operand;
    }
    JsValue bound = SqlValues.bound(operand);
    return field.type().hasNumericAffinity() ? SqlValues.numericAffinity(bound) : affinityText(field, bound);
  }

  private static JsValue affinityText(FieldSchema field, JsValue bound) {
    return field.type() == FieldType.OTHER || !(bound instanceof JsNumber) ? bound
        : JsValue.of(JsStrings.toJsString(bound));
  }

  private static JsValue numeric(JsValue value) {
    JsValue bound = SqlValues.bound(value);
    if (bound instanceof JsNumber n) {
      return Double.isNaN(n.value()) ? JsValue.NULL : n;
    }
    return bound instanceof JsString ? SqlValues.numericAffinity(bound) : textual(bound);
  }

  private static JsValue timestamp(JsValue value) {
    if (value instanceof JsDate date) {
      return date.isValid() ? JsValue.of(date.time()) : JsValue.NULL;
    }
    if (value instanceof JsString s) {
      OptionalLong millis = ItemDates.parse(s.value());
      return millis.isPresent() ? JsValue.of(millis.getAsLong()) : s;
    }
    return value instanceof JsNumber ? value : textual(value);
  }

  private static JsValue calendar(FieldType type, JsValue value) {
    OptionalLong millis = value instanceof JsDate date && date.isValid() ? OptionalLong.of(date.epochMillis())
        : value instanceof JsString s ? ItemDates.parse(s.value()) : OptionalLong.empty();
    if (millis.isEmpty()) {
      return textual(value);
    }
    long at = millis.getAsLong();
    return JsValue.of(type == FieldType.DATE ? ItemDates.date(at) : ItemDates.dateTime(at));
  }

  private static JsValue textual(JsValue value) {
    return value instanceof JsString ? value : JsValue.of(SqlValues.text(value));
  }

  private static JsValue bool(JsValue stored) {
    if (stored instanceof JsNumber n && (n.value() == 1 || n.value() == 0)) {
      return JsValue.of(n.value() == 1);
    }
    if (stored instanceof JsString s) {
      return switch (s.value()) {
        case "1" -> JsValue.TRUE;
        case "0" -> JsValue.FALSE;
        case "" -> JsValue.NULL;
        default -> stored;
      };
    }
    return stored;
  }

  private static JsValue parsedJson(JsValue stored) {
    if (stored instanceof JsString s) {
      try {
        return JsJson.parse(s.value());
      } catch (RuntimeException notJson) {
        return stored;
      }
    }
    return stored;
  }

  private static String join(JsArray list) {
    List<String> parts = new ArrayList<>();
    list.elements().forEach(element -> parts.add(element.isNullish() ? "" : SqlValues.text(element)));
    return String.join(",", parts);
  }

  private static JsValue split(String text) {
    if (text.isEmpty()) {
      return JsArray.EMPTY;
    }
    List<JsValue> parts = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      parts.add(JsValue.of(part));
    }
    return new JsArray(parts);
  }
}
