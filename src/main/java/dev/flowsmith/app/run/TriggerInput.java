package dev.flowsmith.app.run;

import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.TriggerType;
import java.util.List;
import java.util.Objects;

/**
 * What the run dialog collected for one trigger type, as a small JSON object so the same value is
 * shown, remembered ({@link RecentPayloads}) and turned into {@code $trigger} by
 * {@link TriggerSamples#trigger}. Members per type:
 * <ul>
 *   <li>webhook: {@code headers}, {@code query}, {@code body}</li>
 *   <li>manual: {@code collection}, {@code keys} (array), {@code values} (dialog field values)</li>
 *   <li>event: {@code scope} (e.g. {@code items.create}), {@code collection}, {@code payload}, {@code keys}</li>
 *   <li>operation: {@code payload}</li>
 *   <li>schedule: nothing</li>
 * </ul>
 */
public record TriggerInput(TriggerType type, JsonObject fields) {

  public TriggerInput {
    Objects.requireNonNull(type);
    Objects.requireNonNull(fields);
  }

  public static TriggerInput webhook(JsonValue headers, JsonValue query, JsonValue body) {
    return new TriggerInput(TriggerType.WEBHOOK,
        JsonObject.builder().put("headers", headers).put("query", query).put("body", body).build());
  }

  public static TriggerInput manual(String collection, List<JsonValue> keys, JsonValue values) {
    return new TriggerInput(TriggerType.MANUAL, JsonObject.builder().put("collection", collection)
        .put("keys", new JsonArray(keys)).put("values", values).build());
  }

  public static TriggerInput event(String scope, String collection, JsonValue payload, List<JsonValue> keys) {
    return new TriggerInput(TriggerType.EVENT, JsonObject.builder().put("scope", scope)
        .put("collection", collection).put("payload", payload).put("keys", new JsonArray(keys)).build());
  }

  /** Another flow's payload ({@code trigger: "operation"}). */
  public static TriggerInput payload(JsonValue payload) {
    return new TriggerInput(TriggerType.OPERATION, JsonObject.builder().put("payload", payload).build());
  }

  public static TriggerInput schedule() {
    return new TriggerInput(TriggerType.SCHEDULE, JsonObject.EMPTY);
  }

  /** A member, or JSON null when absent. */
  public JsonValue get(String name) {
    return fields.get(name).orElse(JsonValue.NULL);
  }

  public String text(String name) {
    return fields.string(name).orElse("");
  }

  public List<JsonValue> list(String name) {
    return get(name) instanceof JsonArray array ? array.elements() : List.of();
  }
}
