package dev.flowsmith.app.run;

import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonNumber;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.JsonValue.JsonString;
import org.jspecify.annotations.Nullable;

/**
 * The one line the run panel's banner shows for a rejected step:
 * {@code step <key> (<type>) rejected: <message> [code] [status]}. A live run still has the error
 * itself (with Directus's {@code code} and {@code status}); a stored log only has
 * {@code {name, message, stack}} (engine.md §8.2), so code and status are shown when known.
 */
public final class RunErrors {

  private RunErrors() {}

  /** From the engine's value (a live run). */
  public static String describe(String key, @Nullable String type, JsValue value) {
    if (value instanceof JsError error) {
      return line(key, type, error.message(), text(JsJson.toModel(error.get("code"))),
          text(JsJson.toModel(error.get("status"))));
    }
    return describe(key, type, JsJson.toModel(value));
  }

  /** From the logged value (a stored or pasted run). */
  public static String describe(String key, @Nullable String type, JsonValue value) {
    if (value instanceof JsonObject object && object.has("message")) {
      return line(key, type, text(object.get("message").orElse(JsonValue.NULL)),
          text(object.get("code").orElse(JsonValue.NULL)), text(object.get("status").orElse(JsonValue.NULL)));
    }
    String whole = value instanceof JsonString s ? s.value() : JsonText.compact(value).strip();
    return line(key, type, whole, "", "");
  }

  private static String line(String key, @Nullable String type, String message, String code, String status) {
    StringBuilder text = new StringBuilder("step ").append(key);
    if (type != null) {
      text.append(" (").append(type).append(')');
    }
    text.append(" rejected: ").append(message);
    if (!code.isEmpty()) {
      text.append(" [").append(code).append(']');
    }
    if (!status.isEmpty()) {
      text.append(" [").append(status).append(']');
    }
    return text.toString();
  }

  private static String text(JsonValue value) {
    if (value instanceof JsonString s) {
      return s.value();
    }
    return value instanceof JsonNumber n ? n.literal() : "";
  }
}
