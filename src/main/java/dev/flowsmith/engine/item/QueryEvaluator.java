package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the row-selecting part of a query over stored rows in memory: filter, search, sort (the
 * query's, else the collection's sort field or key), then offset/page and limit as Directus applies
 * them ({@code page} overrides {@code offset}: {@code offset = limit × (page − 1)} when limit is not
 * -1). An SQL store does the same in SQL and only reuses {@link FieldProjection} on its rows.
 */
public final class QueryEvaluator {

  private final Schema schema;
  private final RowSource source;
  private final FilterContext context;

  public QueryEvaluator(Schema schema, RowSource source, FilterContext context) {
    this.schema = schema;
    this.source = source;
    this.context = context;
  }

  /** The stored rows the query selects, in order. */
  public List<JsObject> select(CollectionSchema collection, Query query) {
    Condition condition = new FilterCompiler(schema, context).compile(collection, query.filter());
    RowFilter filter = new RowFilter(schema, source);
    String search = query.search();
    List<JsObject> rows = new ArrayList<>();
    for (JsObject row : source.rows(collection.name())) {
      if (filter.matches(condition, row) && (search == null || RowSearch.matches(collection, row, search))) {
        rows.add(row);
      }
    }
    List<String> sort = query.sort() == null || query.sort().isEmpty()
        ? List.of(collection.defaultSort()) : query.sort();
    rows.sort(new RowSorter(schema, source).comparator(collection, sort));
    return window(rows, query);
  }

  private static List<JsObject> window(List<JsObject> rows, Query query) {
    int limit = query.effectiveLimit();
    long offset = query.offset() == null ? 0 : query.offset();
    Integer page = query.page();
    if (page != null && page != 0 && limit != 0 && limit != -1) {
      offset = (long) limit * (page - 1);
    }
    int from = (int) Math.min(Math.max(offset, 0), rows.size());
    int to = limit == -1 ? rows.size() : (int) Math.min((long) from + limit, rows.size());
    return new ArrayList<>(rows.subList(from, to));
  }
}
