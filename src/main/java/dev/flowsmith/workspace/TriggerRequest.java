package dev.flowsmith.workspace;

import dev.flowsmith.engine.http.NodeHeaders;
import dev.flowsmith.engine.run.HttpOutcome;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.jspecify.annotations.Nullable;

/**
 * Builds {@code $trigger = {path, query, body, method, headers}} from an HTTP request
 * (engine.md §3.2), with Express's rules: header names lower-cased in the order they arrived, a
 * JSON body parsed only for {@code application/json} and at most {@code maxBodyBytes} long,
 * anything else {@code {}}.
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

  private TriggerRequest() {}

  static JsObject of(String flowId, String method, @Nullable String rawQuery, HttpFields fields, JsValue body) {
    return TriggerShapes.webhook(flowId, QueryString.parse(rawQuery), body, method, headers(fields));
  }

  /** Lower-cased names, in arrival order as Node keeps them, repeated ones folded by Node's rules. */
  static JsObject headers(HttpFields fields) {
    Map<String, List<String>> byName = new LinkedHashMap<>();
    for (HttpField field : fields) {
      byName.computeIfAbsent(field.getName(), name -> new ArrayList<>()).add(field.getValue());
    }
    return NodeHeaders.toJs(NodeHeaders.lowered(byName));
  }

  /** Whether Express's JSON parser would read this request's body at all. */
  static boolean hasJsonBody(HttpFields fields) {
    return isJson(fields.get(HttpHeader.CONTENT_TYPE));
  }

  /**
   * The body as body-parser's strict JSON parser gives it. Bytes that are not UTF-8 become U+FFFD
   * as in Node's decoder: Directus 11.11 answers {@code {"a":"\xff\xfe ok"}} with 200 and
   * {@code "\uFFFD\uFFFD ok"} (measured), so this is not an error.
   */
  static JsValue jsonBody(byte[] bytes) throws Refused {
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
