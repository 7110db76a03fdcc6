package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query with {@code aggregate} and/or {@code groupBy} as one {@code SELECT … GROUP BY} (engine.md
 * §6.4), shaped as Directus returns it: the group fields first (a date function {@code year(date)}
 * under the key {@code date_year}), then each operation in the order given, {@code count: ["id"]} as
 * {@code {"count": {"id": 3}}} and {@code count: ["*"]} as {@code {"count": 3}}; {@code countAll}
 * is accepted but, as on a Directus 11.11 server, leaves nothing in the result; numbers as SQLite gives them (counts integers, sums and averages numbers,
 * null over no rows), min and max in the field's returned form. Without a group there is one row and
 * no sort; with one, rows sort by the first group unless the query sorts. Filter, search, offset, page
 * and limit apply as for items.
 */
final class AggregatePlanner {

  static final Set<String> OPERATIONS = Set.of("count", "countDistinct", "countAll", "sum", "sumDistinct", "avg",
      "avgDistinct", "min", "max");

  private final QueryPlanner planner;
  private final FilterContext context;

  AggregatePlanner(QueryPlanner planner, FilterContext context) {
    this.planner = planner;
    this.context = context;
  }

  /** One output column: where its value goes ({@code key}, or {@code key.sub}) and how it reads back. */
  private record Output(String key, @org.jspecify.annotations.Nullable String sub,
      @org.jspecify.annotations.Nullable FieldSchema field) {}

  List<JsObject> rows(SqliteTables tables, CollectionSchema collection, Query query) {
    SqlParts parts = new SqlParts();
    List<String> select = new ArrayList<>();
    List<Output> outputs = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    Map<String, String> groupByName = new LinkedHashMap<>();
    for (String entry : query.group() == null ? List.<String>of() : query.group()) {
      String expression = group(collection, entry, outputs);
      groups.add(expression);
      groupByName.put(entry, expression);
      select.add(expression);
    }
    Map<String, List<String>> aggregate = query.aggregate() == null ? Map.of() : query.aggregate();
    aggregate.forEach((operation, fields) -> {
      if (!OPERATIONS.contains(operation)) {
        throw ItemErrors.invalidQuery("\"aggregate." + operation + "\" is not allowed");
      }
      if (operation.equals("countAll")) {
        // Directus 11.11 computes it but drops it from the result (checked on the server: [{}])
        return;
      }
      for (String name : fields) {
        if (name.equals("*") && operation.equals("count")) {
          select.add("COUNT(*)");
          outputs.add(new Output("count", null, null));
          continue;
        }
        FieldSchema field = collection.field(name).filter(f -> !f.isAlias()).orElseThrow(ItemErrors::forbidden);
        select.add(function(operation, SqlConditions.column("t0", field.name())));
        boolean keepsType = operation.equals("min") || operation.equals("max");
        outputs.add(new Output(operation, name, keepsType ? field : null));
      }
    });
    String where = planner.where(collection, query, parts);
    // only countAll: one row with nothing in it (the COUNT is what the server computes and drops)
    StringBuilder sql = new StringBuilder("SELECT ").append(select.isEmpty() ? "COUNT(*)" : String.join(", ", select)).append(" FROM ")
        .append(SqliteColumns.quote(collection.name())).append(" t0");
    Map<String, QueryPlanner.Join> joins = new LinkedHashMap<>();
    String order = groups.isEmpty() ? "" : order(collection, query, groupByName, joins, parts);
    joins.values().forEach(join -> sql.append(join.sql()));
    sql.append(" WHERE ").append(where);
    if (!groups.isEmpty()) {
      sql.append(" GROUP BY ").append(String.join(", ", groups)).append(" ORDER BY ").append(order);
    }
    QueryPlanner.window(query, sql, parts);
    return read(tables, new SqlStatement(sql.toString(), parts.params()), outputs);
  }

