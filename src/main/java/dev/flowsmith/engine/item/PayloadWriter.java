package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsDate;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsNull;
import dev.flowsmith.engine.value.JsNumber;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Writes payloads into a {@link StoreTransaction} in the order ItemsService does: payload
 * validation when there is an accountability (non-nullable fields must be submitted on create and
 * never be null — the rejection is an array of FAILED_VALIDATION errors), then the specials
 * ({@code uuid}, {@code date-created}, {@code user-created}, {@code date-updated}, …), then the
 * database's rules: column defaults, auto-increment, NOT NULL, UNIQUE, foreign keys. Fields the
 * collection does not have are dropped, as Directus picks known columns. Relational values (m2o
 * objects, o2m arrays and alterations) are written by {@link NestedWrites} in the same transaction.
 * With an {@link AccessPolicy}, each item's fields must be granted for the action, and nested items
 * need the action on their own collection.
 */
final class PayloadWriter {

  private static final Set<String> NOW_DEFAULTS = Set.of("CURRENT_TIMESTAMP", "now()", "NOW()");

  private final Schema schema;
  private final ItemAccess access;
  private final Instant now;
  private final Supplier<String> uuids;
  private final ForeignKeys foreignKeys;
  private final boolean seeding;
  private final @Nullable AccessPolicy policy;
  private final NestedWrites nested;
  private final List<ItemEvent> nestedEvents = new ArrayList<>();

  /**
   * @param seeding true to load rows as they are (seed data): no validation, no specials, no
   *     foreign key checks; defaults, keys and uniqueness still apply
   */
  PayloadWriter(Schema schema, ItemAccess access, Instant now, Supplier<String> uuids, boolean seeding) {
    this(schema, access, now, uuids, seeding, null);
  }

  /** @param policy who may write which fields; null for no field-level checks */
  PayloadWriter(Schema schema, ItemAccess access, Instant now, Supplier<String> uuids, boolean seeding,
      @Nullable AccessPolicy policy) {
    this.schema = schema;
    this.access = access;
    this.now = now;
    this.uuids = uuids;
    this.foreignKeys = new ForeignKeys(schema);
    this.seeding = seeding;
    this.policy = policy;
    this.nested = new NestedWrites(schema, this);
  }

  /** Inserts one item; returns its key as Directus returns it: as given, else generated. */
  JsValue insert(StoreTransaction tx, CollectionSchema collection, JsValue item) {
    return insert(tx, collection, item, List.of());
  }

  /**
   * The events of the nested items written so far, in the order Directus emits them after the
   * top-level item's event: each item before the items written for it.
   */
  List<ItemEvent> nestedEvents() {
    return nestedEvents;
  }

  /** Inserts one item reached through the relational fields {@code path} ({@code []} at the top). */
  JsValue insert(StoreTransaction tx, CollectionSchema collection, JsValue item, List<String> path) {
    int slot = reserveEvent(path);
    JsObject payload = item instanceof JsObject object ? object : JsObject.EMPTY;
    if (!seeding) {
      checkGrants(collection, payload, ItemAction.CREATE, path);
      if (!(access.accountability() instanceof JsNull)) {
        validate(collection, payload, true, path);
      }
      nested.checkShapes(collection, payload);
      payload = nested.manyToOne(tx, collection, payload, path);
    }
    JsValue key = insertRow(tx, collection, payload);
    if (!seeding) {
      nested.oneToMany(tx, collection, payload, key, path);
    }
    if (slot >= 0) {
      nestedEvents.set(slot, ItemEvent.created(collection.name(), item, key, access.accountability()));
    }
    return key;
  }

  /** A place in {@link #nestedEvents} for a nested item's event, before its own nested items; else -1. */
  private int reserveEvent(List<String> path) {
    if (path.isEmpty() || seeding) {
      return -1;
    }
    nestedEvents.add(null);
    return nestedEvents.size() - 1;
  }

