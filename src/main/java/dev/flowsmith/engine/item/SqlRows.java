package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A collection's SQL table seen as a map from stored primary key to stored row, so the write rules
 * ({@link PayloadWriter}, {@link ForeignKeys}) work on it as on any map: {@code get},
 * {@code containsKey}, {@code put} and {@code remove} are statements on the primary key; iterating
 * reads the table once, in insertion order, into a snapshot (so writes while iterating are safe).
 * A new row gets the next insertion order; replacing a row keeps its order.
 */
final class SqlRows extends AbstractMap<JsValue, JsObject> {

  private final SqliteTables tables;
  private final CollectionSchema collection;
  private final String byKey;
  private final String upsert;
  private final String delete;
  private long nextOrder = -1;

  SqlRows(SqliteTables tables, CollectionSchema collection) {
    this.tables = tables;
    this.collection = collection;
    this.byKey = "SELECT " + SqliteColumns.selectList(collection, "t0") + " FROM "
        + SqliteColumns.quote(collection.name()) + " t0 WHERE t0." + SqliteColumns.quote(collection.primaryKey())
        + " = ?";
    this.upsert = SqliteColumns.upsert(collection);
    this.delete = SqliteColumns.delete(collection);
  }

  @Override
  public @Nullable JsObject get(Object key) {
    if (!(key instanceof JsValue value) || value.isNullish()) {
      return null;
    }
    try {
      PreparedStatement select = tables.prepare(byKey);
      SqliteColumns.bind(select, 1, collection.primaryKeyField(), value);
      try (ResultSet result = select.executeQuery()) {
        return result.next() ? SqliteColumns.row(collection, result) : null;
      }
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  @Override
  public @Nullable JsObject put(JsValue key, JsObject row) {
    try {
      PreparedStatement statement = tables.prepare(upsert);
      statement.setLong(1, nextOrder());
      SqliteColumns.bindRow(statement, 2, collection, row);
      statement.executeUpdate();
      return null;
    } catch (SQLException e) {
      throw failure("write", e);
    }
  }

  @Override
  public @Nullable JsObject remove(Object key) {
    JsObject removed = get(key);
    if (removed == null) {
      return null;
    }
    try {
      PreparedStatement statement = tables.prepare(delete);
      SqliteColumns.bind(statement, 1, collection.primaryKeyField(), (JsValue) key);
      statement.executeUpdate();
      return removed;
    } catch (SQLException e) {
      throw failure("write", e);
    }
  }

  @Override
  public Set<Map.Entry<JsValue, JsObject>> entrySet() {
    Map<JsValue, JsObject> snapshot = new LinkedHashMap<>();
    for (JsObject row : all()) {
      snapshot.put(row.get(collection.primaryKey()), row);
    }
    return snapshot.entrySet();
  }

  /**
   * The rows whose {@code column} equals {@code value} in SQL ({@code =}: never for NULL), by key, in
   * insertion order; one indexed statement instead of a scan of {@link #entrySet}.
   */
  Map<JsValue, JsObject> where(String column, JsValue value) {
    Map<JsValue, JsObject> rows = new LinkedHashMap<>();
    if (value.isNullish()) {
      return rows;
    }
    try {
      PreparedStatement select = tables.prepare("SELECT " + SqliteColumns.selectList(collection, "t0") + " FROM "
          + SqliteColumns.quote(collection.name()) + " t0 WHERE t0." + SqliteColumns.quote(column) + " = ? ORDER BY t0."
          + SqliteColumns.quote(SqliteTables.ORDER));
      SqliteColumns.bindValue(select, 1, value);
      for (JsObject row : SqliteColumns.rows(collection, select)) {
        rows.put(row.get(collection.primaryKey()), row);
      }
      return rows;
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  private List<JsObject> all() {
    try {
      return SqliteColumns.rows(collection, tables.prepare(SqliteColumns.select(collection)));
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /** The order for an inserted row (an update keeps its own: the upsert does not set it). */
  private long nextOrder() throws SQLException {
    if (nextOrder < 0) {
      PreparedStatement max = tables.prepare("SELECT COALESCE(MAX(" + SqliteColumns.quote(SqliteTables.ORDER)
          + "), 0) FROM " + SqliteColumns.quote(collection.name()));
      try (ResultSet result = max.executeQuery()) {
        result.next();
        nextOrder = result.getLong(1) + 1;
      }
    }
    return nextOrder++;
  }

  private SqliteTables.StorageException failure(String what, SQLException e) {
    return new SqliteTables.StorageException("Cannot " + what + " " + collection.name() + ": " + e.getMessage(), e);
  }
}
