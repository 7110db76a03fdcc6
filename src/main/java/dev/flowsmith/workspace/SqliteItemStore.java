package dev.flowsmith.workspace;

import dev.flowsmith.engine.item.CollectionSchema;
import dev.flowsmith.engine.item.InMemoryItemStore;
import dev.flowsmith.engine.item.ItemAccess;
import dev.flowsmith.engine.item.SeedableItemStore;
import dev.flowsmith.engine.item.Query;
import dev.flowsmith.engine.item.Schema;
import dev.flowsmith.engine.item.SchemaSnapshotReader;
import dev.flowsmith.engine.item.SqliteTables;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The workspace's item store: a SQLite file ({@code data.db}) holding the schema and the rows.
 *
 * <p>The same store as {@code run --schema} uses ({@link InMemoryItemStore} over
 * {@link SqliteTables}), on a file: queries run as SQL on the file's tables and indexes, nothing is
 * cached, so other processes' commits are seen at once. Each write call is one SQLite transaction,
 * taken with {@code BEGIN IMMEDIATE} so writers in other processes wait.
 */
public final class SqliteItemStore implements SeedableItemStore, AutoCloseable {

  public static final String FILE_NAME = "data.db";

  private final SqliteTables storage;
  private final InMemoryItemStore store;

  private SqliteItemStore(SqliteTables storage, InMemoryItemStore store) {
    this.storage = storage;
    this.store = store;
  }

  /** Opens a file that has a schema (see {@link #apply}). */
  public static SqliteItemStore open(Path file) {
    return open(file, UnaryOperator.identity());
  }

  /**
   * Opens a file that has a schema; {@code options} may set the access policy, events, clock and
   * uuids on the underlying store builder.
   */
  public static SqliteItemStore open(Path file, UnaryOperator<InMemoryItemStore.Builder> options) {
    SqliteTables storage = SqliteTables.open(file);
    String snapshot = storage.snapshot();
    if (snapshot == null) {
      storage.close();
      throw new IllegalArgumentException(file + " has no schema; apply a schema snapshot first");
    }
    return build(storage, SchemaSnapshotReader.read(JsJson.parse(snapshot)), options);
  }

  /** Creates or updates the file's tables for the schema, keeping existing rows, and opens it. */
  public static SqliteItemStore apply(Path file, Schema schema, UnaryOperator<InMemoryItemStore.Builder> options) {
    SqliteTables storage = SqliteTables.open(file);
    try {
      storage.applySchema(schema, JsJson.stringify(SchemaSnapshotWriter.write(schema)).orElseThrow());
      // Read back what was stored, so this store and a later open see the very same schema.
      return build(storage, SchemaSnapshotReader.read(JsJson.parse(storage.snapshot())), options);
    } catch (RuntimeException e) {
      storage.close();
      throw e;
    }
  }

  private static SqliteItemStore build(SqliteTables storage, Schema schema,
      UnaryOperator<InMemoryItemStore.Builder> options) {
    try {
      return new SqliteItemStore(storage, options.apply(InMemoryItemStore.builder(schema)).tables(storage).build());
    } catch (RuntimeException e) {
      storage.close();
      throw e;
    }
  }

  @Override
  public void seed(String collection, List<JsValue> rows) {
    store.seed(collection, rows);
  }

  @Override
  public void seedAll(Map<String, List<JsValue>> rowsByCollection) {
    store.seedAll(rowsByCollection);
  }

  @Override
  public Schema schema() {
    return store.schema();
  }

  @Override
  public JsObject accountabilityForRole(String roleId) {
    return store.accountabilityForRole(roleId);
  }

  @Override
  public List<JsValue> createMany(String collection, List<JsValue> items, ItemAccess access) {
    return store.createMany(collection, items, access);
  }

  @Override
  public List<JsObject> readByQuery(String collection, Query query, ItemAccess access) {
    return store.readByQuery(collection, query, access);
  }

  @Override
  public List<JsValue> updateMany(String collection, List<JsValue> keys, JsObject data, ItemAccess access) {
    return store.updateMany(collection, keys, data, access);
  }

  @Override
  public List<JsValue> updateBatch(String collection, List<JsValue> items, ItemAccess access) {
    return store.updateBatch(collection, items, access);
  }

  @Override
  public List<JsValue> deleteMany(String collection, List<JsValue> keys, ItemAccess access) {
    return store.deleteMany(collection, keys, access);
  }

  @Override
  public CollectionSchema collection(String name) {
    return store.collection(name);
  }

  @Override
  public void close() {
    storage.close();
  }
}
