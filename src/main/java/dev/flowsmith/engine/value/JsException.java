package dev.flowsmith.engine.value;

/**
 * A JS {@code throw} crossing Java code: carries the thrown value (usually a {@link JsError}) so
 * the run loop can store it as the rejection (engine.md §4.3).
 */
public final class JsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient JsValue value;

  public JsException(JsValue value) {
    super(describe(value));
    this.value = value;
  }

  /** Throwable form of a built-in error, e.g. {@code JsException.of("SyntaxError", "…")}. */
  public static JsException of(String name, String message) {
    return new JsException(JsError.of(name, message));
  }

  /** The thrown value. */
  public JsValue value() {
    return value;
  }

  private static String describe(JsValue value) {
    if (value instanceof JsError error) {
      return JsError.header(error.get("name") instanceof JsString s ? s.value() : error.name(),
          error.message());
    }
    return JsStrings.toJsString(value);
  }
}
