package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsBoolean;
import dev.flowsmith.engine.value.JsDate;
import dev.flowsmith.engine.value.JsNumber;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsValue;
import java.util.Map;
import java.util.Set;

/**
 * The operand checks Directus's REST routes make on a query filter before any service runs (the
 * validateQuery middleware's validateFilter), in depth-first key order: a list operator needs a
 * non-empty list, {@code _null}/{@code _nnull}/{@code _empty}/{@code _nempty} a boolean, every other
 * operand (and the shorthand {@code {"field": value}}) a string, number or boolean that is not the
 * empty string, NaN or above {@code Number.MAX_SAFE_INTEGER}; null passes everywhere. Item
 * operations in flows skip these checks (item-read calls only sanitizeQuery), so
 * {@code {"title": {"_contains": ""}}} rejects over REST and matches every title in a flow.
 *
 * <p>The operands are read as parseFilter leaves them: the text {@code "true"}, {@code "false"},
 * {@code "null"} is that value, and a list operand is always a list (a string is split). Geometry
 * operators are not checked: no field type of the store accepts them.
 */
final class FilterValues {

  private static final Set<String> LISTS = Set.of("_in", "_nin", "_between", "_nbetween");
  private static final Set<String> BOOLEANS = Set.of("_null", "_nnull", "_empty", "_nempty");
  private static final Set<String> GEOMETRY = Set.of("_intersects", "_nintersects", "_intersects_bbox",
      "_nintersects_bbox");
  private static final double MAX_SAFE_INTEGER = 9007199254740991d;

  private FilterValues() {}

  static void check(JsValue filter) {
    if (filter instanceof JsObject object) {
      for (Map.Entry<String, JsValue> entry : object.members().entrySet()) {
        member(entry.getKey(), entry.getValue());
      }
    } else if (filter instanceof JsArray array) {
      for (int i = 0; i < array.elements().size(); i++) {
        member(String.valueOf(i), array.elements().get(i));
      }
    }
  }

  private static void member(String key, JsValue value) {
    if (key.equals("_and") || key.equals("_or")) {
      if (value instanceof JsArray children) {
        children.elements().forEach(FilterValues::check);
      }
    } else if (key.equals("_some") || key.equals("_none")) {
      check(value);
    } else if (LISTS.contains(key)) {
      boolean empty = value instanceof JsArray list && list.elements().isEmpty()
          || value instanceof JsObject object && object.members().isEmpty();
      if (empty) {
        throw ItemErrors.invalidQuery("\"" + key + "\" has to be an array of values");
      }
    } else if (BOOLEANS.contains(key)) {
      JsValue coerced = coerced(value);
      if (!coerced.isNullish() && !isEmptyText(coerced) && !(coerced instanceof JsBoolean)) {
        throw ItemErrors.invalidQuery("\"" + key + "\" has to be a boolean");
      }
    } else if (key.startsWith("_")) {
      if (!GEOMETRY.contains(key)) {
        primitive(value, key);
      }
    } else if (value instanceof JsObject || value instanceof JsArray) {
      check(value);
    } else {
      primitive(value, "_eq");
    }
  }

  private static void primitive(JsValue value, String operator) {
    JsValue coerced = coerced(value);
    if (coerced.isNullish()) {
      return;
    }
    if (!(coerced instanceof JsString || coerced instanceof JsNumber || coerced instanceof JsBoolean
        || coerced instanceof JsDate)) {
      throw ItemErrors.invalidQuery("The filter value for \"" + operator + "\" has to be a string, number, or boolean");
    }
    if (coerced instanceof JsNumber number && (Double.isNaN(number.value()) || number.value() > MAX_SAFE_INTEGER)) {
      throw ItemErrors.invalidQuery("The filter value for \"" + operator + "\" is not a valid number");
    }
    if (isEmptyText(coerced)) {
      throw ItemErrors.invalidQuery("You can't filter for an empty string in \"" + operator
          + "\". Use \"_empty\" or \"_nempty\" instead");
    }
  }

  /** parseFilter's coercion of the texts "true", "false", "null" and "NULL". */
  private static JsValue coerced(JsValue value) {
    if (value instanceof JsString s) {
      return switch (s.value()) {
        case "true" -> JsValue.of(true);
        case "false" -> JsValue.of(false);
        case "null", "NULL" -> JsValue.NULL;
        default -> value;
      };
    }
    return value;
  }

  private static boolean isEmptyText(JsValue value) {
    return value instanceof JsString s && s.value().isEmpty();
  }
}
