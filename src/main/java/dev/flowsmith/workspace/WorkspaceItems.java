package dev.flowsmith.workspace;

import dev.flowsmith.engine.item.CollectionSchema;
import dev.flowsmith.engine.item.FieldSchema;
import dev.flowsmith.engine.item.FieldType;
import dev.flowsmith.engine.item.Schema;
import dev.flowsmith.engine.item.SystemCollections;
import dev.flowsmith.engine.value.JsValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the app's Data tab changes in a workspace's {@code data.db} besides rows: a new collection,
 * and items imported from a file exactly as {@code flowsmith items import} does ({@link ItemImport}).
 * Both work on the file directly, so the caller closes any runtime holding it first.
 */
public final class WorkspaceItems {

  /** The primary key kinds the Studio offers for a new collection. */
  public enum PrimaryKey {
    /** Auto-incremented integer (the Studio's default). */
    INTEGER,
    /** A UUID the store generates. */
    UUID,
    /** A string the user enters. */
    STRING
  }

  /** The field types a new collection's fields may have (Directus type names). */
  public static final List<String> FIELD_TYPES = List.of("string", "text", "integer", "bigInteger", "float",
      "decimal", "boolean", "json", "csv", "uuid", "timestamp", "dateTime", "date", "time");

  private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

  private WorkspaceItems() {}

  /**
   * Adds a collection with primary key {@code id} and {@code fields} (name → Directus type) to the
   * workspace's data.db, creating the file if needed; existing collections and rows stay.
   *
   * @throws IllegalArgumentException for a bad or taken name, or an unknown field type
   */
  public static void createCollection(Path workspace, String name, PrimaryKey key, Map<String, String> fields) {
    if (!NAME.matcher(name).matches() || name.startsWith("directus_")) {
      throw new IllegalArgumentException("\"" + name + "\" is not a collection name: use lower-case letters, digits "
          + "and _ (not starting with directus_)");
    }
    Path data = workspace.resolve(SqliteItemStore.FILE_NAME);
    Schema existing = Files.isRegularFile(data) ? schemaOf(data) : new Schema(Map.of(), List.of());
    if (existing.collection(name).isPresent()) {
      throw new IllegalArgumentException("A collection named \"" + name + "\" already exists");
    }
    List<FieldSchema> columns = new ArrayList<>();
    columns.add(switch (key) {
      case INTEGER -> new FieldSchema("id", FieldType.INTEGER, JsValue.NULL, true, true, false, false, List.of());
      case UUID -> new FieldSchema("id", FieldType.UUID, JsValue.NULL, true, false, false, false, List.of("uuid"));
      case STRING -> new FieldSchema("id", FieldType.STRING, JsValue.NULL, true, false, false, false, List.of());
    });
    for (Map.Entry<String, String> field : fields.entrySet()) {
      if (!NAME.matcher(field.getKey()).matches() || field.getKey().equals("id")) {
        throw new IllegalArgumentException("\"" + field.getKey() + "\" is not a field name (lower-case letters, "
            + "digits and _; id is the primary key)");
      }
      if (!FIELD_TYPES.contains(field.getValue())) {
        throw new IllegalArgumentException("field " + field.getKey() + ": unknown type \"" + field.getValue()
            + "\"; one of " + String.join(", ", FIELD_TYPES));
      }
      columns.add(FieldSchema.of(field.getKey(), FieldType.of(field.getValue())));
    }
    Map<String, CollectionSchema> collections = new LinkedHashMap<>(existing.collections());
    // a new data.db gets the system collections flows read (directus_users), as a snapshot's does
    SystemCollections.all().forEach(system -> collections.putIfAbsent(system.name(), system));
    collections.put(name, CollectionSchema.of(name, columns));
    SqliteItemStore.apply(data, new Schema(collections, existing.relations()), UnaryOperator.identity()).close();
  }

  /** Imports a .json or .csv file into data.db as {@code flowsmith items import} does; the rows per collection. */
  public static Map<String, Integer> importFile(Path workspace, Path file, @Nullable String collection)
      throws IOException {
    Path data = workspace.resolve(SqliteItemStore.FILE_NAME);
    if (!Files.isRegularFile(data)) {
      throw new IllegalArgumentException("The workspace has no data.db yet: create a collection first");
    }
    try (SqliteItemStore store = SqliteItemStore.open(data)) {
      return ItemImport.importFile(store, file, collection);
    }
  }

  private static Schema schemaOf(Path data) {
    try (SqliteItemStore store = SqliteItemStore.open(data)) {
      return store.schema();
    }
  }
}