  private JsValue insertRow(StoreTransaction tx, CollectionSchema collection, JsObject payload) {
    Table table = tx.write(collection.name());
    FieldSchema primaryKey = collection.primaryKeyField();
    Map<String, JsValue> row = new LinkedHashMap<>();
    for (FieldSchema field : collection.columns()) {
      JsValue given = payload.get(field.name());
      JsValue value = given.isUndefined() ? defaultOf(field) : FieldCodec.toDb(field, given);
      row.put(field.name(), seeding ? value : onCreate(field, value));
    }
    JsValue key = row.get(primaryKey.name());
    @Nullable JsValue generated = null;
    if (key.isNullish() && primaryKey.autoIncrement()) {
      generated = JsValue.of(table.sequence + 1);
    } else if (key.isNullish() && primaryKey.type() == FieldType.UUID) {
      generated = JsValue.of(uuids.get());
    }
    if (generated != null) {
      key = generated;
      row.put(primaryKey.name(), generated);
    }
    JsObject stored = new JsObject(row);
    checkColumns(tx, table, stored, collection.columns(), null);
    table.rows.put(table.keyOf(key), stored);
    if (primaryKey.autoIncrement() && key instanceof JsNumber number) {
      table.sequence = Math.max(table.sequence, (long) number.value());
    }
    JsValue givenKey = payload.get(primaryKey.name());
    return generated != null || givenKey.isNullish() ? FieldCodec.fromDb(primaryKey, key) : givenKey;
  }

  /** Applies the payload to each existing key; keys without a row are skipped, like SQL UPDATE. */
  void update(StoreTransaction tx, CollectionSchema collection, List<JsValue> keys, JsObject payload) {
    update(tx, collection, keys, payload, List.of());
  }

  /**
   * The same for items reached through {@code path}: m2o objects are written once, then the row
   * changes, then each key's o2m values (Directus updateMany).
   */
  void update(StoreTransaction tx, CollectionSchema collection, List<JsValue> keys, JsObject given, List<String> path) {
    int slot = reserveEvent(path);
    checkGrants(collection, given, ItemAction.UPDATE, path);
    if (!(access.accountability() instanceof JsNull)) {
      validate(collection, given, false, path);
    }
    nested.checkShapes(collection, given);
    JsObject payload = nested.manyToOne(tx, collection, given, path);
    updateRows(tx, collection, keys, payload);
    Table table = tx.read(collection.name());
    for (JsValue key : keys) {
      JsObject row = table.rows.get(table.keyOf(key));
      if (row != null) {
        nested.oneToMany(tx, collection, payload, FieldCodec.fromDb(collection.primaryKeyField(),
            row.get(collection.primaryKey())), path);
      }
    }
    if (slot >= 0) {
      nestedEvents.set(slot, ItemEvent.updated(collection.name(), given, keys, access.accountability()));
    }
  }

  private void updateRows(StoreTransaction tx, CollectionSchema collection, List<JsValue> keys, JsObject payload) {
    Map<String, JsValue> changes = new LinkedHashMap<>();
    List<FieldSchema> changed = new ArrayList<>();
    for (FieldSchema field : collection.columns()) {
      JsValue given = payload.get(field.name());
      @Nullable JsValue value = field.primaryKey() || given.isUndefined() ? null : FieldCodec.toDb(field, given);
      value = onUpdate(field, value);
      if (value != null) {
        changes.put(field.name(), value);
        changed.add(field);
      }
    }
    Table table = tx.write(collection.name());
    for (JsValue key : keys) {
      JsValue rowKey = table.keyOf(key);
      JsObject row = table.rows.get(rowKey);
      if (row == null) {
        continue;
      }
      JsObject.Builder updated = JsObject.builder().putAll(row);
      changes.forEach(updated::put);
      JsObject stored = updated.build();
      checkColumns(tx, table, stored, changed, rowKey);
      table.rows.put(rowKey, stored);
    }
  }

  void delete(StoreTransaction tx, CollectionSchema collection, JsValue key) {
    foreignKeys.delete(tx, collection, key);
  }

  /** Deletes a child an o2m write deselected; like Directus, that delete has its own event. */
  void delete(StoreTransaction tx, CollectionSchema collection, JsValue key, List<String> path) {
    delete(tx, collection, key);
    if (!path.isEmpty()) {
      nestedEvents.add(ItemEvent.deleted(collection.name(), List.of(FieldCodec.fromDb(collection.primaryKeyField(), key)),
          access.accountability()));
    }
  }

