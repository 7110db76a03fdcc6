package dev.flowsmith.workspace.flowtest;

import dev.flowsmith.engine.item.CollectionSchema;
import dev.flowsmith.engine.item.FieldSchema;
import dev.flowsmith.engine.item.FieldType;
import dev.flowsmith.engine.item.ItemAccess;
import dev.flowsmith.engine.item.ItemStore;
import dev.flowsmith.engine.item.Query;
import dev.flowsmith.engine.item.Schema;
import dev.flowsmith.engine.item.SeedableItemStore;
import dev.flowsmith.engine.run.RunResult;
import dev.flowsmith.engine.run.StepRecord;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonBoolean;
import dev.flowsmith.model.JsonValue.JsonNumber;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.JsonValue.JsonString;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A test's {@code items} (seeded into the run's throw-away store) and {@code expect.items} (the
 * store after the run). Collections the workspace schema lacks are created from the seeded rows:
 * primary key {@code id} (integer, auto-increment, when the ids are numbers; else string), the other
 * fields typed by their first non-null value (boolean, integer, float, string, json).
 *
 * <p>A seeded row whose key the store already has replaces it (the other rows stay).
 *
 * <p>Expected rows are found by primary key and compared on the fields they list; rows a test
 * does not list are not checked. {@code {"id": 3, "$absent": true}} expects no row 3.
 */
final class TestItems {

  static final String ABSENT = "$absent";

  private TestItems() {}

  /** The collections {@code items} names that {@code schema} lacks, built from their rows. */
  static List<CollectionSchema> unknownCollections(Schema schema, JsonObject items) {
    List<CollectionSchema> out = new ArrayList<>();
    for (Map.Entry<String, JsonValue> entry : items.members().entrySet()) {
      List<JsonObject> rows = rows("items." + entry.getKey(), entry.getValue());
      if (schema.collection(entry.getKey()).isEmpty()) {
        out.add(infer(entry.getKey(), rows));
      }
    }
    return out;
  }

  /** Inserts the rows; a row whose key the store already has replaces that row. */
  static void seed(SeedableItemStore store, JsonObject items) {
    for (Map.Entry<String, JsonValue> entry : items.members().entrySet()) {
      String key = store.collection(entry.getKey()).primaryKey();
      List<JsValue> rows = new ArrayList<>();
      List<JsValue> keys = new ArrayList<>();
      for (JsonObject row : rows(entry.getKey(), entry.getValue())) {
        rows.add(JsJson.fromModel(row));
        row.get(key).ifPresent(id -> keys.add(JsJson.fromModel(id)));
      }
      if (!keys.isEmpty()) {
        store.deleteMany(entry.getKey(), keys, ItemAccess.system());
      }
      store.seed(entry.getKey(), rows);
    }
  }

