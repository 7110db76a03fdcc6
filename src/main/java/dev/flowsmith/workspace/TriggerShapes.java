package dev.flowsmith.workspace;

import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code $trigger} and {@code $accountability} the workspace's trigger sources give, for
 * callers that have no HTTP exchange (flow tests): the webhook server's request shape
 * (engine.md §3.2) and its callers ({@link LocalCallers}).
 */
public final class TriggerShapes {

  /** The address a local caller has. */
  public static final String LOOPBACK = "127.0.0.1";

  private TriggerShapes() {}

  /**
   * {@code {path, query, body, method, headers}} as {@code /flows/trigger/<id>} builds it; header
   * names are lower-cased and in name order, as the webhook server gives them.
   */
  public static JsObject webhook(String flowId, JsValue query, JsValue body, String method, Map<String, JsValue> headers) {
    Map<String, JsValue> lowered = new TreeMap<>();
    headers.forEach((name, value) -> lowered.put(name.toLowerCase(Locale.ROOT), value));
    JsObject.Builder headerObject = JsObject.builder();
    lowered.forEach(headerObject::put);
    return webhook(flowId, query, body, method, headerObject.build());
  }

  static JsObject webhook(String flowId, JsValue query, JsValue body, String method, JsObject headers) {
    return JsObject.builder()
        .put("path", "/trigger/" + flowId)
        .put("query", query)
        .put("body", body)
        .put("method", method)
        .put("headers", headers)
        .build();
  }

  /** Whether the webhook server parses a body sent with this {@code Content-Type} (JSON only). */
  public static boolean parsesBody(String contentType) {
    return TriggerRequest.isJson(contentType);
  }

  /** Whether the server starts {@code flow} (manual) for this body (engine.md §3.5), else 403. */
  public static boolean manualAllowed(dev.flowsmith.model.Flow flow, JsValue body) {
    return ManualChecks.allowed(flow, body);
  }

  /** A webhook caller: anonymous, from loopback. */
  public static JsObject webhookCaller() {
    return LocalCallers.anonymous(LOOPBACK, null, null);
  }

  /** A manual flow's caller: the desktop's admin user, from loopback. */
  public static JsObject manualCaller() {
    return LocalCallers.admin(LOOPBACK, null, null);
  }
}
