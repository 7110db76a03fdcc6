package dev.flowsmith.mcp;

import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.JsonValue.JsonString;
import dev.flowsmith.model.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * {@code operations}: Directus's tool of that name. Operations live inside their flow's file, so
 * every write reads the flow, changes one operation and saves the flow. Deleting an operation
 * clears the arrows into it (Directus's foreign keys do the same: {@code ON DELETE SET NULL}).
 */
final class OperationsTool {

  static final Set<String> ARGUMENTS = Set.of("action", "query", "data", "key");
  /** Where the first operation goes: the trigger's child column (editor.md §3). */
  private static final int FIRST_COLUMN = 19;
  private static final int COLUMN_STEP = 18;
  private static final int ROW_STEP = 16;

  private final McpWorkspace workspace;
  private final FlowWrites writes = new FlowWrites();

  OperationsTool(McpWorkspace workspace) {
    this.workspace = workspace;
  }

  JsonValue call(JsonObject arguments) throws ToolError {
    ToolArgs args = ToolArgs.of("operations", arguments, ARGUMENTS);
    String action = args.action("create", "read", "update", "delete");
    WorkspaceFolder folder = workspace.open();
    return switch (action) {
      case "read" -> new JsonArray(FlowRows.query("operations", FlowRows.operations(folder.flows()),
          args.object("query").orElse(JsonObject.EMPTY), false));
      case "create" -> create(folder, args.requiredObject("data"));
      case "update" -> update(folder, args.requiredString("key"), args.requiredObject("data"));
      default -> delete(folder, args.requiredString("key"));
    };
  }

  /** An operation row with what Directus or the Studio would fill in: id, flow, position, options. */
  static JsonObject defaults(JsonObject data, String flowId, int x, int y) {
    JsonObject row = data;
    if (!row.has("id")) {
      row = row.with("id", JsonValue.of(UUID.randomUUID().toString()));
    }
    if (!row.has("flow")) {
      row = row.with("flow", JsonValue.of(flowId));
    }
    if (!row.has("position_x")) {
      row = row.with("position_x", JsonValue.of(x));
    }
    if (!row.has("position_y")) {
      row = row.with("position_y", JsonValue.of(y));
    }
    if (!row.has("options")) {
      row = row.with("options", JsonObject.EMPTY);
    }
    return row;
  }

  private JsonValue create(WorkspaceFolder folder, JsonObject data) throws ToolError {
    String flowId = data.string("flow").orElseThrow(() -> ToolError.payload(
        "data.flow: the id of the flow the operation belongs to is required"));
    Flow before = McpWorkspace.flow(folder, flowId, "data.flow");
    for (String field : List.of("key", "type")) {
      if (!(data.get(field).orElse(null) instanceof JsonString)) {
        throw ToolError.payload("data." + field + ": required, a string");
      }
    }
    GridPosition free = freeCell(before);
    JsonObject row = defaults(data, flowId, free.x(), free.y());
    String id = row.string("id").orElse("");
    if (folder.flows().stream().anyMatch(f -> f.operationById(id).isPresent())) {
      throw new ToolError(ToolError.REFUSED, "refused, nothing was written: data.id: operation id " + id
          + " is already used");
    }
    JsonObject document = FlowRows.nested(before);
    List<JsonValue> operations = FlowWrites.withElement(list(document), row);
    Flow after = writes.read(document.with("operations", new JsonArray(operations)), operations.size() - 1);
    writes.check(before, after, operations.size() - 1);
    writes.save(folder, after);
    return FlowRows.operation(after, after.operationById(id).orElseThrow());
  }

  private JsonValue update(WorkspaceFolder folder, String key, JsonObject data) throws ToolError {
    Flow before = owner(folder, key);
    Operation current = before.operationById(key).orElseThrow();
    if (data.get("id").filter(id -> !(id instanceof JsonString s && s.value().equals(key))).isPresent()) {
      throw ToolError.payload("data.id: an operation's id cannot change (it is " + key + ")");
    }
    if (data.get("flow").filter(f -> !(f instanceof JsonString s && s.value().equals(before.id()))).isPresent()) {
      throw ToolError.payload("data.flow: an operation cannot move to another flow; create it there and delete it here");
    }
    JsonObject document = FlowRows.nested(before);
    List<JsonValue> operations = new ArrayList<>(list(document));
    int index = -1;
    for (int i = 0; i < operations.size(); i++) {
      if (((JsonObject) operations.get(i)).string("id").orElse("").equals(current.id())) {
        index = i;
        operations.set(i, FlowWrites.merge((JsonObject) operations.get(i), data));
      }
    }
    Flow after = writes.read(document.with("operations", new JsonArray(operations)), index);
    writes.check(before, after, index);
    writes.save(folder, after);
    return FlowRows.operation(after, after.operationById(key).orElseThrow());
  }

  private JsonValue delete(WorkspaceFolder folder, String key) throws ToolError {
    Flow before = owner(folder, key);
    List<Operation> kept = new ArrayList<>();
    for (Operation op : before.operations()) {
      if (op.id().equals(key)) {
        continue;
      }
      Operation unlinked = op;
      if (key.equals(op.resolve())) {
        unlinked = unlinked.withResolve(null);
      }
      if (key.equals(op.reject())) {
        unlinked = unlinked.withReject(null);
      }
      kept.add(unlinked);
    }
    Flow after = before.withOperations(kept);
    if (key.equals(before.operation())) {
      after = after.withEntry(null);
    }
    writes.save(folder, after);
    return JsonValue.of(key);
  }

  private static Flow owner(WorkspaceFolder folder, String operationId) throws ToolError {
    for (Flow flow : folder.flows()) {
      if (flow.operationById(operationId).isPresent()) {
        return flow;
      }
    }
    throw ToolError.notFound("key: no operation with id \"" + operationId + "\" in any flow of the workspace"
        + " (operations are named by id; read them with {\"action\": \"read\", \"query\": {\"filter\": "
        + "{\"key\": {\"_eq\": \"…\"}}}})");
  }

  private static List<JsonValue> list(JsonObject document) {
    return document.get("operations").orElse(JsonArray.EMPTY) instanceof JsonArray array ? array.elements() : List.of();
  }

  /** The first cell on the 18-column, 16-row rhythm that no tile covers; {@code layout} tidies later. */
  static GridPosition freeCell(Flow flow) {
    for (int y = GridPosition.TRIGGER.y(); ; y += ROW_STEP) {
      for (int x = FIRST_COLUMN; x < FIRST_COLUMN + COLUMN_STEP * 40; x += COLUMN_STEP) {
        GridPosition candidate = new GridPosition(x, y);
        if (flow.operations().stream().noneMatch(op -> Objects.equals(op.position(), candidate)
            || op.position().overlaps(candidate))) {
          return candidate;
        }
      }
    }
  }
}
