package dev.flowsmith.app.run;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.format.FlowWriter;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.JsonValue.JsonString;
import dev.flowsmith.model.TriggerType;
import dev.flowsmith.workspace.EventSubscriptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Run in the app asks for and what the engine then gets (engine.md §3): a sample
 * {@link TriggerInput} per trigger type, prefilled from the trigger's options and from the
 * {@code $trigger.…} paths the flow's templates read, and the conversion of an input to
 * {@code $trigger} and {@code $accountability}. The shapes are the workspace's own (webhook and
 * manual as {@code TriggerRequest} builds them, events as {@code EventTriggers} does). Pure.
 */
public final class TriggerSamples {

  /** engine.md §3.2: the path a webhook or manual run sees. */
  private static final String PATH_PREFIX = "/trigger/";
  private static final List<String> ITEM_SCOPES = List.of("items.create", "items.update", "items.delete");
  private static final String NAME = "[A-Za-z_$][A-Za-z0-9_$]*";

  private TriggerSamples() {}

  /** The input the dialog starts with for {@code flow}'s trigger; a flow without one gets a payload. */
  public static TriggerInput sample(Flow flow) {
    JsonObject options = flow.triggerOptions();
    String text = FlowWriter.canonical(flow);
    return switch (flow.triggerType().orElse(TriggerType.OPERATION)) {
      case WEBHOOK -> TriggerInput.webhook(defaultHeaders(), JsonObject.EMPTY, fieldsRead(text, "$trigger.body"));
      case MANUAL -> TriggerInput.manual(first(strings(options.get("collections").orElse(JsonValue.NULL)), ""),
          List.of(JsonValue.of("1")), JsonObject.EMPTY);
      case EVENT -> {
        String scope = first(strings(options.get("scope").orElse(JsonValue.NULL)), "items.create");
        String collection = first(strings(options.get("collections").orElse(JsonValue.NULL)), "");
        List<JsonValue> keys = scope.equals("items.create") ? List.of() : List.of(JsonValue.of("1"));
        yield TriggerInput.event(scope, collection, fieldsRead(text, "$trigger.payload"), keys);
      }
      case OPERATION -> TriggerInput.payload(fieldsRead(text, "$trigger"));
      case SCHEDULE -> TriggerInput.schedule();
    };
  }

  /** The event scopes a flow listens to (engine.md §3.1: an array or a comma string). */
  public static List<String> scopes(Flow flow) {
    return strings(flow.triggerOptions().get("scope").orElse(JsonValue.NULL));
  }

  /** The collections a manual or event flow names. */
  public static List<String> collections(Flow flow) {
    return strings(flow.triggerOptions().get("collections").orElse(JsonValue.NULL));
  }

  /** {@code $trigger} for a run of {@code flow} with {@code input} (engine.md §3.1–§3.5). */
  public static JsValue trigger(Flow flow, TriggerInput input) {
    return switch (input.type()) {
      case WEBHOOK -> request(flow, flow.triggerOptions().string("method").orElse("GET"), input.get("query"),
          JsJson.fromModel(input.get("body")), input.get("headers"));
      case MANUAL -> request(flow, "POST", JsonObject.EMPTY, manualBody(input), defaultHeaders());
      case EVENT -> event(flow, input);
      case OPERATION -> JsJson.fromModel(input.get("payload"));
      case SCHEDULE -> JsValue.NULL;
    };
  }

  /**
   * {@code $accountability} of an app run (engine.md §3.6): the desktop's admin user, as for a
   * manual run pressed by an admin in Directus; schedules run with none.
   */
  public static JsValue accountability(TriggerType type) {
    if (type == TriggerType.SCHEDULE) {
      return JsValue.NULL;
    }
    return JsObject.builder().put("role", JsValue.NULL).put("user", JsValue.NULL).put("roles", JsArray.EMPTY)
        .put("admin", JsValue.of(true)).put("app", JsValue.of(true)).put("ip", "127.0.0.1").build();
  }

  /**
   * Why Directus would refuse this manual run with 403 (engine.md §3.5), or empty when it would
   * run. The app runs it anyway; the dialog shows the warning.
   */
  public static Optional<String> manualProblem(Flow flow, TriggerInput input) {
    String collection = input.text("collection");
    if (collection.isEmpty()) {
      return Optional.of("Directus refuses a manual run without a collection");
    }
    if (!collections(flow).contains(collection)) {
      return Optional.of("the flow's trigger does not list the collection \"" + collection + "\"");
    }
    boolean requireSelection = !flow.triggerOptions().get("requireSelection").filter(JsonValue.FALSE::equals)
        .isPresent();
    if (requireSelection && input.list("keys").isEmpty()) {
      return Optional.of("the trigger requires a selection: give at least one key");
    }
    return Optional.empty();
  }

