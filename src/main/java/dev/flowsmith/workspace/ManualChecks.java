package dev.flowsmith.workspace;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.JsonValue.JsonString;
import java.util.Arrays;
import java.util.List;

/**
 * engine.md §3.5: the checks a manual flow's POST must pass before it runs; any failure is a
 * 403 FORBIDDEN. The accountability and read-permission checks are left out: the desktop's
 * manual caller is its admin user (see {@link LocalCallers}), for whom Directus skips them.
 */
final class ManualChecks {

  private ManualChecks() {}

  static boolean allowed(Flow flow, JsValue body) {
    if (!(body instanceof JsObject object) || !(object.get("collection") instanceof JsString collection)
        || collection.value().isEmpty()) {
      return false;
    }
    JsonObject options = flow.triggerOptions();
    if (!collections(options).contains(collection.value())) {
      return false; // also when the flow lists no collections
    }
    // [api ≥ 28] requireSelection defaults to true: keys must be a non-empty array
    boolean requireSelection = !options.get("requireSelection").filter(JsonValue.FALSE::equals).isPresent();
    return !requireSelection || object.get("keys") instanceof JsArray keys && keys.size() > 0;
  }

  private static List<String> collections(JsonObject options) {
    JsonValue value = options.get("collections").orElse(JsonValue.NULL);
    if (value instanceof JsonArray array) {
      return array.elements().stream().filter(JsonString.class::isInstance)
          .map(v -> ((JsonString) v).value()).toList();
    }
    if (value instanceof JsonString text) {
      return Arrays.stream(text.value().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
    return List.of();
  }
}
