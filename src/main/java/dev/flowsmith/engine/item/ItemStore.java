package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The item service flows use (engine.md §6.3–§6.6), modelled on the subset of Directus's
 * ItemsService the item operations call. Values are JS values in the forms the server returns
 * (see {@link FieldCodec}); rejections are {@link dev.flowsmith.engine.value.JsException}s carrying
 * Directus errors ({@link ItemErrors}). Implementations provide the primitives; the default methods
 * compose them the way ItemsService does, so every store answers readOne, updateByQuery, … alike.
 *
 * <p>Every method rejects an unknown collection with the TypeError the server gives.
 */
public interface ItemStore {

  Schema schema();

  /**
   * The accountability of a role named by a {@code permissions} option (engine.md §6 "Permission
   * resolution"); rejects with Directus's plain Error for an unknown role.
   */
  JsObject accountabilityForRole(String roleId);

  /** Creates the items in one transaction; the keys in input order (given, else generated). */
  List<JsValue> createMany(String collection, List<JsValue> items, ItemAccess access);

  /** The items a query selects, shaped by its {@code fields}. */
  List<JsObject> readByQuery(String collection, Query query, ItemAccess access);

  /** Applies {@code data} to every key in one transaction; the keys as given (missing ones too). */
  List<JsValue> updateMany(String collection, List<JsValue> keys, JsObject data, ItemAccess access);

  /**
   * Updates each item by the primary key it contains, in one transaction; the keys as given.
   * An item without its key rejects with {@code INVALID_PAYLOAD} "Item in update misses primary key".
   */
  List<JsValue> updateBatch(String collection, List<JsValue> items, ItemAccess access);

  /** Deletes the keys in one transaction; the keys as given. */
  List<JsValue> deleteMany(String collection, List<JsValue> keys, ItemAccess access);

  default JsValue createOne(String collection, JsValue item, ItemAccess access) {
    return createMany(collection, List.of(item), access).get(0);
  }

  /** The one item with this key, or FORBIDDEN when it does not exist or the query excludes it. */
  default JsObject readOne(String collection, JsValue key, Query query, ItemAccess access) {
    CollectionSchema schema = collection(collection);
    ItemKeys.validate(schema, List.of(key));
    List<JsObject> items = readByQuery(collection,
        query.and(JsObject.of(schema.primaryKey(), JsObject.of("_eq", key))), access);
    if (items.isEmpty()) {
      throw ItemErrors.forbidden();
    }
    return items.get(0);
  }

  /** The items with these keys that exist, in query order; the limit defaults to the key count. */
  default List<JsObject> readMany(String collection, List<JsValue> keys, Query query, ItemAccess access) {
    CollectionSchema schema = collection(collection);
    ItemKeys.validate(schema, keys);
    Query byKeys = query.and(JsObject.of(schema.primaryKey(), JsObject.of("_in", new JsArray(keys))));
    if (!keys.isEmpty() && (query.limit() == null || query.limit() == 0)) {
      byKeys = byKeys.withLimit(keys.size());
    }
    return readByQuery(collection, byKeys, access);
  }

  /** Updates one item; returns the key exactly as given ({@code "1"} stays a string). */
  default JsValue updateOne(String collection, JsValue key, JsObject data, ItemAccess access) {
    updateMany(collection, List.of(key), data, access);
    return key;
  }

  /** Updates the items the query selects (default limit 100); their keys, {@code []} if none. */
  default List<JsValue> updateByQuery(String collection, Query query, JsObject data, ItemAccess access) {
    List<JsValue> keys = keysByQuery(collection, query, access);
    return keys.isEmpty() ? List.of() : updateMany(collection, keys, data, access);
  }

  default JsValue deleteOne(String collection, JsValue key, ItemAccess access) {
    deleteMany(collection, List.of(key), access);
    return key;
  }

  /** Deletes the items the query selects (default limit 100); their keys, {@code []} if none. */
  default List<JsValue> deleteByQuery(String collection, Query query, ItemAccess access) {
    List<JsValue> keys = keysByQuery(collection, query, access);
    return keys.isEmpty() ? List.of() : deleteMany(collection, keys, access);
  }

  /** ItemsService.getKeysByQuery: the selected keys, falsy ones dropped. */
  private List<JsValue> keysByQuery(String collection, Query query, ItemAccess access) {
    String primaryKey = collection(collection).primaryKey();
    List<JsValue> keys = new ArrayList<>();
    for (JsObject item : readByQuery(collection, query.withFields(List.of(primaryKey)), access)) {
      JsValue key = item.get(primaryKey);
      if (key.isTruthy()) {
        keys.add(key);
      }
    }
    return keys;
  }

  /** The collection, or the TypeError an unknown collection gives on the server. */
  default CollectionSchema collection(String name) {
    return schema().collection(name).orElseThrow(ItemErrors::unknownCollection);
  }
}