  /** engine.md §3.2 {@code {path, query, body, method, headers}}, header names lower-cased in name order. */
  private static JsObject request(Flow flow, String method, JsonValue query, JsValue body, JsonValue headers) {
    Map<String, JsValue> lowered = new TreeMap<>();
    if (headers instanceof JsonObject object) {
      object.members().forEach((name, value) -> lowered.put(name.toLowerCase(Locale.ROOT), JsJson.fromModel(value)));
    }
    JsObject.Builder headerObject = JsObject.builder();
    lowered.forEach(headerObject::put);
    return JsObject.builder()
        .put("path", PATH_PREFIX + flow.id())
        .put("query", JsJson.fromModel(query instanceof JsonObject ? query : JsonObject.EMPTY))
        .put("body", body)
        .put("method", method)
        .put("headers", headerObject.build())
        .build();
  }

  /** engine.md §3.5: the app sends {@code {...values, collection, keys}}; no keys when none are selected. */
  private static JsValue manualBody(TriggerInput input) {
    JsonObject.Builder body = JsonObject.builder();
    if (input.get("values") instanceof JsonObject values) {
      body.putAll(values);
    }
    body.put("collection", input.text("collection"));
    if (!input.list("keys").isEmpty()) {
      body.put("keys", new JsonArray(input.list("keys")));
    }
    return JsJson.fromModel(body.build());
  }

  /** engine.md §3.1 table: filter {@code payload, event, meta…}, action {@code event, meta…}. */
  private static JsValue event(Flow flow, TriggerInput input) {
    String scope = input.text("scope");
    String collection = input.text("collection");
    boolean filter = flow.triggerOptions().string("type").filter("filter"::equals).isPresent();
    JsValue payload = JsJson.fromModel(input.get("payload"));
    JsValue keys = JsJson.fromModel(new JsonArray(input.list("keys")));
    if (!ITEM_SCOPES.contains(scope)) {
      return filter ? JsObject.builder().put("payload", payload).put("event", scope).build()
          : JsObject.builder().put("event", scope).put("payload", payload).build();
    }
    String action = scope.substring("items.".length());
    String event = EventSubscriptions.itemEventName(collection, action);
    if (action.equals("delete")) {
      payload = keys; // a delete's payload is the keys
    }
    JsObject.Builder trigger = JsObject.builder();
    if (filter) {
      trigger.put("payload", payload).put("event", event);
      if (action.equals("update")) {
        trigger.put("keys", keys);
      }
    } else {
      trigger.put("event", event).put("payload", payload);
      if (action.equals("create")) {
        trigger.put("key", input.list("keys").isEmpty() ? JsValue.NULL : ((JsArray) keys).elements().get(0));
      } else {
        trigger.put("keys", keys);
      }
    }
    return trigger.put("collection", collection).build();
  }

  private static JsonObject defaultHeaders() {
    return JsonObject.builder().put("content-type", "application/json").put("user-agent", "Flowsmith").build();
  }

  /** An object with one empty-string member per {@code <prefix>.<name>} the flow's templates read. */
  static JsonObject fieldsRead(String flowText, String prefix) {
    Matcher found = Pattern.compile(Pattern.quote(prefix) + "\\.(" + NAME + ")").matcher(flowText);
    JsonObject.Builder sample = JsonObject.builder();
    List<String> seen = new ArrayList<>();
    while (found.find()) {
      String name = found.group(1);
      if (!seen.contains(name) && !(prefix.equals("$trigger") && List.of("body", "payload").contains(name))) {
        seen.add(name);
        sample.put(name, "");
      }
    }
    return sample.build();
  }

  private static List<String> strings(JsonValue value) {
    if (value instanceof JsonArray array) {
      return array.elements().stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).value())
          .toList();
    }
    if (value instanceof JsonString text) {
      return Arrays.stream(text.value().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
    return List.of();
  }

  private static String first(List<String> values, String fallback) {
    return values.isEmpty() ? fallback : values.get(0);
  }
}
