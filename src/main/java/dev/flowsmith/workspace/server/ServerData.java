package dev.flowsmith.workspace.server;

import dev.flowsmith.engine.item.CollectionSchema;
import dev.flowsmith.engine.item.FieldSchema;
import dev.flowsmith.engine.item.ItemAccess;
import dev.flowsmith.engine.item.SchemaSnapshotReader;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.format.AtomicFiles;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.workspace.SqliteItemStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

/**
 * A server's schema and items brought into a workspace's item store ({@code data.db}):
 * {@link #pullSchema} saves {@code GET /schema/snapshot} as {@value #SNAPSHOT_FILE} beside the
 * workspace's flows and applies it to {@code data.db} (which keeps its own normalised copy, the
 * one runs use); {@link #pullItems} copies a collection's items page by page.
 */
public final class ServerData {

  /** Where a pulled snapshot is kept, the name the examples use too. */
  public static final String SNAPSHOT_FILE = "schema-snapshot.json";
  static final int PAGE_SIZE = 200;

  private final DirectusHttp http;

  /** What a schema pull did. */
  public record SchemaPull(Path snapshotFile, Path dataFile, List<String> collections, int requests) {}

  /** What an items pull did. */
  public record ItemsPull(String collection, int items, int pages, int requests) {}

  public ServerData(DirectusHttp http) {
    this.http = http;
  }

  public SchemaPull pullSchema(Path workspace) throws DirectusCallException, IOException {
    int before = http.requestCount();
    JsonValue snapshot = DirectusHttp.data(http.get("/schema/snapshot"));
    if (!(snapshot instanceof JsonObject object) || !(object.get("collections").orElse(null) instanceof JsonArray)) {
      throw new DirectusCallException(DirectusCallException.Kind.REJECTED, 0, null,
          "GET /schema/snapshot gave no {\"collections\": […]}: is " + http.url() + " a Directus 10 or 11 server?");
    }
    var schema = SchemaSnapshotReader.read(JsJson.fromModel(snapshot));
    Files.createDirectories(workspace);
    Path file = workspace.resolve(SNAPSHOT_FILE);
    AtomicFiles.write(file, JsonText.pretty(snapshot));
    Path data = workspace.resolve(SqliteItemStore.FILE_NAME);
    try (SqliteItemStore store = SqliteItemStore.apply(data, schema, UnaryOperator.identity())) {
      return new SchemaPull(file, data, List.copyOf(store.schema().collections().keySet()),
          http.requestCount() - before);
    }
  }

  /**
   * Copies up to {@code limit} items ({@code -1}: all) of {@code collection} into {@code data.db},
   * sorted by key; items already there with the same key are replaced. Only the collection's
   * columns are asked for, so alias fields (one-to-many lists) are left to their own collections.
   */
  public ItemsPull pullItems(Path workspace, String collection, int limit, BooleanSupplier cancelled)
      throws DirectusCallException {
    Path data = workspace.resolve(SqliteItemStore.FILE_NAME);
    if (!Files.isRegularFile(data)) {
      throw DirectusCallException.config(data + " does not exist; run 'flowsmith schema pull' first");
    }
    DirectusHttp calls = http.cancellable(cancelled);
    int before = http.requestCount();
    try (SqliteItemStore store = SqliteItemStore.open(data)) {
      Optional<CollectionSchema> target = Optional.ofNullable(store.schema().collections().get(collection));
      if (target.isEmpty()) {
        throw DirectusCallException.config("the workspace's data.db has no collection '" + collection
            + "'; run 'flowsmith schema pull' to bring the server's schema (known: "
            + String.join(", ", store.schema().collections().keySet()) + ")");
      }
      CollectionSchema schema = target.get();
      List<String> fields = new ArrayList<>();
      schema.columns().forEach(field -> fields.add(field.name()));
      int copied = 0;
      int pages = 0;
      while (limit < 0 || copied < limit) {
        int size = limit < 0 ? PAGE_SIZE : Math.min(PAGE_SIZE, limit - copied);
        JsonValue page = DirectusHttp.data(calls.get("/items/" + collection + DirectusHttp.query(
            "fields", String.join(",", fields), "sort", schema.primaryKey(), "limit", Integer.toString(size),
            "offset", Integer.toString(copied))));
        if (!(page instanceof JsonArray rows)) {
          throw new DirectusCallException(DirectusCallException.Kind.REJECTED, 0, null,
              "GET /items/" + collection + " gave no list of items");
        }
        if (rows.elements().isEmpty()) {
          break;
        }
        pages++;
        replace(store, schema, rows);
        copied += rows.size();
        if (rows.size() < size) {
          break;
        }
      }
      return new ItemsPull(collection, copied, pages, http.requestCount() - before);
    }
  }

  /** One page in: rows whose key is already there are deleted first, then all are loaded as they are. */
  private static void replace(SqliteItemStore store, CollectionSchema schema, JsonArray rows) {
    List<JsValue> items = new ArrayList<>();
    List<JsValue> keys = new ArrayList<>();
    FieldSchema key = schema.primaryKeyField();
    for (JsonValue row : rows.elements()) {
      JsValue item = JsJson.fromModel(row);
      items.add(item);
      if (item instanceof JsObject object && object.has(key.name())) {
        keys.add(object.get(key.name()));
      }
    }
    if (!keys.isEmpty()) {
      store.deleteMany(schema.name(), keys, ItemAccess.system());
    }
    store.seed(schema.name(), items);
  }
}
