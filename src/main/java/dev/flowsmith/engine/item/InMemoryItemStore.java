package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * An {@link ItemStore} holding its rows in memory. Thread-safe: reads share a read lock; each write
 * call is one transaction under the write lock that works on private copies of the tables it
 * touches and commits only when it succeeds, so a failing batch leaves nothing half-written.
 * Events go out after the commit, outside the lock. Who may do what: {@link AccessPolicy}.
 *
 * <p>With a {@link TableStorage} the tables are also kept elsewhere (the workspace's SQLite file):
 * loaded at start and again whenever another process changed them, and each transaction persisted
 * before it becomes visible here. Queries always run on the in-memory rows, so every storage gives
 * exactly the answers this class is tested to give.
 */
public final class InMemoryItemStore implements SeedableItemStore {

  private final Schema schema;
  private final AccessPolicy policy;
  private final ItemEvents events;
  private final Clock clock;
  private final Supplier<String> uuids;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final TableStorage storage;
  private volatile Map<String, Table> tables;

  private InMemoryItemStore(Builder builder) {
    this.schema = builder.schema;
    this.policy = builder.policy;
    this.events = builder.events;
    this.clock = builder.clock;
    this.uuids = builder.uuids;
    this.storage = builder.storage;
    this.tables = load();
  }

  private Map<String, Table> load() {
    Map<String, TableStorage.StoredTable> stored = storage.load(schema);
    Map<String, Table> loaded = new HashMap<>();
    for (CollectionSchema collection : schema.collections().values()) {
      TableStorage.StoredTable rows = stored.get(collection.name());
      loaded.put(collection.name(), rows == null ? new Table(collection) : new Table(collection, rows));
    }
    return Map.copyOf(loaded);
  }

  /** Reloads the tables when another process wrote to the storage since we last looked. */
  private void refresh() {
    if (storage.changed()) {
      lock.writeLock().lock();
      try {
        if (storage.changed()) {
          tables = load();
        }
      } finally {
        lock.writeLock().unlock();
      }
    }
  }

  public static Builder builder(Schema schema) {
    return new Builder(schema);
  }

  @Override
  public Schema schema() {
    return schema;
  }

  @Override
  public JsObject accountabilityForRole(String roleId) {
    return policy.accountabilityForRole(roleId);
  }

  @Override
  public List<JsValue> createMany(String collection, List<JsValue> items, ItemAccess access) {
    CollectionSchema target = collection(collection);
    policy.check(access, target.name(), ItemAction.CREATE);
    List<List<ItemEvent>> nested = new ArrayList<>();
    List<JsValue> keys = write(tx -> {
      PayloadWriter writer = writer(access, false);
      List<JsValue> created = new ArrayList<>();
      for (JsValue item : items) {
        int from = writer.nestedEvents().size();
        created.add(writer.insert(tx, target, item));
        nested.add(since(writer, from));
      }
      return created;
    });
    if (access.emitEvents()) {
      for (int i = 0; i < keys.size(); i++) {
        events.emit(ItemEvent.created(collection, items.get(i), keys.get(i), access.accountability()));
        nested.get(i).forEach(events::emit);
      }
    }
    return keys;
  }

  @Override
  public List<JsObject> readByQuery(String collection, Query query, ItemAccess access) {
    CollectionSchema target = collection(collection);
    policy.check(access, target.name(), ItemAction.READ);
    Query granted = new ReadPermissions(schema, policy).check(target, query, access);
    refresh();
    lock.readLock().lock();
    try {
      StoreTransaction view = new StoreTransaction(tables);
      FieldProjection projection = FieldProjection.compile(schema, target, granted.fields(),
          related -> policy.check(access, related, ItemAction.READ));
      List<JsObject> items = new ArrayList<>();
      for (JsObject row : new QueryEvaluator(schema, view, FilterContext.at(clock, access))
          .select(target, granted)) {
        items.add(projection.apply(row, view));
      }
      return items;
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public List<JsValue> updateMany(String collection, List<JsValue> keys, JsObject data, ItemAccess access) {
    CollectionSchema target = collection(collection);
    ItemKeys.validate(target, keys);
    policy.check(access, target.name(), ItemAction.UPDATE);
    List<ItemEvent> nested = write(tx -> {
      requireExisting(tx, target, keys, access, () -> updateDenied(target, data));
      PayloadWriter writer = writer(access, false);
      writer.update(tx, target, keys, data);
      return since(writer, 0);
    });
    if (access.emitEvents()) {
      events.emit(ItemEvent.updated(collection, data, keys, access.accountability()));
      nested.forEach(events::emit);
    }
    return List.copyOf(keys);
  }

  @Override
  public List<JsValue> updateBatch(String collection, List<JsValue> items, ItemAccess access) {
    CollectionSchema target = collection(collection);
    policy.check(access, target.name(), ItemAction.UPDATE);
    String primaryKey = target.primaryKey();
    List<JsObject> payloads = new ArrayList<>();
    List<List<ItemEvent>> nested = new ArrayList<>();
    List<JsValue> keys = write(tx -> {
      PayloadWriter writer = writer(access, false);
      List<JsValue> updated = new ArrayList<>();
      for (JsValue item : items) {
        JsObject payload = item instanceof JsObject object ? object : JsObject.EMPTY;
        JsValue key = payload.get(primaryKey);
        if (!key.isTruthy()) {
          throw ItemErrors.invalidPayload("Item in update misses primary key");
        }
        ItemKeys.validate(target, List.of(key));
        requireExisting(tx, target, List.of(key), access, () -> updateDenied(target, payload.without(primaryKey)));
        int from = writer.nestedEvents().size();
        writer.update(tx, target, List.of(key), payload.without(primaryKey));
        nested.add(since(writer, from));
        payloads.add(payload.without(primaryKey));
        updated.add(key);
      }
      return updated;
    });
    if (access.emitEvents()) {
      for (int i = 0; i < keys.size(); i++) {
        events.emit(ItemEvent.updated(collection, payloads.get(i), List.of(keys.get(i)), access.accountability()));
        nested.get(i).forEach(events::emit);
      }
    }
    return keys;
  }

  @Override
  public List<JsValue> deleteMany(String collection, List<JsValue> keys, ItemAccess access) {
    CollectionSchema target = collection(collection);
    ItemKeys.validate(target, keys);
    policy.check(access, target.name(), ItemAction.DELETE);
    write(tx -> {
      requireExisting(tx, target, keys, access, () -> ItemErrors.deleteForbidden(target.name()));
      PayloadWriter writer = writer(access, false);
      keys.forEach(key -> writer.delete(tx, target, key));
      return keys;
    });
    if (access.emitEvents()) {
      events.emit(ItemEvent.deleted(collection, keys, access.accountability()));
    }
    return List.copyOf(keys);
  }

  @Override
  public void seed(String collection, List<JsValue> rows) {
    CollectionSchema target = collection(collection);
    write(tx -> {
      PayloadWriter writer = writer(ItemAccess.system(), true);
      rows.forEach(row -> writer.insert(tx, target, row));
      return rows;
    });
  }

  @Override
  public void seedAll(Map<String, List<JsValue>> rowsByCollection) {
    Map<CollectionSchema, List<JsValue>> targets = new java.util.LinkedHashMap<>();
    rowsByCollection.forEach((name, rows) -> targets.put(collection(name), rows));
    write(tx -> {
      PayloadWriter writer = writer(ItemAccess.system(), true);
      targets.forEach((target, rows) -> rows.forEach(row -> writer.insert(tx, target, row)));
      return targets;
    });
  }

  /**
   * Restricted callers may only touch items they can see (Directus validateItemAccess): a key that
   * does not exist is FORBIDDEN for them, while an unrestricted call just skips it.
   */
  private void requireExisting(StoreTransaction tx, CollectionSchema target, List<JsValue> keys, ItemAccess access,
      java.util.function.Supplier<JsException> denial) {
    if (access.unrestricted()) {
      return;
    }
    for (JsValue key : keys) {
      if (tx.row(target.name(), key).isEmpty()) {
        throw denial.get();
      }
    }
  }

  private static JsException updateDenied(CollectionSchema target, JsObject payload) {
    return ItemErrors.updateForbidden(target.name(), new ArrayList<>(payload.keys()));
  }

  /** The nested items' events a writer recorded from {@code from} on (Directus emits them after the item's). */
  private static List<ItemEvent> since(PayloadWriter writer, int from) {
    List<ItemEvent> all = writer.nestedEvents();
    return List.copyOf(all.subList(from, all.size()));
  }

  private PayloadWriter writer(ItemAccess access, boolean seeding) {
    return new PayloadWriter(schema, access, clock.instant(), uuids, seeding, policy);
  }

  private <T> T write(Function<StoreTransaction, T> work) {
    lock.writeLock().lock();
    try {
      storage.begin();
      boolean done = false;
      try {
        if (storage.changed()) {
          tables = load();
        }
        StoreTransaction tx = new StoreTransaction(tables);
        T result = work.apply(tx);
        if (storage != TableStorage.MEMORY) {
          storage.commit(tx.changes());
        }
        done = true;
        tables = tx.commit();
        return result;
      } finally {
        if (!done) {
          storage.rollback();
        }
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  public static final class Builder {
    private final Schema schema;
    private AccessPolicy policy = AccessPolicy.closed();
    private ItemEvents events = ItemEvents.NONE;
    // the zone stands for the server's time zone, as for condition filters (ConditionOperation)
    private Clock clock = Clock.systemDefaultZone();
    private Supplier<String> uuids = () -> UUID.randomUUID().toString();
    private TableStorage storage = TableStorage.MEMORY;

    private Builder(Schema schema) {
      this.schema = Objects.requireNonNull(schema);
    }

    public Builder access(AccessPolicy newPolicy) {
      this.policy = Objects.requireNonNull(newPolicy);
      return this;
    }

    public Builder events(ItemEvents newEvents) {
      this.events = Objects.requireNonNull(newEvents);
      return this;
    }

    /** The clock for {@code $NOW}, {@code date-created} and {@code date-updated}. */
    public Builder clock(Clock newClock) {
      this.clock = Objects.requireNonNull(newClock);
      return this;
    }

    /** Where generated uuid keys come from (random by default). */
    public Builder uuids(Supplier<String> newUuids) {
      this.uuids = Objects.requireNonNull(newUuids);
      return this;
    }

    /** Where the tables are kept besides memory; {@link TableStorage#MEMORY} by default. */
    public Builder storage(TableStorage newStorage) {
      this.storage = Objects.requireNonNull(newStorage);
      return this;
    }

    public InMemoryItemStore build() {
      return new InMemoryItemStore(this);
    }
  }
}
