package dev.flowsmith.workspace;

import dev.flowsmith.engine.item.CollectionSchema;
import dev.flowsmith.engine.item.ItemAccess;
import dev.flowsmith.engine.item.ItemEvent;
import dev.flowsmith.engine.item.ItemStore;
import dev.flowsmith.engine.item.Query;
import dev.flowsmith.engine.item.Schema;
import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.List;

/**
 * An item store whose changes fire event flows the way ItemsService does (engine.md §3.1): filter
 * flows before the change (they may replace the payload, or fail the change so nothing is
 * written), action flows after it. Only calls with {@code emitEvents} fire events; the store
 * {@link #forUserEdits()} returns fires them for every change, as edits made in the app do.
 *
 * <p>This store owns the events: it calls the wrapped store with {@code emitEvents} false, so the
 * wrapped store's own {@link dev.flowsmith.engine.item.ItemEvents} sink sees none of these changes
 * and actions never fire twice.
 */
public final class EventedItemStore implements ItemStore {

  private final ItemStore delegate;
  private final EventTriggers triggers;
  private final boolean alwaysEmit;

  public EventedItemStore(ItemStore delegate, EventTriggers triggers) {
    this(delegate, triggers, false);
  }

  private EventedItemStore(ItemStore delegate, EventTriggers triggers, boolean alwaysEmit) {
    this.delegate = delegate;
    this.triggers = triggers;
    this.alwaysEmit = alwaysEmit;
  }

  /** The same store, firing events for every change: for edits the user makes in the app's data view. */
  public EventedItemStore forUserEdits() {
    return new EventedItemStore(delegate, triggers, true);
  }

  @Override
  public Schema schema() {
    return delegate.schema();
  }

  @Override
  public JsObject accountabilityForRole(String roleId) {
    return delegate.accountabilityForRole(roleId);
  }

  @Override
  public List<JsObject> readByQuery(String collection, Query query, ItemAccess access) {
    return delegate.readByQuery(collection, query, access);
  }

  /** One filter and one action run per created item (§3.1), the action with the item's new key. */
  @Override
  public List<JsValue> createMany(String collection, List<JsValue> items, ItemAccess access) {
    if (!emits(access)) {
      return delegate.createMany(collection, items, access);
    }
    String name = collection(collection).name();
    List<JsValue> filtered = new ArrayList<>();
    for (JsValue item : items) {
      filtered.add(triggers.filter("create", name, item, null, access.accountability()));
    }
    List<JsValue> keys = delegate.createMany(collection, filtered, quiet(access));
    for (int i = 0; i < keys.size(); i++) {
      triggers.emit(ItemEvent.created(name, filtered.get(i), keys.get(i), access.accountability()));
    }
    return keys;
  }

  /** One run per call however many keys (§3.1), keys as the caller gave them. */
  @Override
  public List<JsValue> updateMany(String collection, List<JsValue> keys, JsObject data, ItemAccess access) {
    if (!emits(access)) {
      return delegate.updateMany(collection, keys, data, access);
    }
    String name = collection(collection).name();
    JsObject changes = asChanges(triggers.filter("update", name, data, keys, access.accountability()));
    List<JsValue> updated = delegate.updateMany(collection, keys, changes, quiet(access));
    triggers.emit(ItemEvent.updated(name, changes, keys, access.accountability()));
    return updated;
  }

  /** ItemsService.updateBatch updates item by item, so each item fires its own filter and action. */
  @Override
  public List<JsValue> updateBatch(String collection, List<JsValue> items, ItemAccess access) {
    if (!emits(access)) {
      return delegate.updateBatch(collection, items, access);
    }
    CollectionSchema target = collection(collection);
    String primaryKey = target.primaryKey();
    List<JsValue> filtered = new ArrayList<>();
    List<JsObject> changes = new ArrayList<>();
    for (JsValue item : items) {
      JsObject payload = item instanceof JsObject object ? object : JsObject.EMPTY;
      JsValue key = payload.get(primaryKey);
      if (!key.isTruthy()) {
        return delegate.updateBatch(collection, items, quiet(access)); // rejects: misses primary key
      }
      JsObject after = asChanges(triggers.filter("update", target.name(), payload.without(primaryKey),
          List.of(key), access.accountability()));
      changes.add(after);
      filtered.add(JsObject.builder().put(primaryKey, key).putAll(after.without(primaryKey)).build());
    }
    List<JsValue> keys = delegate.updateBatch(collection, filtered, quiet(access));
    for (int i = 0; i < keys.size(); i++) {
      triggers.emit(ItemEvent.updated(target.name(), changes.get(i), List.of(keys.get(i)), access.accountability()));
    }
    return keys;
  }

  /**
   * The filter sees the keys as payload; what it returns is not used, as ItemsService.deleteMany
   * ignores it (the keys deleted stay those asked for).
   */
  @Override
  public List<JsValue> deleteMany(String collection, List<JsValue> keys, ItemAccess access) {
    if (!emits(access)) {
      return delegate.deleteMany(collection, keys, access);
    }
    String name = collection(collection).name();
    triggers.filter("delete", name, new JsArray(keys), null, access.accountability());
    List<JsValue> deleted = delegate.deleteMany(collection, keys, quiet(access));
    triggers.emit(ItemEvent.deleted(name, keys, access.accountability()));
    return deleted;
  }

  private boolean emits(ItemAccess access) {
    return alwaysEmit || access.emitEvents();
  }

  private static ItemAccess quiet(ItemAccess access) {
    return new ItemAccess(access.accountability(), false);
  }

  /**
   * An update's payload after its filters. A filter that returned a non-object (e.g. null from
   * {@code return: "$last"} after a condition) leaves ItemsService nothing to read keys from; it
   * fails with JS's TypeError (inferred from the code path, not verified on a server).
   */
  private static JsObject asChanges(JsValue payload) {
    if (payload instanceof JsObject object) {
      return object;
    }
    throw JsException.of("TypeError", "Cannot convert undefined or null to object");
  }
}
