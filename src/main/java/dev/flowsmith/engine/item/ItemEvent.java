package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.util.List;
import java.util.Objects;

/**
 * One action event of the item services, fired after the change is stored and only when the call
 * asked for events (engine.md §6 "emitEvents"; §3.1 for what event flows receive).
 *
 * @param action {@code create}, {@code update} or {@code delete}
 * @param meta what Directus passes to action hooks: {@code {payload, key, collection}} for a
 *     create, {@code {payload, keys, collection}} for an update, {@code {payload: keys, keys,
 *     collection}} for a delete; keys as the caller gave them
 * @param accountability the accountability the change was made with
 */
public record ItemEvent(String action, String collection, JsObject meta, JsValue accountability) {

  public ItemEvent {
    Objects.requireNonNull(action);
    Objects.requireNonNull(collection);
    Objects.requireNonNull(meta);
    Objects.requireNonNull(accountability);
  }

  public static ItemEvent created(String collection, JsValue payload, JsValue key, JsValue accountability) {
    JsObject meta = JsObject.builder()
        .put("payload", payload).put("key", key).put("collection", collection).build();
    return new ItemEvent("create", collection, meta, accountability);
  }

  public static ItemEvent updated(String collection, JsValue payload, List<JsValue> keys, JsValue accountability) {
    JsObject meta = JsObject.builder()
        .put("payload", payload).put("keys", new JsArray(keys)).put("collection", collection).build();
    return new ItemEvent("update", collection, meta, accountability);
  }

  public static ItemEvent deleted(String collection, List<JsValue> keys, JsValue accountability) {
    JsArray keyArray = new JsArray(keys);
    JsObject meta = JsObject.builder()
        .put("payload", keyArray).put("keys", keyArray).put("collection", collection).build();
    return new ItemEvent("delete", collection, meta, accountability);
  }

  /** The event names hooks listen to: {@code items.create} and {@code articles.items.create}. */
  public List<String> names() {
    return List.of("items." + action, collection + ".items." + action);
  }
}
