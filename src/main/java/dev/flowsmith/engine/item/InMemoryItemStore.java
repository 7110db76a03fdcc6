package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The {@link ItemStore} on SQLite ({@link SqliteTables}): an in-memory database by default
 * ({@code run --schema}, flow tests), or the workspace's file. There is one implementation: every
 * query becomes SQL through {@link QueryPlanner}, every write goes through {@link PayloadWriter}
 * into the same tables, so a file and memory give the same answers. No rows are cached.
 *
 * <p>Thread-safe: one operation at a time uses the connection. Each write call is one SQLite
 * transaction ({@code BEGIN IMMEDIATE}, so writers in other processes wait) that commits only when
 * it succeeds, so a failing batch leaves nothing half-written; each read is one read transaction.
 * Events go out after the commit, outside the lock. Who may do what: {@link AccessPolicy}.
 */
public final class InMemoryItemStore implements SeedableItemStore, AutoCloseable {

  private static final java.lang.ref.Cleaner CLEANER = java.lang.ref.Cleaner.create();

  private final Schema schema;
  private final AccessPolicy policy;
  private final ItemEvents events;
  private final Clock clock;
  private final Supplier<String> uuids;
  private final ReentrantLock lock = new ReentrantLock();
  private final SqliteTables tables;
  private final java.lang.ref.Cleaner.@Nullable Cleanable ownedTables;

  private InMemoryItemStore(Builder builder) {
    this.schema = builder.schema;
    this.policy = builder.policy;
    this.events = builder.events;
    this.clock = builder.clock;
    this.uuids = builder.uuids;
    boolean owned = builder.tables == null;
    this.tables = !owned ? builder.tables
        : builder.copyOf != null ? SqliteTables.memoryCopyOf(builder.copyOf) : SqliteTables.memory();
    // A memory database belongs to this store: closed with it, or when it is garbage.
    SqliteTables mine = tables;
    this.ownedTables = owned ? CLEANER.register(this, mine::close) : null;
    tables.applySchema(schema, null);
  }

  /** Closes the store's own in-memory database; a database given to the builder stays open. */
  @Override
  public void close() {
    if (ownedTables != null) {
      lock.lock();
      try {
        ownedTables.clean();
      } finally {
        lock.unlock();
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
    List<JsValue> keys = write(access, tx -> {
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
    lock.lock();
    try {
      tables.ensureIndexes(target, new QueryPlanner(schema, FilterContext.at(clock, access)).indexable(target, granted));
    } finally {
      lock.unlock();
    }
    if (granted.aggregates()) {
      return read(access, view -> view.aggregate(target, granted));
    }
    FieldProjection projection = FieldProjection.compile(schema, target, granted.fields(), granted.deep(),
        granted.alias(), related -> policy.check(access, related, ItemAction.READ));
    return read(access, view -> {
      List<JsObject> items = new ArrayList<>();
      for (JsObject row : view.select(target, granted)) {
        items.add(projection.apply(row, view));
      }
      return items;
    });
  }

  private <T> T read(ItemAccess access, Function<StoreTransaction, T> work) {
    lock.lock();
    try {
      tables.beginRead();
      try {
        T result = work.apply(new StoreTransaction(tables, schema, FilterContext.at(clock, access),
            (collection, field) -> policy.allowsField(access, collection, ItemAction.READ, field)));
        tables.commit();
        return result;
      } finally {
        tables.rollback();
      }
    } finally {
      lock.unlock();
    }
  }

  @Override
  public List<JsValue> updateMany(String collection, List<JsValue> keys, JsObject data, ItemAccess access) {
    CollectionSchema target = collection(collection);
    ItemKeys.validate(target, keys);
    policy.check(access, target.name(), ItemAction.UPDATE);
    List<ItemEvent> nested = write(access, tx -> {
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
    List<JsValue> keys = write(access, tx -> {
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
    write(access, tx -> {
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
    write(ItemAccess.system(), tx -> {
      PayloadWriter writer = writer(ItemAccess.system(), true);
      rows.forEach(row -> writer.insert(tx, target, row));
      return rows;
    });
  }

  @Override
  public void seedAll(Map<String, List<JsValue>> rowsByCollection) {
    Map<CollectionSchema, List<JsValue>> targets = new java.util.LinkedHashMap<>();
    rowsByCollection.forEach((name, rows) -> targets.put(collection(name), rows));
    write(ItemAccess.system(), tx -> {
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

  private <T> T write(ItemAccess access, Function<StoreTransaction, T> work) {
    lock.lock();
    try {
      tables.beginWrite();
      try {
        StoreTransaction tx = new StoreTransaction(tables, schema, FilterContext.at(clock, access),
            (collection, field) -> policy.allowsField(access, collection, ItemAction.READ, field));
        T result = work.apply(tx);
        tx.finish();
        tables.commit();
        return result;
      } finally {
        tables.rollback();
      }
    } finally {
      lock.unlock();
    }
  }

  public static final class Builder {
    private final Schema schema;
    private AccessPolicy policy = AccessPolicy.closed();
    private ItemEvents events = ItemEvents.NONE;
    // the zone stands for the server's time zone, as for condition filters (ConditionOperation)
    private Clock clock = Clock.systemDefaultZone();
    private Supplier<String> uuids = () -> UUID.randomUUID().toString();
    private @Nullable SqliteTables tables;
    private java.nio.file.@Nullable Path copyOf;

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

    /**
     * The database the rows live in (a file, or a copy of one); a fresh in-memory one by default.
     * The caller closes it.
     */
    public Builder tables(SqliteTables newTables) {
      this.tables = Objects.requireNonNull(newTables);
      return this;
    }

    /** Starts from a copy of a database file in memory (the file is only read); the store owns it. */
    public Builder copyOf(java.nio.file.Path file) {
      this.copyOf = Objects.requireNonNull(file);
      return this;
    }

    public InMemoryItemStore build() {
      return new InMemoryItemStore(this);
    }
  }
}
