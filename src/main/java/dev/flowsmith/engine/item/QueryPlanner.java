package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns the row-selecting part of a Directus query into one parameterised SELECT (engine.md §6.4):
 * {@code filter} ({@link FilterCompiler} then {@link SqlConditions}), {@code search}, {@code sort}
 * (the query's, else the collection's sort field or key; {@code -field} descending; {@code a.b}
 * through many-to-one joins; ties in insertion order), then {@code offset}/{@code page} and
 * {@code limit} as Directus applies them ({@code page} overrides {@code offset}:
 * {@code offset = limit × (page − 1)} when limit is not -1; -1 is every row). SQLite's order is
 * Directus 11.11's: NULL first ascending (last descending), numbers before text, text byte-wise.
 */
final class QueryPlanner {

  private static final Set<String> INDEXED_OPERATORS = Set.of("_eq", "_in", "_lt", "_lte", "_gt", "_gte",
      "_between", "_null", "_nnull");
  private static final Pattern NUMERIC = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)");

  private final Schema schema;
  private final FilterContext context;
  private final BiPredicate<String, String> readable;

  QueryPlanner(Schema schema, FilterContext context) {
    this(schema, context, (collection, field) -> true);
  }

  /** {@code readable} says which fields {@code search} may look at: the caller's readable ones. */
  QueryPlanner(Schema schema, FilterContext context, BiPredicate<String, String> readable) {
    this.schema = schema;
    this.context = context;
    this.readable = readable;
  }

  /** The statement for the rows a query selects; its columns are {@link SqliteColumns#selectList}. */
  SqlStatement select(CollectionSchema collection, Query query) {
    SqlParts parts = new SqlParts();
    String where = where(collection, query, parts);
    Map<String, Join> joins = new LinkedHashMap<>();
    String order = order(collection, query.sort(), joins, parts);
    StringBuilder sql = new StringBuilder("SELECT ").append(SqliteColumns.selectList(collection, "t0"))
        .append(" FROM ").append(SqliteColumns.quote(collection.name())).append(" t0");
    joins.values().forEach(join -> sql.append(join.sql()));
    sql.append(" WHERE ").append(where).append(" ORDER BY ").append(order);
    window(query, sql, parts);
    return new SqlStatement(sql.toString(), parts.params());
  }

  /**
   * The columns of {@code collection} an index would serve for this query: those its filter compares
   * with {@code =}, {@code IN}, ranges or null checks (outside relational paths and LIKE, and not
   * dates, which compare through a function), and its plain sort fields.
   */
  Set<String> indexable(CollectionSchema collection, Query query) {
    Set<String> columns = new LinkedHashSet<>();
    collect(new FilterCompiler(schema, context).compile(collection, query.filter()), columns);
    for (String entry : query.sort() == null ? List.<String>of() : query.sort()) {
      String name = entry.startsWith("-") ? entry.substring(1) : entry;
      collection.field(name).filter(field -> !field.isAlias() && !usesFunction(field))
          .ifPresent(field -> columns.add(field.name()));
    }
    return columns;
  }

  private static void collect(Condition condition, Set<String> columns) {
    if (condition instanceof Condition.All all) {
      all.children().forEach(child -> collect(child, columns));
    } else if (condition instanceof Condition.Any any) {
      any.children().forEach(child -> collect(child, columns));
    } else if (condition instanceof Condition.Compare compare && !usesFunction(compare.field())
        && INDEXED_OPERATORS.contains(compare.operator())) {
      columns.add(compare.field().name());
    }
  }

  private static boolean usesFunction(FieldSchema field) {
    return !SqlConditions.comparable(field, "x").equals("x");
  }

  /** The WHERE expression of filter and search on {@code t0}. */
  String where(CollectionSchema collection, Query query, SqlParts parts) {
    Condition condition = new FilterCompiler(schema, context).compile(collection, query.filter());
    String where = new SqlConditions(schema, parts).where(condition, "t0");
    if (query.search() != null) {
      where = "(" + where + ") AND " + search(collection, query.search(), parts);
    }
    return where;
  }

  List<JsObject> rows(SqliteTables tables, CollectionSchema collection, Query query) {
    SqlStatement statement = select(collection, query);
    try {
      return SqliteColumns.rows(collection, statement.prepare(tables));
    } catch (SQLException e) {
      throw new SqliteTables.StorageException("Cannot read " + collection.name() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Directus applySearch: any string/text field contains the text case-insensitively, any numeric
   * field equals it when it reads as a number, any uuid field equals it when it is a UUID; a
   * collection with no such field matches nothing. A restricted caller's search looks only at the
   * fields it may read (11.11's getSearchableFields; fixture p078). Relational fields are not
   * searched: 11.11 searches the collection's own columns only.
   */
  private String search(CollectionSchema collection, String search, SqlParts parts) {
    boolean numeric = NUMERIC.matcher(search).matches();
    boolean uuid = ItemKeys.isUuid(search);
    List<String> any = new ArrayList<>();
    for (FieldSchema field : collection.columns()) {
      if (!readable.test(collection.name(), field.name())) {
        continue;
      }
      String column = SqlConditions.column("t0", field.name());
      if (field.type().isSearchableText()) {
        any.add("LOWER(" + column + ") LIKE " + parts.param(JsValue.of("%" + search.toLowerCase(Locale.ROOT) + "%")));
      } else if (field.type().isNumeric() && numeric) {
        any.add(column + " = " + parts.param(JsValue.of(Double.parseDouble(search))));
      } else if (field.type() == FieldType.UUID && uuid) {
        any.add(column + " = " + parts.param(JsValue.of(search)));
      }
    }
    return any.isEmpty() ? "0" : "(" + String.join(" OR ", any) + ")";
  }

  /** ORDER BY for the sort keys (unknown or alias fields reject with FORBIDDEN), then insertion order. */
  String order(CollectionSchema collection, @Nullable List<String> sort,
      Map<String, Join> joins, SqlParts parts) {
    List<String> keys = sort == null || sort.isEmpty() ? List.of(collection.defaultSort()) : sort;
    List<String> terms = new ArrayList<>();
    for (String entry : keys) {
      if (entry.isEmpty()) {
        continue;
      }
      boolean descending = entry.startsWith("-");
      terms.add(path(collection, descending ? entry.substring(1) : entry, joins, parts)
          + (descending ? " DESC" : ""));
    }
    terms.add(SqlConditions.column("t0", SqliteTables.ORDER));
    return String.join(", ", terms);
  }

  /** The SQL expression for a dotted path; each many-to-one step becomes a LEFT JOIN (one per path). */
  String path(CollectionSchema collection, String dotted, Map<String, Join> joins, SqlParts parts) {
    CollectionSchema current = collection;
    String alias = "t0";
    String[] names = dotted.split("\\.", -1);
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < names.length; i++) {
      FieldSchema field = current.field(names[i]).filter(f -> !f.isAlias()).orElseThrow(ItemErrors::forbidden);
      if (i == names.length - 1) {
        return SqlConditions.comparable(field, SqlConditions.column(alias, field.name()));
      }
      Optional<Relation> relation = schema.manyToOne(current.name(), field.name());
      CollectionSchema next = schema.collection(relation.orElseThrow(ItemErrors::forbidden).oneCollection())
          .orElseThrow(ItemErrors::forbidden);
      prefix.append(names[i]).append('.');
      String key = prefix.toString();
      String from = alias;
      Join join = joins.computeIfAbsent(key, k -> {
        String joined = parts.alias();
        return new Join(joined, " LEFT JOIN " + SqliteColumns.quote(next.name()) + " " + joined + " ON "
            + SqlConditions.column(joined, next.primaryKey()) + " = " + SqlConditions.column(from, field.name()));
      });
      alias = join.alias();
      current = next;
    }
    throw ItemErrors.forbidden();
  }

  /** A LEFT JOIN of a sort path's related collection, under {@code alias}. */
  record Join(String alias, String sql) {}

  static void window(Query query, StringBuilder sql, SqlParts parts) {
    int limit = query.effectiveLimit();
    long offset = query.offset() == null ? 0 : query.offset();
    Integer page = query.page();
    if (page != null && page != 0 && limit != 0 && limit != -1) {
      offset = (long) limit * (page - 1);
    }
    sql.append(" LIMIT ").append(parts.param(JsValue.of(limit == -1 ? -1 : limit)))
        .append(" OFFSET ").append(parts.param(JsValue.of(Math.max(offset, 0))));
  }
}