  /** The group expression for a field or {@code fn(field)}; records its output key. */
  private String group(CollectionSchema collection, String entry, List<Output> outputs) {
    Matcher call = ItemDates.FUNCTION.matcher(entry);
    if (call.matches()) {
      String part = call.group(1);
      FieldSchema field = collection.field(call.group(2)).filter(f -> !f.isAlias())
          .orElseThrow(ItemErrors::forbidden);
      if (!ItemDates.PARTS.contains(part) || !(field.type().isChronological())) {
        throw ItemErrors.invalidQuery("Invalid function \"" + part + "\" for field \"" + field.name() + "\"");
      }
      outputs.add(new Output(field.name() + "_" + part, null, null));
      // engine.md §6.4: timestamps are UTC, dates and dateTimes the server's local time (Directus's 'localtime')
      String zone = field.type() == FieldType.TIMESTAMP ? "UTC" : context.zone().getId();
      return SqliteTables.DATE_PART_FUNCTION + "('" + part + "', "
          + SqlConditions.comparable(field, SqlConditions.column("t0", field.name())) + ", '" + zone.replace("'", "''")
          + "')";
    }
    FieldSchema field = collection.field(entry).filter(f -> !f.isAlias()).orElseThrow(ItemErrors::forbidden);
    outputs.add(new Output(field.name(), null, field));
    return SqlConditions.column("t0", field.name());
  }

  /** The query's sort (a group entry sorts by its expression), else the first group. */
  private String order(CollectionSchema collection, Query query, Map<String, String> groups,
      Map<String, QueryPlanner.Join> joins, SqlParts parts) {
    List<String> sort = query.sort() == null || query.sort().isEmpty()
        ? List.of(groups.keySet().iterator().next()) : query.sort();
    List<String> terms = new ArrayList<>();
    for (String entry : sort) {
      boolean descending = entry.startsWith("-");
      String name = descending ? entry.substring(1) : entry;
      String expression = groups.containsKey(name) ? groups.get(name) : planner.path(collection, name, joins, parts);
      terms.add(expression + (descending ? " DESC" : ""));
    }
    return String.join(", ", terms);
  }

  private static String function(String operation, String column) {
    return switch (operation) {
      case "count" -> "COUNT(" + column + ")";
      case "countDistinct" -> "COUNT(DISTINCT " + column + ")";
      case "sum" -> "SUM(" + column + ")";
      case "sumDistinct" -> "SUM(DISTINCT " + column + ")";
      case "avg" -> "AVG(" + column + ")";
      case "avgDistinct" -> "AVG(DISTINCT " + column + ")";
      case "min" -> "MIN(" + column + ")";
      default -> "MAX(" + column + ")";
    };
  }

  private static List<JsObject> read(SqliteTables tables, SqlStatement statement, List<Output> outputs) {
    try {
      PreparedStatement prepared = statement.prepare(tables);
      List<JsObject> rows = new ArrayList<>();
      try (ResultSet result = prepared.executeQuery()) {
        while (result.next()) {
          rows.add(row(result, outputs));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new SqliteTables.StorageException("Cannot aggregate: " + e.getMessage(), e);
    }
  }

  private static JsObject row(ResultSet result, List<Output> outputs) throws SQLException {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < outputs.size(); i++) {
      Output output = outputs.get(i);
      Object raw = result.getObject(i + 1);
      JsValue value = raw == null ? JsValue.NULL
          : raw instanceof Number number ? JsValue.of(number.doubleValue()) : JsValue.of(raw.toString());
      if (output.field() != null) {
        value = FieldCodec.fromDb(output.field(), value);
      }
      if (output.sub() == null) {
        row.put(output.key(), value);
      } else {
        @SuppressWarnings("unchecked")
        Map<String, JsValue> nested = (Map<String, JsValue>) row.computeIfAbsent(output.key(),
            k -> new LinkedHashMap<String, JsValue>());
        nested.put(output.sub(), value);
      }
    }
    JsObject.Builder item = JsObject.builder();
    row.forEach((key, value) -> {
      if (value instanceof JsValue plain) {
        item.put(key, plain);
      } else {
        @SuppressWarnings("unchecked")
        Map<String, JsValue> nested = (Map<String, JsValue>) value;
        item.put(key, new JsObject(nested));
      }
    });
    return item.build();
  }
}