  /**
   * With a policy: nested items need the action on their collection (top-level calls were checked
   * by the store), and every field of the payload must be granted for it.
   */
  private void checkGrants(CollectionSchema collection, JsObject payload, ItemAction action, List<String> path) {
    if (policy == null || access.unrestricted()) {
      return;
    }
    if (!path.isEmpty()) {
      policy.check(access, collection.name(), action);
    }
    List<String> denied = new ArrayList<>();
    for (String field : payload.keys()) {
      if (!policy.allowsField(access, collection.name(), action, field)) {
        denied.add(field);
      }
    }
    if (!denied.isEmpty()) {
      throw ItemErrors.fieldsForbidden(collection.name(), denied, action == ItemAction.UPDATE ? "" : null);
    }
  }

  /** Directus processPayload's rules for non-nullable fields; all failures at once. */
  private void validate(CollectionSchema collection, JsObject payload, boolean create, List<String> path) {
    List<JsValue> errors = new ArrayList<>();
    for (FieldSchema field : collection.columns()) {
      if (field.acceptsNull()) {
        continue;
      }
      JsValue given = payload.get(field.name());
      if (create && given.isUndefined() && field.defaultValue().isNullish()) {
        errors.add(ItemErrors.failedValidation(field.name(), "required", path));
      } else if (given instanceof JsNull) {
        errors.add(ItemErrors.failedValidation(field.name(), "nnull", path));
      }
    }
    if (!errors.isEmpty()) {
      throw new JsException(new JsArray(errors));
    }
  }

  private JsValue defaultOf(FieldSchema field) {
    JsValue fallback = field.defaultValue();
    if (fallback instanceof JsString s && NOW_DEFAULTS.contains(s.value())
        && (field.type().isChronological() || field.type() == FieldType.TIME)) {
      return FieldCodec.toDb(field, JsDate.of(now));
    }
    return FieldCodec.toDb(field, fallback);
  }

  /** The create specials: {@code uuid} fills a missing key; the {@code *-created} ones always win. */
  private JsValue onCreate(FieldSchema field, JsValue value) {
    if (field.hasSpecial("uuid") && !value.isTruthy()) {
      return JsValue.of(uuids.get());
    }
    @Nullable JsValue stamped = stamp(field, "created");
    return stamped == null ? value : stamped;
  }

  /** The update specials ({@code date-updated}, {@code user-updated}, {@code role-updated}). */
  private @Nullable JsValue onUpdate(FieldSchema field, @Nullable JsValue value) {
    @Nullable JsValue stamped = stamp(field, "updated");
    return stamped == null ? value : stamped;
  }

  /** {@code date-<when>} → now, {@code user-<when>} → the user, {@code role-<when>} → the role; else null. */
  private @Nullable JsValue stamp(FieldSchema field, String when) {
    if (field.hasSpecial("date-" + when)) {
      return FieldCodec.toDb(field, JsDate.of(now));
    }
    if (field.hasSpecial("user-" + when)) {
      return nullable(access.user());
    }
    return field.hasSpecial("role-" + when) ? nullable(access.role()) : null;
  }

  private static JsValue nullable(@Nullable String text) {
    return text == null ? JsValue.NULL : JsValue.of(text);
  }

  /** NOT NULL, UNIQUE (primary key and unique fields) and foreign keys, as the database checks them. */
  private void checkColumns(StoreTransaction tx, Table table, JsObject row, List<FieldSchema> fields,
      @Nullable JsValue ownKey) {
    CollectionSchema collection = table.schema;
    for (FieldSchema field : fields) {
      JsValue value = row.get(field.name());
      if (value.isNullish() && !field.nullable()) {
        throw ItemErrors.notNull(collection.name(), field.name());
      }
    }
    JsValue key = table.keyOf(row.get(collection.primaryKey()));
    if (ownKey == null && table.rows.containsKey(key)) {
      throw ItemErrors.notUnique(collection.name(), collection.primaryKey(),
          FieldCodec.fromDb(collection.primaryKeyField(), key));
    }
    for (FieldSchema field : fields) {
      JsValue value = row.get(field.name());
      if (field.unique() && !field.primaryKey() && !value.isNullish()) {
        for (Map.Entry<JsValue, JsObject> other : table.rows.where(field.name(), value).entrySet()) {
          if (!other.getKey().equals(ownKey) && SqlValues.equal(other.getValue().get(field.name()), value)) {
            throw ItemErrors.notUnique(collection.name(), field.name(), FieldCodec.fromDb(field, value));
          }
        }
      }
    }
    if (!seeding) {
      foreignKeys.checkReferences(tx, collection, row);
    }
  }
}
