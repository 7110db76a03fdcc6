package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stored rows of one collection, keyed by the stored form of their primary key, plus the
 * auto-increment sequence (SQLite AUTOINCREMENT: the highest key ever used, never reused).
 * Mutable, but only ever changed as a private copy inside a {@link StoreTransaction}.
 */
final class Table {

  final CollectionSchema schema;
  final Map<JsValue, JsObject> rows;
  long sequence;

  Table(CollectionSchema schema) {
    this(schema, new LinkedHashMap<>(), 0);
  }

  /** The table as a {@link TableStorage} loaded it. */
  Table(CollectionSchema schema, TableStorage.StoredTable stored) {
    this(schema, new LinkedHashMap<>(), stored.sequence());
    for (JsObject row : stored.rows()) {
      rows.put(keyOf(row.get(schema.primaryKey())), row);
    }
  }

  private Table(CollectionSchema schema, Map<JsValue, JsObject> rows, long sequence) {
    this.schema = schema;
    this.rows = rows;
    this.sequence = sequence;
  }

  Table copy() {
    return new Table(schema, new LinkedHashMap<>(rows), sequence);
  }

  /** The map key for a primary key value in any form ("5" and 5 are one integer key). */
  JsValue keyOf(JsValue key) {
    return FieldCodec.toDb(schema.primaryKeyField(), key);
  }
}
