package dev.flowsmith.engine.item;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sqlite.Function;

/**
 * The one place item rows live: a SQLite database, either a file (the workspace's {@code data.db})
 * or memory ({@code run --schema}, flow tests). One table per collection with a column per field
 * ({@link SqliteColumns}), a hidden {@code _flowsmith_order} column that keeps insertion order, and
 * {@code _flowsmith_sequence} for auto-increment keys; indexes on the order, every m2o foreign key
 * and each collection's sort field (the primary key is the table's clustered key). WAL mode lets
 * readers go on while one writer commits; {@code BEGIN IMMEDIATE} plus a busy timeout serialise
 * writers across processes. No rows are cached: every query goes to SQL ({@link QueryPlanner}).
 *
 * <p>One connection; callers serialise their use of it (the store holds a lock per operation).
 */
public final class SqliteTables implements AutoCloseable {

  static final String ORDER = "_flowsmith_order";
  /** {@code flowsmith_date_part(part, millis, zone)}: year, month, week, … of an instant in a zone. */
  static final String DATE_PART_FUNCTION = "flowsmith_date_part";
  private static final int STATEMENT_CACHE = 256;

  private final Connection connection;
  private final Map<String, PreparedStatement> statements = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
      if (size() <= STATEMENT_CACHE) {
        return false;
      }
      closeQuietly(eldest.getValue());
      return true;
    }
  };

  private boolean inTransaction;
  private final Set<String> indexed = new HashSet<>();

  private SqliteTables(Connection connection) {
    this.connection = connection;
  }

  /** A database that lives and dies with this object. */
  public static SqliteTables memory() {
    return connect("jdbc:sqlite::memory:", "memory");
  }

  /** A database file, created when missing. */
  public static SqliteTables open(Path file) {
    return connect("jdbc:sqlite:" + file.toAbsolutePath(), file.toString());
  }

  /** A fresh in-memory database holding a copy of {@code file} (which is only read). */
  public static SqliteTables memoryCopyOf(Path file) {
    SqliteTables tables = memory();
    try (Statement statement = tables.connection.createStatement()) {
      statement.executeUpdate("restore from " + file.toAbsolutePath());
      return tables;
    } catch (SQLException e) {
      tables.close();
      throw new StorageException("Cannot copy " + file + ": " + e.getMessage(), e);
    }
  }

  private static SqliteTables connect(String url, String name) {
    try {
      Connection connection = DriverManager.getConnection(url);
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
      // Date and dateTime text compares as epoch milliseconds, like the operands (FieldCodec.comparable).
      Function.create(connection, SqlConditions.DATE_FUNCTION, new DateMillis(), 1, Function.FLAG_DETERMINISTIC);
      Function.create(connection, DATE_PART_FUNCTION, new DatePart(), 3, Function.FLAG_DETERMINISTIC);
      return new SqliteTables(connection);
    } catch (SQLException e) {
      throw new StorageException("Cannot open " + name + ": " + e.getMessage(), e);
    }
  }

  /** The stored schema snapshot JSON, or null for a new database. */
  public @Nullable String snapshot() {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT snapshot FROM _flowsmith_schema WHERE id = 1")) {
      return result.next() ? result.getString(1) : null;
    } catch (SQLException e) {
      throw new StorageException("Cannot read the schema: " + e.getMessage(), e);
    }
  }

  /**
   * Creates the tables, columns and indexes the schema needs and stores its snapshot (when given), in
   * one transaction. Existing rows stay; columns and tables the schema no longer has stay but are not
   * read.
   */
  public synchronized void applySchema(Schema schema, @Nullable String snapshotJson) {
    beginWrite();
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
        for (String index : SqliteColumns.indexes(schema, collection)) {
          statement.execute(index);
        }
      }
      if (snapshotJson != null) {
        try (PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO _flowsmith_schema (id, snapshot) VALUES (1, ?)"
                + " ON CONFLICT(id) DO UPDATE SET snapshot = excluded.snapshot")) {
          insert.setString(1, snapshotJson);
          insert.executeUpdate();
        }
      }
      commit();
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

  /**
   * Makes sure each column has an index, creating the missing ones (each in its own write
   * transaction) the first time a query filters or sorts on them, so a growing table keeps
   * answering from an index. Must not be called inside a transaction.
   */
  synchronized void ensureIndexes(CollectionSchema collection, Set<String> columns) {
    for (String column : columns) {
      if (indexed.add(collection.name() + "\u0000" + column) && !column.equals(collection.primaryKey())) {
        execute(SqliteColumns.index(collection, column));
      }
    }
  }

  /** A write transaction that excludes every other writer (in any process) until commit or rollback. */
  void beginWrite() {
    execute("BEGIN IMMEDIATE");
    inTransaction = true;
  }

  /** A read transaction: every statement until commit sees the same committed state. */
  void beginRead() {
    execute("BEGIN");
    inTransaction = true;
  }

  void commit() {
    execute("COMMIT");
    inTransaction = false;
  }

  /** Ends the transaction, if one is open, undoing what it wrote. */
  void rollback() {
    if (inTransaction) {
      inTransaction = false;
      execute("ROLLBACK");
    }
  }

  /** A prepared statement for {@code sql}, cached; its parameters are cleared. */
  PreparedStatement prepare(String sql) {
    try {
      PreparedStatement statement = statements.get(sql);
      if (statement == null) {
        statement = connection.prepareStatement(sql);
        statements.put(sql, statement);
      } else {
        statement.clearParameters();
      }
      return statement;
    } catch (SQLException e) {
      throw new StorageException("Cannot prepare " + sql + ": " + e.getMessage(), e);
    }
  }

  private void execute(String sql) {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new StorageException("SQLite " + sql + " failed: " + e.getMessage(), e);
    }
  }

  private static void closeQuietly(PreparedStatement statement) {
    try {
      statement.close();
    } catch (SQLException ignored) {
      // closing a cached statement that failed leaves nothing to clean up
    }
  }

  @Override
  public synchronized void close() {
    statements.values().forEach(SqliteTables::closeQuietly);
    statements.clear();
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StorageException("Cannot close the item store: " + e.getMessage(), e);
    }
  }

  /** {@code flowsmith_date(x)}: parsable date text → epoch milliseconds; anything else unchanged. */
  private static final class DateMillis extends Function {
    @Override
    protected void xFunc() throws SQLException {
      switch (value_type(0)) {
        case org.sqlite.core.Codes.SQLITE_TEXT -> {
          String text = value_text(0);
          var millis = ItemDates.parse(text);
          if (millis.isPresent()) {
            result(millis.getAsLong());
          } else {
            result(text);
          }
        }
        case org.sqlite.core.Codes.SQLITE_INTEGER -> result(value_long(0));
        case org.sqlite.core.Codes.SQLITE_FLOAT -> result(value_double(0));
        case org.sqlite.core.Codes.SQLITE_BLOB -> result(value_blob(0));
        default -> result();
      }
    }
  }

  /**
   * SQLite's {@code CAST(strftime('%Y'|'%m'|'%W'|'%d'|'%w'|'%H'|'%M'|'%S', ms / 1000, 'unixepoch'
   * [, 'localtime']) AS INTEGER)}, as Directus's SQLite helper computes date functions, with the
   * store's zone for 'localtime' rather than the process's.
   */
  private static final class DatePart extends Function {
    @Override
    protected void xFunc() throws SQLException {
      int type = value_type(1);
      if (type != org.sqlite.core.Codes.SQLITE_INTEGER && type != org.sqlite.core.Codes.SQLITE_FLOAT) {
        result();
        return;
      }
      result(ItemDates.part(value_text(0), (long) value_double(1), java.time.ZoneId.of(value_text(2))));
    }
  }

  /** A failure of the database itself (locked past the timeout, disk full, not a database). */
  public static final class StorageException extends RuntimeException {
    public StorageException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
