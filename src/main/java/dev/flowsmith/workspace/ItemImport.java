package dev.flowsmith.workspace;

import dev.flowsmith.engine.item.CollectionSchema;
import dev.flowsmith.engine.item.FieldSchema;
import dev.flowsmith.engine.item.SeedableItemStore;
import dev.flowsmith.engine.item.SqlValues;
import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Loads items from a file into a store, as rows as they are ({@link SeedableItemStore#seedAll}:
 * keys and values kept, column defaults applied, no specials or events), the whole file in one
 * transaction. JSON is either the seed-items form {@code {"collection": [items…]}} or an array of
 * items for one collection. CSV has a header row of field names; an empty cell is null (as the
 * Directus import reads it) and the other cells are typed by their field. Every value is checked
 * against its field's type ({@link ItemValues}) and every field name against the collection
 * (unknown ones are refused, or dropped with {@code ignoreUnknown}) before anything is written: a
 * bad value fails the whole import, naming the item index and field (and the CSV line and column).
 */
public final class ItemImport {

  private ItemImport() {}

  /**
   * Imports a {@code .csv} or {@code .json} file; {@code collection} is required for CSV and JSON
   * arrays, and picks one collection out of a seed-items object. Returns the rows loaded per
   * collection.
   */
  public static Map<String, Integer> importFile(SeedableItemStore store, Path file, @Nullable String collection)
      throws IOException {
    return importFile(store, file, collection, false);
  }

  /** @param ignoreUnknown drop fields the collection does not have instead of refusing the file */
  public static Map<String, Integer> importFile(SeedableItemStore store, Path file, @Nullable String collection,
      boolean ignoreUnknown) throws IOException {
    String source = file.getFileName().toString();
    String text = readUtf8(file, source);
    Map<String, List<JsValue>> rows;
    if (source.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      rows = Map.of(required(collection, source),
          readCsv(target(store, required(collection, source)), text, source, ignoreUnknown));
    } else {
      JsValue json;
      try {
        json = JsJson.parse(text);
      } catch (RuntimeException notJson) {
        throw new IllegalArgumentException(source + ": not valid JSON: " + notJson.getMessage(), notJson);
      }
      rows = checked(store, readJson(json, collection, source), source, ignoreUnknown);
    }
    store.seedAll(rows);
    Map<String, Integer> counts = new LinkedHashMap<>();
    rows.forEach((name, items) -> counts.put(name, items.size()));
    return counts;
  }

  private static String readUtf8(Path file, String source) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException notUtf8) {
      throw new IllegalArgumentException(source + ": not UTF-8 text; save it as UTF-8 and import again");
    }
  }

  /** Every item's fields looked up and values checked; the items as they will be stored. */
  private static Map<String, List<JsValue>> checked(SeedableItemStore store, Map<String, List<JsValue>> rows,
      String source, boolean ignoreUnknown) {
    Map<String, List<JsValue>> checked = new LinkedHashMap<>();
    rows.forEach((name, items) -> {
      CollectionSchema schema = target(store, name);
      List<JsValue> out = new ArrayList<>(items.size());
      for (int index = 0; index < items.size(); index++) {
        JsObject.Builder item = JsObject.builder();
        for (Map.Entry<String, JsValue> member : ((JsObject) items.get(index)).members().entrySet()) {
          String where = source + ": " + name + "[" + index + "]." + member.getKey();
          FieldSchema field = schema.field(member.getKey()).orElse(null);
          if (field == null) {
            if (ignoreUnknown) {
              continue;
            }
            throw new IllegalArgumentException(where + ": not a field of " + name + " (--ignore-unknown drops it)");
          }
          try {
            item.put(field.name(), ItemValues.check(field, member.getValue()));
          } catch (IllegalArgumentException bad) {
            throw new IllegalArgumentException(where + " (" + field.type().directusName() + "): "
                + bad.getMessage(), bad);
          }
        }
        out.add(item.build());
      }
      checked.put(name, out);
    });
    return checked;
  }

  static Map<String, List<JsValue>> readJson(JsValue json, @Nullable String collection, String source) {
    Map<String, List<JsValue>> rows = new LinkedHashMap<>();
    if (json instanceof JsArray items) {
      rows.put(required(collection, source), objects(items, source));
    } else if (json instanceof JsObject byCollection) {
      for (Map.Entry<String, JsValue> entry : byCollection.members().entrySet()) {
        if (collection == null || collection.equals(entry.getKey())) {
          if (!(entry.getValue() instanceof JsArray items)) {
            throw new IllegalArgumentException(source + ": \"" + entry.getKey() + "\" must be an array of items");
          }
          rows.put(entry.getKey(), objects(items, source));
        }
      }
      if (collection != null && rows.isEmpty()) {
        throw new IllegalArgumentException(source + " has no items for collection " + collection);
      }
    } else {
      throw new IllegalArgumentException(source + " must hold an array of items or {\"collection\": [items…]}");
    }
    return rows;
  }

  static List<JsValue> readCsv(CollectionSchema collection, String text, String source, boolean ignoreUnknown) {
    List<CsvRecords.Row> records = CsvRecords.parse(text, source);
    if (records.isEmpty()) {
      throw new IllegalArgumentException(source + " is empty; the first line must name the fields");
    }
    CsvRecords.Row header = records.get(0);
    List<@Nullable FieldSchema> fields = new ArrayList<>();
    for (int column = 0; column < header.cells().size(); column++) {
      String name = header.cells().get(column).strip();
      FieldSchema field = collection.field(name).filter(f -> !f.isAlias()).orElse(null);
      if (field == null && !ignoreUnknown) {
        throw new IllegalArgumentException(source + " line " + header.line() + ", column " + (column + 1)
            + ": \"" + name + "\" is not a field of " + collection.name() + " (--ignore-unknown skips the column)");
      }
      fields.add(field);
    }
    List<JsValue> items = new ArrayList<>();
    for (CsvRecords.Row record : records.subList(1, records.size())) {
      if (record.cells().size() != fields.size()) {
        throw new IllegalArgumentException(source + " line " + record.line() + ": " + record.cells().size()
            + " values for " + fields.size() + " fields");
      }
      JsObject.Builder item = JsObject.builder();
      for (int column = 0; column < fields.size(); column++) {
        FieldSchema field = fields.get(column);
        if (field == null) {
          continue;
        }
        String cell = record.cells().get(column);
        boolean nullCell = cell.isEmpty() && !record.quoted().get(column);
        try {
          item.put(field.name(), ItemValues.check(field, nullCell ? JsValue.NULL : typed(field, cell)));
        } catch (IllegalArgumentException bad) {
          throw new IllegalArgumentException(source + " line " + record.line() + ", column " + (column + 1)
              + " (" + field.name() + "), item " + (items.size()) + ": " + bad.getMessage(), bad);
        }
      }
      items.add(item.build());
    }
    return items;
  }

  /** The cell as a value of the field's type; throws with what is wrong. */
  private static JsValue typed(FieldSchema field, String cell) {
    String text = cell.strip();
    return switch (field.type()) {
      case INTEGER, BIG_INTEGER -> {
        double number = SqlValues.toNumber(JsValue.of(text));
        if (text.isEmpty() || Double.isNaN(number) || number != Math.rint(number) || Double.isInfinite(number)) {
          throw new IllegalArgumentException("\"" + cell + "\" is not an integer");
        }
        yield JsValue.of(number);
      }
      case FLOAT, DECIMAL -> {
        double number = SqlValues.toNumber(JsValue.of(text));
        if (text.isEmpty() || Double.isNaN(number)) {
          throw new IllegalArgumentException("\"" + cell + "\" is not a number");
        }
        yield JsValue.of(number);
      }
      case BOOLEAN -> switch (text.toLowerCase(Locale.ROOT)) {
        case "true", "1" -> JsValue.TRUE;
        case "false", "0" -> JsValue.FALSE;
        default -> throw new IllegalArgumentException("\"" + cell + "\" is not a boolean (true/false/1/0)");
      };
      case JSON -> {
        try {
          yield JsJson.parse(cell);
        } catch (RuntimeException notJson) {
          throw new IllegalArgumentException("\"" + cell + "\" is not JSON");
        }
      }
      case UUID, TIMESTAMP, DATE_TIME, DATE, TIME -> JsValue.of(text); // checked by ItemValues
      default -> JsValue.of(cell);
    };
  }

  private static List<JsValue> objects(JsArray items, String source) {
    for (JsValue item : items.elements()) {
      if (!(item instanceof JsObject)) {
        throw new IllegalArgumentException(source + ": every item must be a JSON object, got " + JsJson.stringify(item)
            .orElse("undefined"));
      }
    }
    return items.elements();
  }

  private static String required(@Nullable String collection, String source) {
    if (collection == null) {
      throw new IllegalArgumentException(source + ": say which collection the items go to (--collection)");
    }
    return collection;
  }

  private static CollectionSchema target(SeedableItemStore store, String name) {
    return store.schema().collection(name)
        .orElseThrow(() -> new IllegalArgumentException("Unknown collection " + name));
  }
}
