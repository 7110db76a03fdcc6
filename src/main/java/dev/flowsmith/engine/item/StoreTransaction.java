package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One unit of work on the in-memory tables: reads see the tables as committed plus this unit's own
 * changes; the first write to a table copies it, and {@link #commit} hands back the new table map.
 * Dropping the transaction discards every change, so a failing batch leaves nothing half-written.
 */
final class StoreTransaction implements RowSource {

  private final Map<String, Table> committed;
  private final Map<String, Table> written = new HashMap<>();

  StoreTransaction(Map<String, Table> committed) {
    this.committed = committed;
  }

  /** The table for reading. */
  Table read(String collection) {
    Table table = written.get(collection);
    return table != null ? table : committed.get(collection);
  }

  /** The table for writing: this transaction's private copy. */
  Table write(String collection) {
    return written.computeIfAbsent(collection, name -> committed.get(name).copy());
  }

  /** What this unit changed, table by table: rows not identical to the committed ones, and removals. */
  List<TableStorage.TableChange> changes() {
    List<TableStorage.TableChange> changes = new ArrayList<>();
    written.forEach((name, table) -> {
      Map<JsValue, JsObject> before = committed.get(name).rows;
      List<JsObject> upserts = new ArrayList<>();
      List<JsValue> deletes = new ArrayList<>();
      // Rows are immutable and only replaced when written, so identity tells changed from copied.
      table.rows.forEach((key, row) -> {
        if (before.get(key) != row) {
          upserts.add(row);
        }
      });
      before.keySet().forEach(key -> {
        if (!table.rows.containsKey(key)) {
          deletes.add(key);
        }
      });
      changes.add(new TableStorage.TableChange(table.schema, upserts, deletes, table.sequence));
    });
    return changes;
  }

  Map<String, Table> commit() {
    Map<String, Table> next = new HashMap<>(committed);
    next.putAll(written);
    return Map.copyOf(next);
  }

  @Override
  public Optional<JsObject> row(String collection, JsValue key) {
    Table table = read(collection);
    return table == null ? Optional.empty() : Optional.ofNullable(table.rows.get(table.keyOf(key)));
  }

  @Override
  public List<JsObject> rows(String collection) {
    Table table = read(collection);
    return table == null ? List.of() : new ArrayList<>(table.rows.values());
  }
}
