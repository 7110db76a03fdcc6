package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsValue;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** SQL text and the values of its placeholders, in order. */
record SqlStatement(String sql, List<JsValue> params) {

  SqlStatement {
    params = List.copyOf(params);
  }

  /** The cached statement with every parameter bound. */
  PreparedStatement prepare(SqliteTables tables) throws SQLException {
    PreparedStatement statement = tables.prepare(sql);
    for (int i = 0; i < params.size(); i++) {
      SqliteColumns.bindValue(statement, i + 1, params.get(i));
    }
    return statement;
  }
}
