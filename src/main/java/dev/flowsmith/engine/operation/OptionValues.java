package dev.flowsmith.engine.operation;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsNull;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsStrings;
import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The parsing helpers operations apply to their already-rendered options (engine.md §5.5), as
 * {@code @directus/utils} defines them. A template engineer's {@code OptionParsing} has the same
 * semantics; the two are to be unified.
 */
public final class OptionValues {

  private OptionValues() {}

  /**
   * {@code optionToObject(v)}: a string is JSON-parsed (so {@code "5"} becomes {@code 5}; invalid
   * text throws the SyntaxError V8 would), anything else is returned unchanged.
   */
  public static JsValue optionToObject(JsValue value) {
    return value instanceof JsString text ? JsJson.parse(text.value()) : value;
  }

  /**
   * {@code optionToString(v)}: whatever JS calls {@code typeof "object"} (objects, arrays, errors,
   * dates, null) as JSON text, everything else as JS {@code String(v)} ({@code "undefined"} for undefined).
   */
  public static String optionToString(JsValue value) {
    if (value.isObject() || value instanceof JsNull) {
      return JsJson.stringify(value).orElse("undefined");
    }
    return JsStrings.toJsString(value);
  }

  /**
   * {@code toArray(v)}: a string is split at every comma without trimming ({@code "a, b"} gives
   * {@code ["a", " b"]}), an array is kept, anything else becomes a one-element array.
   */
  public static JsArray toArray(JsValue value) {
    if (value instanceof JsArray array) {
      return array;
    }
    if (value instanceof JsString text) {
      List<JsValue> parts = new ArrayList<>();
      for (String part : text.value().split(",", -1)) {
        parts.add(JsValue.of(part));
      }
      return new JsArray(parts);
    }
    return JsArray.of(value);
  }
}
