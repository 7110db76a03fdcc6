package dev.flowsmith.engine.operation;

import dev.flowsmith.engine.item.AccessPolicy;
import dev.flowsmith.engine.item.ItemAccess;
import dev.flowsmith.engine.item.ItemStore;
import dev.flowsmith.engine.item.Query;
import dev.flowsmith.engine.item.Schema;
import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A stand-in store that records which service method an operation called and with what, like the
 * mocked ItemsService in Directus's operation tests (engine.md §12.4 D05–D07). Every call answers
 * with the keys it got, or a single {@code {"id":1}}.
 */
final class RecordingItemStore implements ItemStore {

  final List<String> calls = new ArrayList<>();
  final List<ItemAccess> accesses = new ArrayList<>();
  private final AccessPolicy roles = AccessPolicy.builder().role("test", false, true).build();

  private void record(String call, ItemAccess access) {
    calls.add(call);
    accesses.add(access);
  }

  /** The query as compact JSON of its present members, e.g. {@code {"limit":-1}}. */
  static String describe(Query query) {
    JsObject.Builder members = JsObject.builder();
    if (query.fields() != null) {
      members.put("fields", new JsArray(query.fields().stream().<JsValue>map(JsValue::of).toList()));
    }
    if (query.filter() != null) {
      members.put("filter", query.filter());
    }
    if (query.limit() != null) {
      members.put("limit", query.limit());
    }
    if (query.search() != null) {
      members.put("search", query.search());
    }
    return json(members.build());
  }

  private static String json(List<? extends JsValue> values) {
    return JsJson.stringify(new JsArray(new ArrayList<>(values))).orElseThrow();
  }

  private static String json(JsValue value) {
    return JsJson.stringify(value).orElseThrow();
  }

  @Override
  public Schema schema() {
    return new Schema(Map.of(), List.of());
  }

  @Override
  public JsObject accountabilityForRole(String roleId) {
    return roles.accountabilityForRole(roleId);
  }

  @Override
  public List<JsValue> createMany(String collection, List<JsValue> items, ItemAccess access) {
    record("createMany(" + collection + ", " + json(items) + ")", access);
    List<JsValue> keys = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      keys.add(JsValue.of(i + 1));
    }
    return keys;
  }

  @Override
  public List<JsObject> readByQuery(String collection, Query query, ItemAccess access) {
    record("readByQuery(" + collection + ", " + describe(query) + ")", access);
    return List.of(JsObject.of("id", JsValue.of(1)));
  }

  @Override
  public JsObject readOne(String collection, JsValue key, Query query, ItemAccess access) {
    record("readOne(" + collection + ", " + json(key) + ", " + describe(query) + ")", access);
    return JsObject.of("id", key);
  }

  @Override
  public List<JsObject> readMany(String collection, List<JsValue> keys, Query query, ItemAccess access) {
    record("readMany(" + collection + ", " + json(keys) + ", " + describe(query) + ")", access);
    return List.of();
  }

  @Override
  public List<JsValue> updateMany(String collection, List<JsValue> keys, JsObject data, ItemAccess access) {
    record("updateMany(" + collection + ", " + json(keys) + ", " + json(data) + ")", access);
    return keys;
  }

  @Override
  public JsValue updateOne(String collection, JsValue key, JsObject data, ItemAccess access) {
    record("updateOne(" + collection + ", " + json(key) + ", " + json(data) + ")", access);
    return key;
  }

  @Override
  public List<JsValue> updateBatch(String collection, List<JsValue> items, ItemAccess access) {
    record("updateBatch(" + collection + ", " + json(items) + ")", access);
    return List.of(JsValue.of(1));
  }

  @Override
  public List<JsValue> updateByQuery(String collection, Query query, JsObject data, ItemAccess access) {
    record("updateByQuery(" + collection + ", " + describe(query) + ", " + json(data) + ")", access);
    return List.of();
  }

  @Override
  public List<JsValue> deleteMany(String collection, List<JsValue> keys, ItemAccess access) {
    record("deleteMany(" + collection + ", " + json(keys) + ")", access);
    return keys;
  }

  @Override
  public JsValue deleteOne(String collection, JsValue key, ItemAccess access) {
    record("deleteOne(" + collection + ", " + json(key) + ")", access);
    return key;
  }

  @Override
  public List<JsValue> deleteByQuery(String collection, Query query, ItemAccess access) {
    record("deleteByQuery(" + collection + ", " + describe(query) + ")", access);
    return List.of();
  }
}
