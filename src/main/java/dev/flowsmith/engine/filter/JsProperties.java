package dev.flowsmith.engine.filter;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * JS property semantics the filter code relies on: {@code Object.keys}/{@code Object.values}
 * (own enumerable properties, also of strings and arrays), property reads, and the TypeErrors JS
 * throws when code reads a property of null or calls something that is not a function.
 * Properties inherited from {@code Object.prototype} ({@code toString}, {@code constructor}, …)
 * are not modelled: a filter field with such a name behaves like any other name.
 */
final class JsProperties {

  private JsProperties() {}

  /** {@code Object.entries(value)}: own enumerable properties in JS order; none for primitives. */
  static List<Map.Entry<String, JsValue>> entries(JsValue value) {
    List<Map.Entry<String, JsValue>> entries = new ArrayList<>();
    if (value instanceof JsObject object) {
      entries.addAll(object.members().entrySet());
    } else if (value instanceof JsArray array) {
      for (int i = 0; i < array.size(); i++) {
        entries.add(Map.entry(Integer.toString(i), array.get(i)));
      }
    } else if (value instanceof JsString string) {
      for (int i = 0; i < string.value().length(); i++) {
        entries.add(Map.entry(Integer.toString(i), JsValue.of(String.valueOf(string.value().charAt(i)))));
      }
    } else if (value instanceof JsError error) {
      entries.addAll(error.properties().members().entrySet());
    }
    return entries;
  }

  /** The first own enumerable key, or null. */
  static @Nullable String firstKey(JsValue value) {
    List<Map.Entry<String, JsValue>> entries = entries(value);
    return entries.isEmpty() ? null : entries.get(0).getKey();
  }

  /** The value of the first own enumerable key, or undefined. */
  static JsValue firstValue(JsValue value) {
    List<Map.Entry<String, JsValue>> entries = entries(value);
    return entries.isEmpty() ? JsValue.UNDEFINED : entries.get(0).getValue();
  }

  /** {@code value[key]} for a value that is not null or undefined. */
  static JsValue get(JsValue value, String key) {
    if (value instanceof JsObject object) {
      return object.get(key);
    }
    if (value instanceof JsError error) {
      return error.get(key);
    }
    if (value instanceof JsArray array) {
      return key.equals("length") ? JsValue.of(array.size()) : array.get(index(key));
    }
    if (value instanceof JsString string) {
      int i = index(key);
      String s = string.value();
      return key.equals("length") ? JsValue.of(s.length())
          : i >= 0 && i < s.length() ? JsValue.of(String.valueOf(s.charAt(i))) : JsValue.UNDEFINED;
    }
    return JsValue.UNDEFINED;
  }

  /** A canonical array index, or -1. */
  static int index(String key) {
    return JsObject.isArrayIndex(key) && key.length() < 10 ? Integer.parseInt(key) : -1;
  }

  /** JS falsiness: undefined, null, false, ±0, NaN, "". */
  static boolean isFalsy(JsValue value) {
    return !value.isTruthy();
  }

  /**
   * The TypeError of {@code value.name(...)} when {@code value} has no such method:
   * {@code "Cannot read properties of null (reading 'map')"} or {@code "value.map is not a
   * function"} (V8's wording names the expression, here given as {@code expression}).
   */
  static JsException notAFunction(JsValue value, String expression, String method) {
    if (value.isNullish()) {
      return JsException.of("TypeError",
          "Cannot read properties of " + value + " (reading '" + method + "')");
    }
    return JsException.of("TypeError", expression + "." + method + " is not a function");
  }

  /** {@code Object.keys(null)}. */
  static JsException nullToObject() {
    return JsException.of("TypeError", "Cannot convert undefined or null to object");
  }
}
