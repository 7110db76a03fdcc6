package dev.flowsmith.engine.template;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsNull;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsStrings;
import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.List;

/** The helpers operations apply to rendered options (engine.md §5.5, @directus/utils). */
public final class OptionParsing {

  private OptionParsing() {}

  /**
   * {@code optionToObject}: a string is parsed as JSON ({@code __proto__} keys dropped; invalid
   * text throws SyntaxError, e.g. {@code Unexpected token 'H', "Hello" is not valid JSON}), so
   * {@code "5"} becomes {@code 5}; anything else is returned unchanged.
   */
  public static JsValue optionToObject(JsValue option) {
    return option instanceof JsString text ? JsJson.parse(text.value()) : option;
  }

  /**
   * {@code optionToString}: objects, arrays, errors, dates and null as {@code JSON.stringify}
   * (null → {@code "null"}); anything else as JS {@code String()} (undefined → {@code "undefined"}).
   */
  public static String optionToString(JsValue option) {
    if (option.isObject() || option instanceof JsNull) {
      return JsJson.stringify(option).orElseThrow();
    }
    return JsStrings.toJsString(option);
  }

  /**
   * {@code toArray}: a string split at every comma without trimming ({@code "a, b"} → {@code ["a"," b"]},
   * {@code ""} → {@code [""]}); an array as is; anything else wrapped as {@code [value]}.
   */
  public static JsArray toArray(JsValue option) {
    if (option instanceof JsString text) {
      List<JsValue> parts = new ArrayList<>();
      for (String part : text.value().split(",", -1)) {
        parts.add(JsValue.of(part));
      }
      return new JsArray(parts);
    }
    return option instanceof JsArray array ? array : JsArray.of(option);
  }
}
