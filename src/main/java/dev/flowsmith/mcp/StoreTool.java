package dev.flowsmith.mcp;

import dev.flowsmith.engine.item.CollectionSchema;
import dev.flowsmith.engine.item.FieldSchema;
import dev.flowsmith.engine.item.ItemAccess;
import dev.flowsmith.engine.item.ItemStore;
import dev.flowsmith.engine.item.QueryReader;
import dev.flowsmith.engine.item.Schema;
import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.workspace.WorkspaceRuntime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code items} and {@code schema}: the workspace's item store ({@code data.db}) as Directus's
 * tools of those names show a server's. Items are read only here: flows change them when they
 * run, and {@code flowsmith items import} seeds them.
 */
final class StoreTool {

  static final Set<String> ITEMS_ARGUMENTS = Set.of("action", "collection", "keys", "query", "data");
  static final Set<String> SCHEMA_ARGUMENTS = Set.of("keys");

  private final McpWorkspace workspace;

  StoreTool(McpWorkspace workspace) {
    this.workspace = workspace;
  }

  JsonValue items(JsonObject arguments) throws ToolError {
    ToolArgs args = ToolArgs.of("items", arguments, ITEMS_ARGUMENTS);
    String action = args.action("create", "read", "update", "delete");
    if (!action.equals("read")) {
      throw new ToolError(ToolError.FORBIDDEN, "items: \"" + action + "\" is not offered here; the workspace's "
          + "items change when its flows run (run, trigger-flow) or with `flowsmith items import`");
    }
    String collection = args.requiredString("collection");
    WorkspaceFolder folder = workspace.open();
    try (WorkspaceRuntime runtime = workspace.runtime(folder, line -> {})) {
      ItemStore store = runtime.items();
      if (store.schema().collection(collection).isEmpty()) {
        throw new ToolError(ToolError.FORBIDDEN, "collection: no collection \"" + collection + "\" in the workspace; "
            + "collections: " + String.join(", ", store.schema().collections().keySet()));
      }
      JsValue query = JsJson.fromModel(args.object("query").orElse(JsonObject.EMPTY));
      var parsed = QueryReader.read(query);
      List<JsObject> rows;
      if (args.has("keys")) {
        CollectionSchema schema = store.schema().collection(collection).orElseThrow();
        List<JsValue> keys = new ArrayList<>();
        args.raw("keys").filter(JsonArray.class::isInstance).ifPresent(k -> ((JsonArray) k).elements()
            .forEach(key -> keys.add(JsJson.fromModel(key))));
        parsed = parsed.and(JsObject.of(schema.primaryKey(), JsObject.of("_in", new JsArray(keys))));
      }
      rows = store.readByQuery(collection, parsed, ItemAccess.system());
      return JsJson.toModel(new JsArray(new ArrayList<>(rows)));
    } catch (JsException rejected) {
      throw new ToolError(ToolError.INVALID_QUERY, "items: " + rejected.getMessage());
    }
  }

  JsonValue schema(JsonObject arguments) throws ToolError {
    ToolArgs args = ToolArgs.of("schema", arguments, SCHEMA_ARGUMENTS);
    List<String> keys = args.strings("keys");
    WorkspaceFolder folder = workspace.open();
    try (WorkspaceRuntime runtime = workspace.runtime(folder, line -> {})) {
      Schema schema = runtime.items().schema();
      if (keys.isEmpty()) {
        return JsonObject.builder()
            .put("collections", JsonArray.ofStrings(List.copyOf(schema.collections().keySet())))
            .put("collection_folders", JsonArray.EMPTY)
            .put("notes", JsonObject.EMPTY)
            .build();
      }
      JsonObject.Builder overview = JsonObject.builder();
      for (String name : keys) {
        CollectionSchema collection = schema.collection(name).orElseThrow(() -> ToolError.notFound(
            "keys: no collection \"" + name + "\" in the workspace"));
        JsonObject.Builder fields = JsonObject.builder();
        for (FieldSchema field : collection.allFields()) {
          fields.put(field.name(), describe(schema, collection, field));
        }
        overview.put(name, fields.build());
      }
      return overview.build();
    }
  }

  private static JsonValue describe(Schema schema, CollectionSchema collection, FieldSchema field) {
    JsonObject.Builder out = JsonObject.builder().put("type", field.type().directusName());
    if (field.primaryKey()) {
      out.put("primary_key", JsonValue.TRUE);
    }
    schema.manyToOne(collection.name(), field.name()).ifPresent(relation -> out.put("relation",
        JsonObject.builder().put("type", "m2o").put("collection", relation.oneCollection()).build()));
    schema.oneToMany(collection.name(), field.name()).ifPresent(relation -> out.put("relation",
        JsonObject.builder().put("type", "o2m").put("collection", relation.manyCollection())
            .put("many_field", relation.manyField()).build()));
    return out.build();
  }
}