  private static List<JsonObject> rows(String path, JsonValue value) {
    if (!(value instanceof JsonArray array)) {
      throw new IllegalArgumentException(path + " must be an array of rows");
    }
    List<JsonObject> rows = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      if (!(array.elements().get(i) instanceof JsonObject row)) {
        throw new IllegalArgumentException(path + "[" + i + "] must be an object (a row)");
      }
      rows.add(row);
    }
    return rows;
  }

  private static CollectionSchema infer(String name, List<JsonObject> rows) {
    Map<String, FieldType> types = new LinkedHashMap<>();
    types.put("id", null);
    for (JsonObject row : rows) {
      if (!row.has("id")) {
        throw new IllegalArgumentException("items." + name + ": \"" + name + "\" is not in the workspace schema, so "
            + "it is created for the test and each row needs an \"id\"");
      }
      row.members().forEach((field, value) -> types.merge(field, typeOf(value), TestItems::wider));
      types.putIfAbsent("id", null);
    }
    List<FieldSchema> fields = new ArrayList<>();
    types.forEach((field, type) -> {
      if (field.equals("id")) {
        boolean numeric = type == FieldType.INTEGER || type == null;
        fields.add(FieldSchema.of("id", numeric ? FieldType.INTEGER : FieldType.STRING).asPrimaryKey(numeric));
      } else {
        fields.add(FieldSchema.of(field, type == null ? FieldType.STRING : type));
      }
    });
    return CollectionSchema.of(name, fields);
  }

  private static @Nullable FieldType typeOf(JsonValue value) {
    if (value instanceof JsonBoolean) {
      return FieldType.BOOLEAN;
    }
    if (value instanceof JsonNumber n) {
      return n.decimalValue().stripTrailingZeros().scale() <= 0 ? FieldType.INTEGER : FieldType.FLOAT;
    }
    if (value instanceof JsonString) {
      return FieldType.STRING;
    }
    return value instanceof JsonObject || value instanceof JsonArray ? FieldType.JSON : null;
  }

  private static @Nullable FieldType wider(@Nullable FieldType a, @Nullable FieldType b) {
    if (a == null || a == b) {
      return b == null ? a : b;
    }
    if (b == null) {
      return a;
    }
    if (a.isNumeric() && b.isNumeric()) {
      return FieldType.FLOAT;
    }
    return FieldType.JSON; // mixed kinds: kept as given
  }

  /** Compares {@code expect.items} with the store after the run. */
  static void check(JsonValue expected, ItemStore store, RunResult run, List<Difference> out) {
    if (!(expected instanceof JsonObject collections)) {
      throw new IllegalArgumentException("\"expect.items\" must be an object of collection: [rows]");
    }
    for (Map.Entry<String, JsonValue> entry : collections.members().entrySet()) {
      String collection = entry.getKey();
      String path = "items." + collection;
      List<JsonObject> wanted = rows("expect." + path, entry.getValue());
      if (store.schema().collection(collection).isEmpty()) {
        throw new IllegalArgumentException("expect." + path + ": no collection \"" + collection
            + "\" in the workspace schema or the test's items");
      }
      String key = store.collection(collection).primaryKey();
      Map<String, JsonObject> actual = new LinkedHashMap<>();
      for (JsObject row : store.readByQuery(collection, Query.EMPTY.withLimit(-1), ItemAccess.system())) {
        actual.put(keyText(JsJson.toModel(row.get(key))), (JsonObject) JsJson.toModel(row));
      }
      String stepKey = lastWriter(run, collection);
      for (int i = 0; i < wanted.size(); i++) {
        JsonObject row = wanted.get(i);
        JsonValue id = row.get(key).orElseThrow(() -> new IllegalArgumentException("expect." + path
            + ": each expected row needs its primary key \"" + key + "\""));
        String rowPath = path + "[" + key + "=" + keyText(id) + "]";
        JsonObject found = actual.get(keyText(id));
        boolean absent = row.get(ABSENT).filter(JsonValue.TRUE::equals).isPresent();
        if (absent || found == null) {
          if (absent != (found == null)) {
            out.add(new Difference(rowPath, absent ? "(absent)" : JsonText.compact(row),
                found == null ? JsonMatcher.MISSING : JsonText.compact(found), stepKey));
          }
          continue;
        }
        for (Map.Entry<String, JsonValue> field : row.members().entrySet()) {
          if (field.getKey().equals(ABSENT)) {
            continue;
          }
          JsonMatcher.Mismatch mismatch = JsonMatcher.compare(field.getValue(),
              found.get(field.getKey()).orElse(null));
          if (mismatch != null) {
            out.add(new Difference(rowPath + "." + field.getKey() + mismatch.suffix(), mismatch.expected(),
                mismatch.actual(), stepKey));
          }
        }
      }
    }
  }

  /** Keys compare as text: Directus gives keys as numbers or strings depending on the route. */
  private static String keyText(JsonValue key) {
    if (key instanceof JsonString s) {
      return s.value();
    }
    if (key instanceof JsonNumber n) {
      return n.decimalValue().stripTrailingZeros().toPlainString();
    }
    return JsonText.compact(key);
  }

  /** The last item step of the run whose rendered options name {@code collection}. */
  private static @Nullable String lastWriter(RunResult run, String collection) {
    String found = null;
    for (StepRecord step : run.steps()) {
      if (step.type().startsWith("item-") && step.options() instanceof JsObject options
          && options.get("collection") instanceof JsString name && name.value().equals(collection)) {
        found = step.key();
      }
    }
    return found;
  }
}
