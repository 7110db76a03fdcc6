package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.util.List;
import java.util.Map;

/**
 * Where an {@link InMemoryItemStore} keeps its rows beyond the process (a SQLite file, say). The
 * store still evaluates every query in memory, so all stores give the same answers; a storage only
 * loads the tables and persists each committed transaction. The store calls it under its write lock
 * ({@link #changed} may also come from readers), in this order per write: {@link #begin}, then
 * {@link #commit} or {@link #rollback}.
 */
public interface TableStorage {

  /** Keeps nothing: the store lives and dies with the process. */
  TableStorage MEMORY = startingWith(Map.of());

  /**
   * Starts the store with these tables and keeps nothing: what it writes lives and dies with the
   * store (throw-away copies, e.g. one per flow test).
   */
  static TableStorage startingWith(Map<String, StoredTable> tables) {
    Map<String, StoredTable> copy = Map.copyOf(tables);
    return new TableStorage() {
      @Override
      public Map<String, StoredTable> load(Schema schema) {
        return copy;
      }

      @Override
      public boolean changed() {
        return false;
      }

      @Override
      public void begin() {}

      @Override
      public void commit(List<TableChange> changes) {}

      @Override
      public void rollback() {}
    };
  }

  /** Every collection's rows in storage order (missing collections are empty). */
  Map<String, StoredTable> load(Schema schema);

  /** Whether someone else (another process) committed since the last load, so the cache is stale. */
  boolean changed();

  /** Starts a write transaction that excludes every other writer until commit or rollback. */
  void begin();

  /** Persists the transaction's changes and ends it; throwing leaves the storage as before. */
  void commit(List<TableChange> changes);

  void rollback();

  /**
   * The stored rows of a collection (database forms, see {@link FieldCodec}) and its
   * auto-increment sequence.
   */
  record StoredTable(List<JsObject> rows, long sequence) {
    public StoredTable {
      rows = List.copyOf(rows);
    }
  }

  /**
   * What one transaction did to a collection: rows to insert or replace (by primary key), stored
   * keys to delete, and the sequence after it.
   */
  record TableChange(CollectionSchema collection, List<JsObject> upserts, List<JsValue> deletes, long sequence) {
    public TableChange {
      upserts = List.copyOf(upserts);
      deletes = List.copyOf(deletes);
    }
  }
}
