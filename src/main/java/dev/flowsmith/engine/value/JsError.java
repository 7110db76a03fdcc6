package dev.flowsmith.engine.value;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A JS error object (engine.md §1.2). {@code name}, {@code message}, {@code stack} and
 * {@code cause} are the hidden (non-enumerable or inherited) properties that path lookup sees but
 * JSON does not; {@code properties} are the own enumerable ones, in JS order, which are all that
 * JSON shows. An enumerable {@code name} or {@code message} in {@code properties} shadows the
 * hidden one, as an own property does in JS.
 *
 * @param stack null once deleted (engine.md §4.3) or never captured
 * @param cause null when the error has no {@code cause} property
 */
public record JsError(String name, String message, @Nullable String stack, @Nullable JsValue cause,
    JsObject properties) implements JsValue {

  public static final String DIRECTUS_ERROR = "DirectusError";

  public JsError {
    Objects.requireNonNull(name);
    Objects.requireNonNull(message);
    Objects.requireNonNull(properties);
  }

  /** A plain {@code Error} ({@code name} "Error"): JSON shows {@code {}}. */
  public static JsError error(String message) {
    return of("Error", message);
  }

  /** A built-in error such as {@code SyntaxError}, {@code TypeError}: JSON shows {@code {}}. */
  public static JsError of(String name, String message) {
    return new JsError(name, message, header(name, message), null, JsObject.EMPTY);
  }

  /**
   * A Directus error (engine.md §1.2): enumerable {@code name} "DirectusError", {@code extensions}
   * (undefined when null), {@code code}, {@code status}, in that order; hidden {@code message}.
   */
  public static JsError directus(String code, int status, String message, @Nullable JsValue extensions) {
    JsObject properties = JsObject.builder()
        .put("name", DIRECTUS_ERROR)
        .put("extensions", extensions == null ? JsValue.UNDEFINED : extensions)
        .put("code", code)
        .put("status", status)
        .build();
    return new JsError(DIRECTUS_ERROR, message, header(DIRECTUS_ERROR, message), null, properties);
  }

  /** A library error with enumerable {@code name} and {@code message} (e.g. JsonWebTokenError). */
  public static JsError library(String name, String message) {
    JsObject properties = JsObject.builder().put("name", name).put("message", message).build();
    return new JsError(name, message, header(name, message), null, properties);
  }

  /** The first line V8 writes into {@code stack}: {@code "Name: message"}, or just the name. */
  public static String header(String name, String message) {
    return message.isEmpty() ? name : name + ": " + message;
  }

  /** JS {@code key in error}: own enumerable keys, {@code name}, {@code message}, and stack/cause when present. */
  public boolean has(String key) {
    return properties.has(key) || key.equals("name") || key.equals("message")
        || key.equals("stack") && stack != null || key.equals("cause") && cause != null;
  }

  /** JS {@code error[key]}, or undefined when {@link #has} is false. */
  public JsValue get(String key) {
    if (properties.has(key)) {
      return properties.get(key);
    }
    return switch (key) {
      case "name" -> JsValue.of(name);
      case "message" -> JsValue.of(message);
      case "stack" -> stack == null ? JsValue.UNDEFINED : JsValue.of(stack);
      case "cause" -> cause == null ? JsValue.UNDEFINED : cause;
      default -> JsValue.UNDEFINED;
    };
  }

  /** True when the visible {@code name} is "DirectusError" (how Directus recognises its errors). */
  public boolean isDirectusError() {
    return get("name").equals(JsValue.of(DIRECTUS_ERROR));
  }

  /** The copy engine.md §4.3 stores for a rejection: the same error with {@code stack} deleted. */
  public JsError withoutStack() {
    return new JsError(name, message, null, cause, properties);
  }

  public JsError withStack(@Nullable String newStack) {
    return new JsError(name, message, newStack, cause, properties);
  }

  public JsError withCause(@Nullable JsValue newCause) {
    return new JsError(name, message, stack, newCause, properties);
  }

  /** A copy with one own enumerable property set (JS assignment on the error). */
  public JsError withProperty(String key, JsValue value) {
    return new JsError(name, message, stack, cause, properties.with(key, value));
  }
}
