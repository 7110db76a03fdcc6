package dev.flowsmith.workspace.flowtest;

import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.JsonValue.JsonString;
import dev.flowsmith.model.TriggerType;
import dev.flowsmith.workspace.TriggerShapes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A test's {@code trigger} and {@code accountability} completed into the {@code $trigger} and
 * {@code $accountability} the workspace's trigger source would give the flow:
 * <ul>
 *   <li>webhook and manual flows: {@code {body, query, headers, method}} becomes the webhook
 *       server's request ({@code path}, lower-cased headers with {@code host} and, for a body,
 *       {@code content-type: application/json}); the method must be the one the flow listens to,
 *       a manual flow's body must pass §3.5's checks; callers as {@code LocalCallers} maps them
 *       (webhook anonymous, manual the desktop's admin). A trigger that already has a
 *       {@code path} is taken as the whole {@code $trigger}.</li>
 *   <li>schedule flows: {@code null}, as a schedule gives.</li>
 *   <li>event and "another flow" triggers: the given value as it is.</li>
 * </ul>
 * An {@code accountability} the test gives (also {@code null}) wins over the caller.
 */
final class TestTrigger {

  private static final Set<String> REQUEST_KEYS = Set.of("body", "query", "headers", "method");

  /** What the run starts with, or why it cannot start. */
  record Start(JsValue trigger, JsValue accountability, @Nullable String problem) {
    static Start refused(String problem) {
      return new Start(JsValue.NULL, JsValue.NULL, problem);
    }
  }

  private TestTrigger() {}

  static Start of(Flow flow, FlowTestCase testCase, int port) {
    TriggerType type = flow.triggerType().orElse(TriggerType.OPERATION);
    JsonValue given = testCase.trigger();
    JsValue caller = JsValue.NULL;
    JsValue trigger;
    switch (type) {
      case WEBHOOK, MANUAL -> {
        boolean manual = type == TriggerType.MANUAL;
        caller = manual ? TriggerShapes.manualCaller() : TriggerShapes.webhookCaller();
        if (given instanceof JsonObject object && object.has("path")) {
          trigger = JsJson.fromModel(object);
        } else if (given instanceof JsonObject object) {
          Start request = request(flow, object, manual, port);
          if (request.problem() != null) {
            return request;
          }
          trigger = request.trigger();
        } else {
          return Start.refused("trigger: a " + type.id() + " flow's trigger is an object "
              + "{body, query, headers, method}, not " + given.typeName());
        }
      }
      case SCHEDULE -> trigger = JsValue.NULL;
      default -> trigger = JsJson.fromModel(given);
    }
    JsValue accountability = testCase.accountability() == null ? caller
        : JsJson.fromModel(testCase.accountability());
    return new Start(trigger, accountability, null);
  }

  private static Start request(Flow flow, JsonObject given, boolean manual, int port) {
    for (String key : given.members().keySet()) {
      if (!REQUEST_KEYS.contains(key)) {
        return Start.refused("trigger." + key + ": a " + (manual ? "manual" : "webhook")
            + " trigger takes " + REQUEST_KEYS.stream().sorted().toList()
            + " (or a whole $trigger with \"path\")");
      }
    }
    String listens = manual ? "POST" : flow.triggerOptions().string("method").orElse("GET");
    JsonValue methodValue = given.get("method").orElse(JsonValue.of(listens));
    if (!(methodValue instanceof JsonString methodText)) {
      return Start.refused("trigger.method must be a string");
    }
    String method = methodText.value().toUpperCase(java.util.Locale.ROOT);
    if (!method.equals(listens)) {
      return Start.refused("trigger.method: the flow's " + (manual ? "manual" : "webhook") + " trigger answers "
          + listens + " requests; a " + method + " request gets 403 Forbidden");
    }
    Map<String, JsValue> headers = new LinkedHashMap<>();
    headers.put("host", JsValue.of(TriggerShapes.LOOPBACK + ":" + port));
    JsonValue headerValue = given.get("headers").orElse(JsonObject.EMPTY);
    if (!(headerValue instanceof JsonObject headerObject)) {
      return Start.refused("trigger.headers must be an object of header: value");
    }
    JsonValue body = given.get("body").orElse(JsonObject.EMPTY);
    if (given.has("body")) {
      headers.put("content-type", JsValue.of("application/json"));
    }
    headerObject.members().forEach((name, value) -> headers.put(name.toLowerCase(java.util.Locale.ROOT),
        JsJson.fromModel(value)));
    JsValue contentType = headers.get("content-type");
    JsValue parsedBody = JsJson.fromModel(body);
    if (!(contentType instanceof dev.flowsmith.engine.value.JsString text) || !TriggerShapes.parsesBody(text.value())) {
      parsedBody = JsObject.EMPTY; // the server reads only JSON bodies
    }
    if (manual && !TriggerShapes.manualAllowed(flow, parsedBody)) {
      return Start.refused("trigger.body: the manual flow refuses this request with 403 Forbidden: the body needs "
          + "\"collection\" (one the trigger lists) and, unless requireSelection is off, \"keys\"");
    }
    JsValue query = JsJson.fromModel(given.get("query").orElse(JsonObject.EMPTY));
    return new Start(TriggerShapes.webhook(flow.id(), query, parsedBody, method, headers), JsValue.NULL, null);
  }
}
