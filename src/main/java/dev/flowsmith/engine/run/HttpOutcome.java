package dev.flowsmith.engine.run;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsNumber;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a webhook or manual trigger answers over HTTP for a finished run (engine.md §3.2, §4.6,
 * §12.3 C03, C06, C14): the raw result as JSON, 204 for a falsy result or an async flow, and
 * Directus's {@code {"errors": […]}} when the run threw.
 *
 * @param body the JSON text, or null for 204
 */
public record HttpOutcome(int status, @Nullable String body) {

  static final String GENERIC_MESSAGE = "An unexpected error occurred.";

  public static HttpOutcome of(Flow flow, RunResult result, boolean adminCaller) {
    if (flow.triggerOptions().get("async").filter(JsonValue.TRUE::equals).isPresent()) {
      return new HttpOutcome(204, null);
    }
    if (result.thrown()) {
      return error(result.result(), adminCaller);
    }
    JsValue value = result.result();
    if (!value.isTruthy()) {
      return new HttpOutcome(204, null);
    }
    return new HttpOutcome(200, JsJson.stringify(value).orElse(null));
  }

  /** §4.6: DirectusErrors keep their status and code; anything else is a 500 (admins see its message). */
  public static HttpOutcome error(JsValue thrown, boolean adminCaller) {
    List<JsValue> items = thrown instanceof JsArray array ? array.elements() : List.of(thrown);
    List<JsValue> errors = new ArrayList<>();
    Integer status = null;
    for (JsValue item : items) {
      int itemStatus = 500;
      if (item instanceof JsError error && error.isDirectusError()) {
        itemStatus = error.get("status") instanceof JsNumber n ? (int) n.value() : 500;
        errors.add(entry(error.message(), error.get("extensions"), error.get("code")));
      } else {
        errors.add(adminCaller ? adminEntry(item)
            : entry(GENERIC_MESSAGE, JsValue.UNDEFINED, JsValue.of("INTERNAL_SERVER_ERROR")));
      }
      status = status == null || status == itemStatus ? Integer.valueOf(itemStatus) : Integer.valueOf(500);
    }
    JsObject body = JsObject.of("errors", new JsArray(errors));
    return new HttpOutcome(status == null ? 500 : status, JsJson.stringify(body).orElseThrow());
  }

  private static JsObject entry(String message, JsValue extensions, JsValue code) {
    JsObject.Builder merged = JsObject.builder();
    if (extensions instanceof JsObject extra) {
      merged.putAll(extra);
    }
    merged.put("code", code);
    return JsObject.of("message", JsValue.of(message), "extensions", merged.build());
  }

  private static JsObject adminEntry(JsValue value) {
    String message = value instanceof JsString text ? text.value()
        : value instanceof JsError error ? error.message()
        : value instanceof JsObject object && object.get("message") instanceof JsString text ? text.value()
        : GENERIC_MESSAGE;
    JsValue extensions = value instanceof JsObject object ? object.get("extensions") : JsValue.UNDEFINED;
    return entry(message, extensions, JsValue.of("INTERNAL_SERVER_ERROR"));
  }
}
