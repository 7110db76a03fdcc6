package dev.flowsmith.workspace;

import dev.flowsmith.engine.item.CollectionSchema;
import dev.flowsmith.engine.item.FieldSchema;
import dev.flowsmith.engine.item.Schema;
import dev.flowsmith.engine.item.TableStorage;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tables in a SQLite file: one table per collection with a column per field (typed by
 * {@link SqliteColumns}), a hidden {@code _flowsmith_order} column that keeps insertion order, and
 * {@code _flowsmith_sequence} for auto-increment keys. WAL mode lets readers go on while one
 * writer commits; {@code BEGIN IMMEDIATE} plus a busy timeout serialise writers across processes.
 * NOT NULL, UNIQUE and foreign keys are checked by the store in memory before anything is written,
 * so the SQL tables carry only the primary key (SQLite's own checks would compare differently).
 * One connection, used under this object's monitor.
 */
public final class SqliteTableStorage implements TableStorage, AutoCloseable {

  static final String ORDER = "_flowsmith_order";

  private final Connection connection;
  private final Map<String, Long> nextOrder = new HashMap<>();
  private long loadedVersion = -1;
  private boolean inTransaction;

  private SqliteTableStorage(Connection connection) {
    this.connection = connection;
  }

  public static SqliteTableStorage open(java.nio.file.Path file) {
    try {
      Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try (Statement statement = connection.createStatement()) {
        statement.execute("PRAGMA busy_timeout = 30000");
        statement.execute("PRAGMA journal_mode = WAL");
        // In WAL mode NORMAL cannot corrupt the file; a power cut may only lose the last commits.
        statement.execute("PRAGMA synchronous = NORMAL");
        statement.execute("CREATE TABLE IF NOT EXISTS _flowsmith_schema (id INTEGER PRIMARY KEY CHECK (id = 1),"
            + " snapshot TEXT NOT NULL)");
        statement.execute("CREATE TABLE IF NOT EXISTS _flowsmith_sequence (collection TEXT PRIMARY KEY,"
            + " value INTEGER NOT NULL)");
      }
      return new SqliteTableStorage(connection);
    } catch (SQLException e) {
      throw new StorageException("Cannot open " + file + ": " + e.getMessage(), e);
    }
  }

  /** The stored snapshot JSON, or null for a new file. */
  synchronized @org.jspecify.annotations.Nullable String snapshot() {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT snapshot FROM _flowsmith_schema WHERE id = 1")) {
      return result.next() ? result.getString(1) : null;
    } catch (SQLException e) {
      throw new StorageException("Cannot read the schema: " + e.getMessage(), e);
    }
  }

  /**
   * Stores the snapshot and creates the tables and columns it needs, in one transaction. Existing
   * rows stay; columns and tables the schema no longer has stay in the file but are not read.
   */
  public synchronized void applySchema(Schema schema) {
    String snapshotJson = dev.flowsmith.engine.value.JsJson.stringify(SchemaSnapshotWriter.write(schema)).orElseThrow();
    begin();
    try (Statement statement = connection.createStatement()) {
      for (CollectionSchema collection : schema.collections().values()) {
        Set<String> existing = columnsOf(collection.name());
        if (existing.isEmpty()) {
          statement.execute(SqliteColumns.createTable(collection));
        } else {
          for (FieldSchema field : collection.columns()) {
            if (!existing.contains(field.name())) {
              statement.execute("ALTER TABLE " + SqliteColumns.quote(collection.name()) + " ADD COLUMN "
                  + SqliteColumns.definition(field));
            }
          }
        }
      }
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO _flowsmith_schema (id, snapshot) VALUES (1, ?)"
              + " ON CONFLICT(id) DO UPDATE SET snapshot = excluded.snapshot")) {
        insert.setString(1, snapshotJson);
        insert.executeUpdate();
      }
      execute("COMMIT");
      inTransaction = false;
    } catch (SQLException | RuntimeException e) {
      rollback();
      throw new StorageException("Cannot apply the schema: " + e.getMessage(), e);
    }
  }

  private Set<String> columnsOf(String table) throws SQLException {
    Set<String> columns = new HashSet<>();
    try (PreparedStatement info = connection.prepareStatement("SELECT name FROM pragma_table_info(?)")) {
      info.setString(1, table);
      try (ResultSet result = info.executeQuery()) {
        while (result.next()) {
          columns.add(result.getString(1));
        }
      }
    }
    return columns;
  }

  @Override
  public synchronized Map<String, StoredTable> load(Schema schema) {
    try {
      // Read before the rows: a commit in between makes the next check reload once more, never less.
      loadedVersion = dataVersion();
      Map<String, Long> sequences = sequences();
      Map<String, StoredTable> tables = new LinkedHashMap<>();
      for (CollectionSchema collection : schema.collections().values()) {
        List<JsObject> rows = new ArrayList<>();
        long order = 0;
        try (Statement statement = connection.createStatement();
            ResultSet result = statement.executeQuery(SqliteColumns.select(collection))) {
          while (result.next()) {
            order = result.getLong(1);
            rows.add(SqliteColumns.row(collection, result));
          }
        }
        nextOrder.put(collection.name(), order + 1);
        tables.put(collection.name(), new StoredTable(rows, sequences.getOrDefault(collection.name(), 0L)));
      }
      return tables;
    } catch (SQLException e) {
      throw new StorageException("Cannot read the item store: " + e.getMessage(), e);
    }
  }

  private Map<String, Long> sequences() throws SQLException {
    Map<String, Long> sequences = new HashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT collection, value FROM _flowsmith_sequence")) {
      while (result.next()) {
        sequences.put(result.getString(1), result.getLong(2));
      }
    }
    return sequences;
  }

  /** PRAGMA data_version changes exactly when another connection commits. */
  @Override
  public synchronized boolean changed() {
    try {
      return dataVersion() != loadedVersion;
    } catch (SQLException e) {
      throw new StorageException("Cannot check the item store: " + e.getMessage(), e);
    }
  }

  private long dataVersion() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("PRAGMA data_version")) {
      result.next();
      return result.getLong(1);
    }
  }

  @Override
  public synchronized void begin() {
    execute("BEGIN IMMEDIATE");
    inTransaction = true;
  }

  @Override
  public synchronized void commit(List<TableChange> changes) {
    try {
      for (TableChange change : changes) {
        write(change);
      }
      execute("COMMIT");
      inTransaction = false;
    } catch (SQLException | RuntimeException e) {
      rollback();
      throw new StorageException("Cannot write the item store: " + e.getMessage(), e);
    }
  }

  private void write(TableChange change) throws SQLException {
    CollectionSchema collection = change.collection();
    if (!change.deletes().isEmpty()) {
      try (PreparedStatement delete = connection.prepareStatement(SqliteColumns.delete(collection))) {
        for (JsValue key : change.deletes()) {
          SqliteColumns.bind(delete, 1, collection.primaryKeyField(), key);
          delete.addBatch();
        }
        delete.executeBatch();
      }
    }
    if (!change.upserts().isEmpty()) {
      try (PreparedStatement upsert = connection.prepareStatement(SqliteColumns.upsert(collection))) {
        long order = nextOrder.getOrDefault(collection.name(), 1L);
        for (JsObject row : change.upserts()) {
          upsert.setLong(1, order++);
          SqliteColumns.bindRow(upsert, 2, collection, row);
          upsert.addBatch();
        }
        upsert.executeBatch();
        nextOrder.put(collection.name(), order);
      }
    }
    try (PreparedStatement sequence = connection.prepareStatement("INSERT INTO _flowsmith_sequence"
        + " (collection, value) VALUES (?, ?) ON CONFLICT(collection) DO UPDATE SET value = excluded.value")) {
      sequence.setString(1, collection.name());
      sequence.setLong(2, change.sequence());
      sequence.executeUpdate();
    }
  }

  @Override
  public synchronized void rollback() {
    if (inTransaction) {
      inTransaction = false;
      execute("ROLLBACK");
    }
  }

  private void execute(String sql) {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new StorageException("SQLite " + sql + " failed: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StorageException("Cannot close the item store: " + e.getMessage(), e);
    }
  }

  /** A failure of the file itself (locked past the timeout, disk full, not a database). */
  public static final class StorageException extends RuntimeException {
    StorageException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
