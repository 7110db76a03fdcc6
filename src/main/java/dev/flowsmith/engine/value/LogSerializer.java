package dev.flowsmith.engine.value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The deep copy Directus writes into the run log (engine.md §8.2), which differs from plain JSON:
 * every error becomes {@code {name, message, stack, cause}} (undefined members dropped), and with
 * an env snapshot every string containing an allow-listed env value has each occurrence replaced
 * by {@code --redacted:<NAME>--}. The result is plain JSON data: no undefined, errors or dates.
 * (Cycles, which the log writes as "[Circular]", cannot occur in immutable values.)
 */
public final class LogSerializer {

  private LogSerializer() {}

  /** The log copy without env masking (as used for the log operation's scope, engine.md §5.7). */
  public static JsValue serialize(JsValue value) {
    return serialize(value, JsObject.EMPTY);
  }

  /**
   * The log copy with env masking: {@code env} is the {@code $env} snapshot; only its non-empty
   * string values are secrets (numbers and "" are not), matched case-sensitively, in env order.
   * A top-level undefined stays undefined.
   */
  public static JsValue serialize(JsValue value, JsObject env) {
    Map<String, String> secrets = new LinkedHashMap<>();
    env.members().forEach((name, secret) -> {
      if (secret instanceof JsString s && !s.value().isEmpty()) {
        secrets.put(name, s.value());
      }
    });
    return value.isUndefined() ? value : copy(value, secrets);
  }

  private static JsValue copy(JsValue value, Map<String, String> secrets) {
    if (value instanceof JsError error) {
      // engine.md §8.2: the log keeps name, message, stack, cause — not code/status/extensions
      return copy(JsObject.builder()
          .put("name", error.get("name"))
          .put("message", error.get("message"))
          .put("stack", error.get("stack"))
          .put("cause", error.get("cause"))
          .build(), secrets);
    }
    if (value instanceof JsObject object) {
      JsObject.Builder members = JsObject.builder();
      object.members().forEach((key, member) -> {
        if (!member.isUndefined()) {
          members.put(key, copy(member, secrets));
        }
      });
      return members.build();
    }
    if (value instanceof JsArray array) {
      List<JsValue> elements = new ArrayList<>(array.size());
      array.elements().forEach(element ->
          elements.add(element.isUndefined() ? JsValue.NULL : copy(element, secrets)));
      return new JsArray(elements);
    }
    if (value instanceof JsDate date) {
      return copy(date.toJson(), secrets);
    }
    if (value instanceof JsNumber number && !Double.isFinite(number.value())) {
      return JsValue.NULL;
    }
    if (value instanceof JsString text && !secrets.isEmpty()) {
      return JsValue.of(mask(text.value(), secrets));
    }
    return value;
  }

  private static String mask(String text, Map<String, String> secrets) {
    String masked = text;
    for (Map.Entry<String, String> secret : secrets.entrySet()) {
      masked = masked.replace(secret.getValue(), "--redacted:" + secret.getKey() + "--");
    }
    return masked;
  }
}
