package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsNumber;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsValue;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL text and value mapping for one collection's table. Values arrive already in their stored
 * form ({@link FieldCodec#toDb}: null, a number or text), so the column
 * types are chosen so SQLite's affinity never changes them and a row reads back equal:
 * numbers INTEGER/REAL/NUMERIC, text TEXT, and no declared type (no affinity) for {@code timestamp},
 * which holds epoch milliseconds or unparsable text as given. Fields of unknown type may hold any
 * JSON value and are stored as JSON text.
 */
final class SqliteColumns {

  private SqliteColumns() {}

  static String quote(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  static String definition(FieldSchema field) {
    String type = switch (field.type()) {
      case INTEGER, BIG_INTEGER, BOOLEAN -> " INTEGER";
      case FLOAT -> " REAL";
      case DECIMAL -> " NUMERIC";
      case TIMESTAMP, OTHER, ALIAS -> "";
      default -> " TEXT";
    };
    return quote(field.name()) + type;
  }

  /**
   * WITHOUT ROWID so an integer key is an ordinary column: it may hold whatever the store accepts,
   * and the hidden order column, not the key, gives the insertion order.
   */
  static String createTable(CollectionSchema collection) {
    List<String> columns = new ArrayList<>();
    columns.add(quote(SqliteTables.ORDER) + " INTEGER NOT NULL");
    collection.columns().forEach(field -> columns.add(definition(field)));
    columns.add("PRIMARY KEY (" + quote(collection.primaryKey()) + ")");
    return "CREATE TABLE " + quote(collection.name()) + " (" + String.join(", ", columns) + ") WITHOUT ROWID";
  }

  /**
   * The indexes a collection's reads and write checks use: its insertion order (tie-break of every
   * sort), each m2o foreign key it holds (joins, o2m children, EXISTS, ON DELETE), its unique fields
   * and its sort field.
   */
  static List<String> indexes(Schema schema, CollectionSchema collection) {
    List<String> columns = new ArrayList<>();
    columns.add(SqliteTables.ORDER);
    for (Relation relation : schema.relations()) {
      if (relation.manyCollection().equals(collection.name()) && collection.field(relation.manyField())
          .filter(field -> !field.isAlias()).isPresent() && !columns.contains(relation.manyField())) {
        columns.add(relation.manyField());
      }
    }
    for (FieldSchema field : collection.columns()) {
      if (field.unique() && !field.primaryKey() && !columns.contains(field.name())) {
        columns.add(field.name());
      }
    }
    String sortField = collection.sortField();
    if (sortField != null && !columns.contains(sortField) && !sortField.equals(collection.primaryKey())
        && collection.field(sortField).filter(field -> !field.isAlias()).isPresent()) {
      columns.add(sortField);
    }
    List<String> statements = new ArrayList<>();
    for (String column : columns) {
      statements.add(index(collection, column));
    }
    return statements;
  }

  static String index(CollectionSchema collection, String column) {
    return "CREATE INDEX IF NOT EXISTS " + quote("_flowsmith_" + collection.name() + "_" + column)
        + " ON " + quote(collection.name()) + " (" + quote(column) + ")";
  }

  /** The columns of a select, {@code alias."order", alias."field", …}, in the order {@link #row} reads. */
  static String selectList(CollectionSchema collection, String alias) {
    List<String> columns = new ArrayList<>();
    columns.add(alias + "." + quote(SqliteTables.ORDER));
    collection.columns().forEach(field -> columns.add(alias + "." + quote(field.name())));
    return String.join(", ", columns);
  }

  static String select(CollectionSchema collection) {
    List<String> columns = new ArrayList<>();
    columns.add(quote(SqliteTables.ORDER));
    collection.columns().forEach(field -> columns.add(quote(field.name())));
    return "SELECT " + String.join(", ", columns) + " FROM " + quote(collection.name())
        + " ORDER BY " + quote(SqliteTables.ORDER);
  }

  static String delete(CollectionSchema collection) {
    return "DELETE FROM " + quote(collection.name()) + " WHERE " + quote(collection.primaryKey()) + " = ?";
  }

  /** Inserts a row, or replaces an existing one's values in place (its order stays). */
  static String upsert(CollectionSchema collection) {
    List<String> names = new ArrayList<>();
    List<String> marks = new ArrayList<>();
    List<String> updates = new ArrayList<>();
    names.add(quote(SqliteTables.ORDER));
    marks.add("?");
    for (FieldSchema field : collection.columns()) {
      names.add(quote(field.name()));
      marks.add("?");
      updates.add(quote(field.name()) + " = excluded." + quote(field.name()));
    }
    return "INSERT INTO " + quote(collection.name()) + " (" + String.join(", ", names) + ") VALUES ("
        + String.join(", ", marks) + ") ON CONFLICT(" + quote(collection.primaryKey()) + ") DO UPDATE SET "
        + String.join(", ", updates);
  }

  /** A stored row from a result whose first column is the order. */
  static JsObject row(CollectionSchema collection, ResultSet result) throws SQLException {
    JsObject.Builder row = JsObject.builder();
    int index = 2;
    for (FieldSchema field : collection.columns()) {
      row.put(field.name(), read(field, result.getObject(index++)));
    }
    return row.build();
  }

  /** Every row a prepared select (of {@link #selectList} columns) gives, in order. */
  static List<JsObject> rows(CollectionSchema collection, PreparedStatement select) throws SQLException {
    List<JsObject> rows = new ArrayList<>();
    try (ResultSet result = select.executeQuery()) {
      while (result.next()) {
        rows.add(row(collection, result));
      }
    }
    return rows;
  }

  static void bindRow(PreparedStatement statement, int first, CollectionSchema collection, JsObject row)
      throws SQLException {
    int index = first;
    for (FieldSchema field : collection.columns()) {
      bind(statement, index++, field, row.get(field.name()));
    }
  }

  static void bind(PreparedStatement statement, int index, FieldSchema field, JsValue value) throws SQLException {
    if (value.isNullish()) {
      statement.setNull(index, java.sql.Types.NULL);
    } else if (field.type() == FieldType.OTHER) {
      statement.setString(index, JsJson.stringify(value).orElse("null"));
    } else if (value instanceof JsNumber number) {
      double n = number.value();
      // Whole numbers as integers so SQLite shows 5, not 5.0; -0 keeps its sign only as a REAL.
      if (n == Math.rint(n) && Math.abs(n) < 9.007199254740992E15 && !(n == 0 && 1 / n < 0)) {
        statement.setLong(index, (long) n);
      } else {
        statement.setDouble(index, n);
      }
    } else if (value instanceof JsString text) {
      statement.setString(index, text.value());
    } else {
      throw new IllegalStateException("Unexpected stored value " + value + " in " + field.name());
    }
  }

  /** Binds a filter operand or key: null, a number (whole ones as integers), text, or JSON text. */
  static void bindValue(PreparedStatement statement, int index, JsValue value) throws SQLException {
    JsValue bound = SqlValues.bound(value);
    if (bound.isNullish()) {
      statement.setNull(index, java.sql.Types.NULL);
    } else if (bound instanceof JsNumber || bound instanceof JsString) {
      bind(statement, index, FieldSchema.of("operand", FieldType.STRING), bound);
    } else {
      statement.setString(index, SqlValues.text(bound));
    }
  }

  private static JsValue read(FieldSchema field, Object value) {
    if (value == null) {
      return JsValue.NULL;
    }
    if (field.type() == FieldType.OTHER && value instanceof String json) {
      return JsJson.parse(json);
    }
    if (value instanceof Number number) {
      return JsValue.of(number.doubleValue());
    }
    return JsValue.of(value.toString());
  }
}
