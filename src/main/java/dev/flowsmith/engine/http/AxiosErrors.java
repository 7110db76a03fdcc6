package dev.flowsmith.engine.http;

import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The errors the request operation rejects with when no response came back (engine.md §6.11).
 * Directus rethrows axios' error object; we build its look-alike. Its enumerable properties are
 * what axios' {@code toJSON} shows, in that order: {@code message}, {@code name}, a trimmed
 * {@code config} ({@code url}, {@code method}, {@code headers}, {@code data}) and {@code code}
 * when there is one; the stack is removed by the run loop, the status is absent. Errors that
 * axios wraps from Node ({@code AxiosError.from}) are named {@code Error} and carry the Node
 * error as {@code cause}; errors axios makes itself (timeout, unsupported protocol) are named
 * {@code AxiosError}.
 */
public final class AxiosErrors {

  private AxiosErrors() {}

  /** The trimmed request config shown in an error. */
  public static JsObject config(String url, String method, List<HttpTransport.Header> headers,
      @Nullable String data) {
    JsObject.Builder shown = JsObject.builder();
    for (HttpTransport.Header header : headers) {
      shown.put(header.name(), header.value());
    }
    JsObject.Builder config = JsObject.builder()
        .put("url", url)
        .put("method", method.toLowerCase(Locale.ROOT))
        .put("headers", shown.build());
    if (data != null) {
      config.put("data", data);
    }
    return config.build();
  }

  /** A Node network error as axios rethrows it ({@code AxiosError.from}). */
  public static JsException wrapped(String message, @Nullable String code, JsObject config) {
    JsError error = build("Error", message, code, config).withCause(JsError.error(message));
    return new JsException(error);
  }

  /** An error axios raises itself ({@code new AxiosError(message, code, config)}). */
  public static JsException created(String message, String code, JsObject config) {
    return new JsException(build("AxiosError", message, code, config));
  }

  private static JsError build(String name, String message, @Nullable String code, JsObject config) {
    JsObject.Builder properties = JsObject.builder()
        .put("message", message)
        .put("name", name)
        .put("config", config);
    if (code != null) {
      properties.put("code", code);
    }
    return new JsError(name, message, JsError.header(name, message), null, properties.build());
  }

  /** A Node {@code TypeError [ERR_INVALID_URL]: Invalid URL}, thrown before axios sends. */
  public static JsException invalidUrl(String input) {
    JsObject properties = JsObject.builder()
        .put("code", "ERR_INVALID_URL")
        .put("input", JsValue.of(input))
        .build();
    return new JsException(new JsError("TypeError", "Invalid URL",
        JsError.header("TypeError", "Invalid URL"), null, properties));
  }
}
