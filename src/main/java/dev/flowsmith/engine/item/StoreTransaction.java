package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * One unit of work on the SQL tables, inside one SQLite transaction the store opened: reads see the
 * committed rows plus this unit's own changes, writes go straight to SQL, and the store commits or
 * rolls back the whole unit, so a failing batch leaves nothing half-written.
 */
final class StoreTransaction implements RowSource {

  private final SqliteTables tables;
  private final Schema schema;
  private final QueryPlanner planner;
  private final FilterContext context;
  private final Map<String, Table> opened = new HashMap<>();

  /** {@code readable}: the fields of a collection the caller may read, which bounds {@code search}. */
  StoreTransaction(SqliteTables tables, Schema schema, FilterContext context, BiPredicate<String, String> readable) {
    this.tables = tables;
    this.schema = schema;
    this.planner = new QueryPlanner(schema, context, readable);
    this.context = context;
  }

  @Override
  public ZoneId zone() {
    return context.zone();
  }

  /** The table for reading, null for a collection the schema lacks. */
  Table read(String collection) {
    return schema.collection(collection).map(c -> opened.computeIfAbsent(c.name(), n -> new Table(tables, c)))
        .orElse(null);
  }

  /** The table for writing (the same object: writes go to SQL at once). */
  Table write(String collection) {
    return read(collection);
  }

  /** Saves what the unit changed besides rows (sequences); the store commits afterwards. */
  void finish() {
    opened.values().forEach(table -> table.saveSequence(tables));
  }

  @Override
  public Optional<JsObject> row(String collection, JsValue key) {
    Table table = read(collection);
    return table == null ? Optional.empty() : Optional.ofNullable(table.rows.get(table.keyOf(key)));
  }

  /** The rows of an aggregating query ({@link Query#aggregates()}), already in their returned form. */
  List<JsObject> aggregate(CollectionSchema collection, Query query) {
    return new AggregatePlanner(planner, context).rows(tables, collection, query);
  }

  @Override
  public List<JsObject> select(CollectionSchema collection, Query query) {
    return planner.rows(tables, collection, query);
  }
}
