package dev.flowsmith.mcp;

import dev.flowsmith.engine.filter.FilterValidator;
import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.FlowWriter;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonNumber;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.JsonValue.JsonString;
import dev.flowsmith.model.Operation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Flows and operations as rows of {@code directus_flows} / {@code directus_operations}, and the
 * part of a Directus query the {@code flows} and {@code operations} tools take: {@code filter}
 * (Directus filter rules, evaluated like a condition), {@code fields} ({@code *}, names, and on
 * flows {@code operations.*} or {@code operations.<field>}), {@code sort}, {@code limit},
 * {@code offset} and {@code page}. As on the server, {@code *} lists a flow's operations by id.
 */
final class FlowRows {

  static final Set<String> QUERY_KEYS = Set.of("fields", "filter", "sort", "limit", "offset", "page");
  /** Directus's QUERY_LIMIT_DEFAULT. */
  static final int DEFAULT_LIMIT = 100;

  private FlowRows() {}

  /** The flow as {@code GET /flows/:id?fields=*,operations.*} gives it, in canonical field order. */
  static JsonObject nested(Flow flow) {
    try {
      return (JsonObject) JsonText.parseValue(FlowWriter.canonical(flow));
    } catch (FlowFormatException impossible) {
      throw new IllegalStateException("the canonical writer produced unreadable JSON", impossible);
    }
  }

  static JsonObject operation(Flow flow, Operation operation) {
    JsonObject whole = nested(flow);
    JsonArray operations = (JsonArray) whole.get("operations").orElse(JsonArray.EMPTY);
    for (JsonValue row : operations.elements()) {
      JsonObject object = (JsonObject) row;
      if (object.string("id").orElse("").equals(operation.id())) {
        return object;
      }
    }
    throw new IllegalStateException("operation " + operation.id() + " missing from its flow's document");
  }

  static List<JsonObject> operations(List<Flow> flows) {
    List<JsonObject> rows = new ArrayList<>();
    for (Flow flow : flows) {
      JsonArray operations = (JsonArray) nested(flow).get("operations").orElse(JsonArray.EMPTY);
      operations.elements().forEach(row -> rows.add((JsonObject) row));
    }
    return rows;
  }

  /** Filters, sorts, pages and shapes {@code rows} (nested flow rows or operation rows) by {@code query}. */
  static List<JsonValue> query(String tool, List<JsonObject> rows, JsonObject query, boolean flows) throws ToolError {
    ToolArgs q = ToolArgs.of(tool + " query", query, QUERY_KEYS);
    List<JsonObject> selected = new ArrayList<>();
    JsValue filter = q.raw("filter").map(JsJson::fromModel).orElse(null);
    if (q.raw("filter").isPresent() && !(q.raw("filter").get() instanceof JsonObject)) {
      throw new ToolError(ToolError.INVALID_QUERY, tool + ": query.filter must be an object");
    }
    for (JsonObject row : rows) {
      if (filter == null || matches(tool, filter, row)) {
        selected.add(row);
      }
    }
    List<String> sort = q.strings("sort");
    if (!sort.isEmpty()) {
      selected.sort(comparator(sort));
    }
    int limit = integer(tool, q, "limit", DEFAULT_LIMIT);
    int offset = integer(tool, q, "offset", 0);
    if (q.has("page") && !q.has("offset") && limit > 0) {
      offset = Math.max(0, integer(tool, q, "page", 1) - 1) * limit;
    }
    List<JsonObject> page = selected.subList(Math.min(offset, selected.size()),
        limit < 0 ? selected.size() : Math.min(selected.size(), offset + limit));
    List<String> fields = q.strings("fields");
    List<JsonValue> shaped = new ArrayList<>();
    for (JsonObject row : page) {
      shaped.add(shape(row, fields.isEmpty() ? List.of("*") : fields, flows));
    }
    return shaped;
  }

  /** A flow row with the default fields: every column, operations by id. */
  static JsonObject flat(JsonObject nested) {
    return shape(nested, List.of("*"), true);
  }

  private static boolean matches(String tool, JsValue filter, JsonObject row) throws ToolError {
    try {
      FilterValidator.validate(filter, JsJson.fromModel(row), JsValue.NULL, Clock.systemUTC());
      return true;
    } catch (JsException failed) {
      if (failed.value() instanceof JsArray) {
        return false; // the FAILED_VALIDATION list: the row does not match
      }
      throw new ToolError(ToolError.INVALID_QUERY, tool + ": query.filter: " + failed.getMessage());
    }
  }

  private static Comparator<JsonObject> comparator(List<String> sort) {
    Comparator<JsonObject> order = (a, b) -> 0;
    for (String spec : sort) {
      boolean descending = spec.startsWith("-");
      String field = descending ? spec.substring(1) : spec;
      Comparator<JsonObject> one = Comparator.comparing(row -> sortKey(row.get(field)), FlowRows::compareKeys);
      order = order.thenComparing(descending ? one.reversed() : one);
    }
    return order;
  }

  private static Object sortKey(Optional<JsonValue> value) {
    if (value.isEmpty() || value.get().isNull()) {
      return "";
    }
    if (value.get() instanceof JsonNumber number) {
      return number.decimalValue();
    }
    if (value.get() instanceof JsonString text) {
      return text.value();
    }
    return JsonText.compact(value.get());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compareKeys(Object a, Object b) {
    if (a.getClass() == b.getClass() && a instanceof Comparable comparable) {
      return comparable.compareTo(b);
    }
    return a.toString().compareTo(b.toString());
  }

  private static int integer(String tool, ToolArgs q, String name, int fallback) throws ToolError {
    Optional<JsonValue> value = q.raw(name);
    if (value.isEmpty()) {
      return fallback;
    }
    if (value.get() instanceof JsonNumber number && number.isIntegral()) {
      return (int) Math.max(-1, Math.min(Integer.MAX_VALUE, number.longValue()));
    }
    throw new ToolError(ToolError.INVALID_QUERY, tool + ": query." + name + " must be a whole number");
  }

  private static JsonObject shape(JsonObject row, List<String> fields, boolean flows) {
    JsonObject.Builder out = JsonObject.builder();
    boolean all = fields.contains("*") || fields.contains("*.*");
    List<String> nestedFields = new ArrayList<>();
    for (String field : fields) {
      if (field.startsWith("operations.")) {
        nestedFields.add(field.substring("operations.".length()));
      }
    }
    if (fields.contains("*.*")) {
      nestedFields.add("*");
    }
    for (var member : row.members().entrySet()) {
      String name = member.getKey();
      boolean operations = flows && name.equals("operations");
      if (operations && !nestedFields.isEmpty()) {
        out.put(name, nestedOperations(member.getValue(), nestedFields));
      } else if (all || fields.contains(name)) {
        out.put(name, operations ? ids(member.getValue()) : member.getValue());
      }
    }
    return out.build();
  }

  private static JsonValue ids(JsonValue operations) {
    List<JsonValue> ids = new ArrayList<>();
    if (operations instanceof JsonArray array) {
      array.elements().forEach(op -> ids.add(((JsonObject) op).get("id").orElse(JsonValue.NULL)));
    }
    return new JsonArray(ids);
  }

  private static JsonValue nestedOperations(JsonValue operations, List<String> fields) {
    List<JsonValue> rows = new ArrayList<>();
    if (operations instanceof JsonArray array) {
      array.elements().forEach(op -> rows.add(shape((JsonObject) op, fields, false)));
    }
    return new JsonArray(rows);
  }
}
