package dev.flowsmith.mcp;

import dev.flowsmith.engine.operation.StandardOperations;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.format.lint.LintProblem;
import dev.flowsmith.format.lint.Linter;
import dev.flowsmith.model.AutoLayout;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code lint} (the problems of one flow or every flow, with the JSON path into the flow's
 * canonical document) and {@code layout} (the editor's Tidy Layout, saved).
 */
final class LintTool {

  static final Set<String> LINT_ARGUMENTS = Set.of("flow");
  static final Set<String> LAYOUT_ARGUMENTS = Set.of("flow");

  private final McpWorkspace workspace;
  private final Linter linter = new Linter(StandardOperations.types());
  private final FlowWrites writes = new FlowWrites();

  LintTool(McpWorkspace workspace) {
    this.workspace = workspace;
  }

  JsonValue lint(JsonObject arguments) throws ToolError {
    ToolArgs args = ToolArgs.of("lint", arguments, LINT_ARGUMENTS);
    WorkspaceFolder folder = workspace.open();
    List<Flow> flows = args.has("flow") ? List.of(McpWorkspace.flow(folder, args.requiredString("flow"), "flow"))
        : folder.flows();
    Set<String> ids = folder.flows().stream().map(Flow::id).collect(Collectors.toSet());
    List<JsonValue> problems = new ArrayList<>();
    for (Flow flow : flows) {
      for (LintProblem problem : linter.lint(flow, ids)) {
        problems.add(JsonObject.builder()
            .put("flow", flow.id())
            .put("file", folder.fileOf(flow.id()).map(p -> "flows/" + p.getFileName()).orElse(""))
            .put("severity", problem.severity().name().toLowerCase(Locale.ROOT))
            .put("code", problem.code())
            .put("path", problem.path())
            .put("operation", operationKey(flow, problem.path()))
            .put("message", problem.message())
            .build());
      }
    }
    folder.problems().forEach(broken -> problems.add(JsonObject.builder()
        .put("flow", JsonValue.NULL).put("file", broken.source() == null ? "" : broken.source())
        .put("severity", "error").put("code", "unreadable-file").put("path", broken.jsonPath() == null ? "$"
            : broken.jsonPath()).put("operation", JsonValue.NULL).put("message", broken.getMessage()).build()));
    return new JsonArray(problems);
  }

  /** {@code $.operations[2]…} names the third operation in file order; the key helps the reader. */
  private static JsonValue operationKey(Flow flow, String path) {
    if (path.startsWith("$.operations[")) {
      int end = path.indexOf(']');
      try {
        int index = Integer.parseInt(path.substring("$.operations[".length(), end));
        if (index < flow.operations().size()) {
          return JsonValue.of(flow.operations().get(index).key());
        }
      } catch (NumberFormatException | StringIndexOutOfBoundsException notAnIndex) {
        return JsonValue.NULL;
      }
    }
    return JsonValue.NULL;
  }

  JsonValue layout(JsonObject arguments) throws ToolError {
    ToolArgs args = ToolArgs.of("layout", arguments, LAYOUT_ARGUMENTS);
    WorkspaceFolder folder = workspace.open();
    Flow before = McpWorkspace.flow(folder, args.requiredString("flow"), "flow");
    Flow after = AutoLayout.arrange(before);
    int moved = 0;
    List<JsonValue> positions = new ArrayList<>();
    for (Operation op : after.operations()) {
      Operation old = before.operationById(op.id()).orElseThrow();
      if (!old.position().equals(op.position())) {
        moved++;
      }
      positions.add(JsonObject.builder().put("id", op.id()).put("key", op.key())
          .put("position_x", JsonValue.of(op.position().x())).put("position_y", JsonValue.of(op.position().y()))
          .build());
    }
    if (moved > 0) {
      writes.save(folder, after);
    }
    return JsonObject.builder().put("flow", after.id()).put("moved", JsonValue.of(moved))
        .put("operations", new JsonArray(positions)).build();
  }
}
