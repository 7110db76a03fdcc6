package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsValue;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One collection's table as a write transaction sees it: {@link #rows} reads and writes the SQL
 * table directly (keyed by the stored form of the primary key), and {@link #sequence} is the
 * auto-increment sequence (SQLite AUTOINCREMENT: the highest key ever used, never reused), saved
 * when the transaction commits.
 */
final class Table {

  final CollectionSchema schema;
  final SqlRows rows;
  long sequence;
  private final long loadedSequence;

  Table(SqliteTables tables, CollectionSchema schema) {
    this.schema = schema;
    this.rows = new SqlRows(tables, schema);
    this.sequence = readSequence(tables, schema.name());
    this.loadedSequence = sequence;
  }

  /** The map key for a primary key value in any form ("5" and 5 are one integer key). */
  JsValue keyOf(JsValue key) {
    return FieldCodec.toDb(schema.primaryKeyField(), key);
  }

  /** Saves the sequence if the transaction moved it. */
  void saveSequence(SqliteTables tables) {
    if (sequence == loadedSequence) {
      return;
    }
    PreparedStatement save = tables.prepare("INSERT INTO _flowsmith_sequence (collection, value) VALUES (?, ?)"
        + " ON CONFLICT(collection) DO UPDATE SET value = excluded.value");
    try {
      save.setString(1, schema.name());
      save.setLong(2, sequence);
      save.executeUpdate();
    } catch (SQLException e) {
      throw new SqliteTables.StorageException("Cannot write the item store: " + e.getMessage(), e);
    }
  }

  private static long readSequence(SqliteTables tables, String collection) {
    PreparedStatement read = tables.prepare("SELECT value FROM _flowsmith_sequence WHERE collection = ?");
    try {
      read.setString(1, collection);
      try (ResultSet result = read.executeQuery()) {
        return result.next() ? result.getLong(1) : 0;
      }
    } catch (SQLException e) {
      throw new SqliteTables.StorageException("Cannot read the item store: " + e.getMessage(), e);
    }
  }
}
