package dev.flowsmith.workspace;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import dev.flowsmith.engine.http.NodeHeaders;
import dev.flowsmith.engine.run.HttpOutcome;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Builds {@code $trigger = {path, query, body, method, headers}} from an HTTP request
 * (engine.md §3.2), with Express's rules: header names lower-cased, a JSON body parsed only for
 * {@code application/json} and at most {@code maxBodyBytes} long, anything else {@code {}}.
 */
final class TriggerRequest {

  /** The request cannot become a trigger; answer {@code outcome} instead of running. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    final transient HttpOutcome outcome;

    Refused(HttpOutcome outcome) {
      super(outcome.body(), null, false, false);
      this.outcome = outcome;
    }
  }

  /** How much of a too-large body is read and dropped before answering 413 (then the connection closes). */
  private static final long DRAIN_LIMIT = 64L * 1024 * 1024;

  private TriggerRequest() {}

  static JsObject read(HttpExchange exchange, String flowId, int maxBodyBytes) throws IOException, Refused {
    JsObject headers = headers(exchange.getRequestHeaders());
    return TriggerShapes.webhook(flowId, QueryString.parse(exchange.getRequestURI().getRawQuery()),
        body(exchange, maxBodyBytes), exchange.getRequestMethod(), headers);
  }

  /**
   * Lower-cased names. The JDK server does not keep the order headers arrived in, so they come
   * in name order (Node would keep arrival order; only {@code $all} output and logs show it).
   */
  static JsObject headers(Headers requestHeaders) {
    return NodeHeaders.toJs(new TreeMap<>(NodeHeaders.lowered(requestHeaders)));
  }

  private static JsValue body(HttpExchange exchange, int maxBodyBytes) throws IOException, Refused {
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    if (!isJson(contentType)) {
      return JsObject.EMPTY;
    }
    byte[] bytes;
    try (InputStream in = exchange.getRequestBody()) {
      bytes = in.readNBytes(maxBodyBytes + 1);
      if (bytes.length > maxBodyBytes) {
        // read what the client still sends (up to a bound), or it gets a broken pipe, not the 413
        // read(), not skip(): the JDK's request body stream does not bound skip() by its length
        byte[] sink = new byte[64 * 1024];
        long drained = 0;
        for (int n; drained < DRAIN_LIMIT && (n = in.read(sink)) > 0; ) {
          drained += n;
        }
        throw new Refused(HttpErrors.TOO_LARGE);
      }
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.isBlank()) {
      return JsObject.EMPTY;
    }
    // body-parser's strict mode: only an object or an array is a JSON body
    char first = text.strip().charAt(0);
    if (first != '{' && first != '[') {
      throw new Refused(HttpErrors.invalidPayload("Unexpected token '" + first + "', \"" + abbreviate(text)
          + "\" is not valid JSON"));
    }
    try {
      return JsJson.parse(text);
    } catch (JsException malformed) {
      throw new Refused(HttpErrors.invalidPayload(malformed.getMessage()));
    }
  }

  /** Express's {@code type-is} for {@code application/json}: the media type, parameters ignored. */
  static boolean isJson(@Nullable String contentType) {
    if (contentType == null) {
      return false;
    }
    int semicolon = contentType.indexOf(';');
    String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
    return type.equalsIgnoreCase("application/json");
  }

  private static String abbreviate(String text) {
    return text.length() <= 10 ? text : text.substring(0, 10) + "...";
  }
}
