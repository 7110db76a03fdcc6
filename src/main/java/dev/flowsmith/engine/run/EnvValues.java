package dev.flowsmith.engine.run;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds {@code $env} from text values the way Directus's env loader types them (engine.md §9):
 * {@code "42"} → 42, {@code "true"} → true, JSON → parsed, comma lists → arrays, and a
 * {@code string:}, {@code number:}, {@code json:} or {@code array:} prefix forces the type.
 */
public final class EnvValues {

  private EnvValues() {}

  /** The allow-listed variables of {@code source}, in allow-list order; names not set are absent. */
  public static JsObject allowListed(List<String> allowList, Map<String, String> source) {
    JsObject.Builder env = JsObject.builder();
    for (String name : allowList) {
      String value = source.get(name);
      if (value != null) {
        env.put(name, typed(value));
      }
    }
    return env.build();
  }

  public static JsValue typed(String text) {
    if (text.startsWith("string:")) {
      return JsValue.of(text.substring("string:".length()));
    }
    if (text.startsWith("number:")) {
      return JsValue.of(Double.parseDouble(text.substring("number:".length()).trim()));
    }
    if (text.startsWith("json:")) {
      return JsJson.parse(text.substring("json:".length()));
    }
    if (text.startsWith("array:")) {
      return split(text.substring("array:".length()));
    }
    if (text.equals("true") || text.equals("false")) {
      return JsValue.of(Boolean.parseBoolean(text));
    }
    if (text.matches("-?(0|[1-9]\\d{0,15})(\\.\\d+)?")) {
      return JsValue.of(Double.parseDouble(text));
    }
    if (text.startsWith("{") || text.startsWith("[")) {
      try {
        return JsJson.parse(text);
      } catch (JsException notJson) {
        return JsValue.of(text);
      }
    }
    if (text.contains(",")) {
      return split(text);
    }
    return JsValue.of(text);
  }

  private static JsArray split(String text) {
    List<JsValue> parts = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      parts.add(typed(part.trim()));
    }
    return new JsArray(parts);
  }
}
