package dev.flowsmith.mcp;

import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.JsonValue.JsonString;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * {@code flows}: Directus's tool of that name over the workspace's flow files. {@code read} takes
 * a query; {@code create} takes {@code data} (a flow row; nested {@code operations} are created with
 * it); {@code update} takes {@code key} and the changed columns; {@code delete} takes {@code key}.
 */
final class FlowsTool {

  static final Set<String> ARGUMENTS = Set.of("action", "query", "data", "key");

  private final McpWorkspace workspace;
  private final FlowWrites writes = new FlowWrites();

  FlowsTool(McpWorkspace workspace) {
    this.workspace = workspace;
  }

  JsonValue call(JsonObject arguments) throws ToolError {
    ToolArgs args = ToolArgs.of("flows", arguments, ARGUMENTS);
    String action = args.action("create", "read", "update", "delete");
    WorkspaceFolder folder = workspace.open();
    return switch (action) {
      case "read" -> read(folder, args);
      case "create" -> create(folder, args.requiredObject("data"));
      case "update" -> update(folder, args.requiredString("key"), args.requiredObject("data"), args);
      default -> delete(folder, args.requiredString("key"));
    };
  }

  private JsonValue read(WorkspaceFolder folder, ToolArgs args) throws ToolError {
    List<JsonObject> rows = new ArrayList<>();
    folder.flows().forEach(flow -> rows.add(FlowRows.nested(flow)));
    return new JsonArray(FlowRows.query("flows", rows, args.object("query").orElse(JsonObject.EMPTY), true));
  }

  private JsonValue create(WorkspaceFolder folder, JsonObject data) throws ToolError {
    String id = data.string("id").orElse(UUID.randomUUID().toString());
    if (folder.flow(id).isPresent()) {
      throw new ToolError(ToolError.REFUSED, "refused, nothing was written: data.id: flow id " + id
          + " is already used by " + folder.fileOf(id).map(p -> p.getFileName().toString()).orElse("another flow"));
    }
    if (!data.has("name")) {
      throw ToolError.payload("data.name: a new flow needs a name");
    }
    JsonObject document = FlowRows.nested(Flow.create(id, "")).without("operations");
    document = FlowWrites.merge(document, data.without("operations")).with("id", JsonValue.of(id));
    List<JsonValue> operations = new ArrayList<>();
    if (data.get("operations").orElse(JsonValue.NULL) instanceof JsonArray nested) {
      int row = 1;
      for (JsonValue op : nested.elements()) {
        if (!(op instanceof JsonObject object)) {
          throw ToolError.payload("data.operations[" + operations.size() + "]: must be an operation object, found "
              + op.typeName());
        }
        JsonObject withDefaults = OperationsTool.defaults(object, id, 19, row);
        operations.add(withDefaults);
        row += 16;
      }
    } else if (data.has("operations") && !data.get("operations").orElseThrow().isNull()) {
      throw ToolError.payload("data.operations: must be an array of operations");
    }
    document = document.with("operations", new JsonArray(operations));
    Flow flow = writes.read(document, -1);
    writes.check(null, flow, -1);
    writes.save(folder, flow);
    return FlowRows.flat(FlowRows.nested(flow));
  }

  private JsonValue update(WorkspaceFolder folder, String key, JsonObject data, ToolArgs args) throws ToolError {
    Flow before = McpWorkspace.flow(folder, key, "key");
    if (data.has("operations")) {
      throw ToolError.payload("data.operations: change a flow's operations with the operations tool");
    }
    if (data.get("id").filter(id -> !(id instanceof JsonString s && s.value().equals(key))).isPresent()) {
      throw ToolError.payload("data.id: a flow's id cannot change (it is " + key + ")");
    }
    JsonObject document = FlowWrites.merge(FlowRows.nested(before), data);
    Flow after = writes.read(document, -1);
    writes.check(before, after, -1);
    writes.save(folder, after);
    JsonObject query = args.object("query").orElse(JsonObject.EMPTY);
    List<JsonValue> shaped = FlowRows.query("flows", List.of(FlowRows.nested(after)), query.without("filter"), true);
    return shaped.isEmpty() ? JsonValue.NULL : shaped.get(0);
  }

  private JsonValue delete(WorkspaceFolder folder, String key) throws ToolError {
    McpWorkspace.flow(folder, key, "key");
    try {
      folder.deleteFlow(key);
    } catch (IOException failed) {
      throw new ToolError(ToolError.INTERNAL, "cannot delete the flow file: " + failed.getMessage());
    }
    return JsonValue.of(key);
  }
}
