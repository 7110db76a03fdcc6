package dev.flowsmith.mcp;

import dev.flowsmith.engine.operation.StandardOperations;
import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.FlowReader;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.format.lint.LintProblem;
import dev.flowsmith.format.lint.Linter;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.JsonValue;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How the tools change flows: a Directus-shaped JSON document goes through the same reader as a
 * file (every field checked, with its JSON path), the result is checked for the structures
 * Directus refuses or cannot run, and only then is it saved through
 * {@link WorkspaceFolder#saveFlow} — the app's save: canonical text, written atomically.
 */
final class FlowWrites {

  /**
   * Lint codes a write may not introduce: the database refuses them (UNIQUE resolve/reject,
   * primary keys), the flow loader fails on them (loops, dangling links) or the editor never
   * makes them. Other findings (a missing option, an unknown reference) are left for {@code lint}:
   * a flow is built one call at a time and is incomplete on the way.
   */
  static final Set<String> REFUSED = Set.of("cycle", "self-link", "dangling-link", "duplicate-key",
      "duplicate-operation-id", "duplicate-resolve-target", "duplicate-reject-target", "multiple-incoming",
      "invalid-key", "reserved-key", "position-out-of-range", "options-not-object", "unknown-trigger",
      "invalid-status", "invalid-accountability");

  private static final Pattern OPERATION_PATH = Pattern.compile("^\\$\\.operations\\[(\\d+)](.*)$");

  private final Linter linter = new Linter(StandardOperations.types());

  /**
   * Reads a whole flow document built by a tool.
   *
   * @param writtenOperation the index in {@code operations} of the operation the caller's
   *     {@code data} describes, or -1 when {@code data} is the flow itself
   */
  Flow read(JsonObject document, int writtenOperation) throws ToolError {
    try {
      return FlowReader.read(JsonText.compact(document), "data").single();
    } catch (FlowFormatException bad) {
      String path = bad.jsonPath() == null ? "data" : field(null, bad.jsonPath(), writtenOperation);
      throw ToolError.payload(path + ": " + bad.problem());
    }
  }

  /**
   * Refuses {@code after} when it has a structural problem {@code before} did not have, naming the
   * field; nothing is written then.
   */
  void check(@Nullable Flow before, Flow after, int writtenOperation) throws ToolError {
    Set<String> old = new HashSet<>();
    if (before != null) {
      linter.lint(before).forEach(p -> old.add(p.code() + "|" + p.message()));
    }
    LintProblem refused = null;
    for (LintProblem problem : linter.lint(after)) {
      if (REFUSED.contains(problem.code()) && !old.contains(problem.code() + "|" + problem.message())) {
        // a problem may be found on another operation: prefer one on the fields this call wrote
        boolean mine = field(after, problem.path(), writtenOperation).startsWith("data");
        if (refused == null || mine && !field(after, refused.path(), writtenOperation).startsWith("data")) {
          refused = problem;
        }
      }
    }
    if (refused != null) {
      throw new ToolError(ToolError.REFUSED, "refused, nothing was written: "
          + field(after, refused.path(), writtenOperation) + ": " + refused.message() + " (" + refused.code() + ")");
    }
  }

  /** Saves through the workspace, as the app's File › Save does. */
  void save(WorkspaceFolder folder, Flow flow) throws ToolError {
    try {
      folder.saveFlow(flow);
    } catch (IOException failed) {
      throw new ToolError(ToolError.INTERNAL, "cannot write the flow file: " + failed.getMessage());
    }
  }

  /**
   * {@code $.operations[2].resolve} → {@code data.resolve} when operation 2 is the one written;
   * another operation's field is named with that operation's key.
   */
  static String field(@Nullable Flow flow, String path, int writtenOperation) {
    Matcher op = OPERATION_PATH.matcher(path);
    if (op.matches()) {
      int index = Integer.parseInt(op.group(1));
      if (index == writtenOperation) {
        return "data" + op.group(2);
      }
      if (writtenOperation < 0) {
        return "data.operations[" + index + "]" + op.group(2);
      }
      String key = flow != null && index < flow.operations().size() ? flow.operations().get(index).key() : "?";
      return "operation \"" + key + "\" " + op.group(2).replaceFirst("^\\.", "") + " (" + path + ")";
    }
    if (writtenOperation < 0 && path.startsWith("$")) {
      return "data" + path.substring(1);
    }
    return path;
  }

  static JsonObject merge(JsonObject base, JsonObject changes) {
    JsonObject merged = base;
    for (var member : changes.members().entrySet()) {
      merged = merged.with(member.getKey(), member.getValue());
    }
    return merged;
  }

  static List<JsonValue> withElement(List<JsonValue> list, JsonValue element) {
    List<JsonValue> copy = new java.util.ArrayList<>(list);
    copy.add(element);
    return copy;
  }
}
