package dev.flowsmith.engine.http;

import dev.flowsmith.engine.value.JsArray;
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
 * what axios' {@code toJSON} shows, in that order: {@code message}, {@code name}, the
 * {@code config} ({@link #config}) and {@code code}
 * when there is one; the stack is removed by the run loop, the status is absent. Errors that
 * axios wraps from Node ({@code AxiosError.from}) are named {@code Error} and carry the Node
 * error as {@code cause}; errors axios makes itself (timeout, unsupported protocol) are named
 * {@code AxiosError}.
 */
public final class AxiosErrors {

  private AxiosErrors() {}

  /**
   * The request config an axios error carries, as Directus 11.11 shows it (checked against the
   * server with a refused port and an ftp URL): axios' defaults in its key order, the headers as
   * sent, Directus' two IP-validating agents (as fresh agents serialize: their sockets and
   * listeners are not shown), then {@code url}, {@code method}, {@code data} when there is a body
   * and {@code allowAbsoluteUrls}. Functions ({@code transformRequest}, the {@code env} classes)
   * show as JSON.stringify shows them.
   */
  public static JsObject config(String url, String method, List<HttpTransport.Header> headers,
      @Nullable String data) {
    JsObject.Builder shown = JsObject.builder();
    for (HttpTransport.Header header : headers) {
      shown.put(header.name(), header.value());
    }
    JsObject.Builder config = JsObject.builder()
        .put("transitional", JsObject.builder()
            .put("silentJSONParsing", JsValue.TRUE)
            .put("forcedJSONParsing", JsValue.TRUE)
            .put("clarifyTimeoutError", JsValue.FALSE)
            .build())
        .put("adapter", JsArray.of(JsValue.of("xhr"), JsValue.of("http"), JsValue.of("fetch")))
        .put("transformRequest", JsArray.of(JsValue.NULL))
        .put("transformResponse", JsArray.of(JsValue.NULL))
        .put("timeout", 0)
        .put("xsrfCookieName", "XSRF-TOKEN")
        .put("xsrfHeaderName", "X-XSRF-TOKEN")
        .put("maxContentLength", -1)
        .put("maxBodyLength", -1)
        .put("env", JsObject.EMPTY)
        .put("headers", shown.build())
        .put("httpAgent", agent(false))
        .put("httpsAgent", agent(true))
        .put("url", url)
        .put("method", method.toLowerCase(Locale.ROOT));
    if (data != null) {
      config.put("data", data);
    }
    return config.put("allowAbsoluteUrls", JsValue.TRUE).build();
  }

  /** A Node {@code http.Agent} / {@code https.Agent} as JSON.stringify shows a fresh one. */
  private static JsObject agent(boolean https) {
    JsObject.Builder options = JsObject.builder();
    if (https) {
      options.put("defaultPort", 443).put("protocol", "https:");
    }
    options.put("noDelay", JsValue.TRUE).put("path", JsValue.NULL);
    JsObject.Builder agent = JsObject.builder()
        .put("_events", JsObject.EMPTY)
        .put("_eventsCount", 2)
        .put("options", options.build())
        .put("defaultPort", https ? 443 : 80)
        .put("protocol", https ? "https:" : "http:")
        .put("requests", JsObject.EMPTY)
        .put("sockets", JsObject.EMPTY)
        .put("freeSockets", JsObject.EMPTY)
        .put("keepAliveMsecs", 1000)
        .put("keepAlive", JsValue.FALSE)
        .put("maxSockets", JsValue.NULL)
        .put("maxFreeSockets", 256)
        .put("scheduling", "lifo")
        .put("maxTotalSockets", JsValue.NULL)
        .put("totalSocketCount", 0)
        .put("agentKeepAliveTimeoutBuffer", 1000);
    if (https) {
      agent.put("maxCachedSessions", 100)
          .put("_sessionCache", JsObject.builder().put("map", JsObject.EMPTY).put("list", JsArray.EMPTY).build());
    }
    return agent.build();
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
