package dev.flowsmith.format.lint;

import dev.flowsmith.format.DocumentPaths;
import dev.flowsmith.format.FlowDocument;
import dev.flowsmith.format.JsonPath;
import dev.flowsmith.model.Flow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Rules about a file as a whole rather than one flow in it. Their paths are paths in the file
 * read ({@code $[1].id} in an array), not in one flow's canonical document.
 *
 * <table>
 *   <caption>Codes and severities</caption>
 *   <tr><th>code</th><th>severity</th><th>why</th></tr>
 *   <tr><td>no-flows</td><td>ERROR</td><td>an empty array (or {@code {"data": []}}, empty import
 *       files) imports nothing; almost always the wrong file or a failed export</td></tr>
 *   <tr><td>duplicate-flow-id</td><td>ERROR</td><td>{@code directus_flows.id} is the primary key: the
 *       import fails, or one flow silently replaces the other</td></tr>
 * </table>
 */
public final class DocumentChecks {

  /** A problem of the file; {@code flowIndex} is the flow it belongs to, or null for the file. */
  public record Located(@Nullable Integer flowIndex, LintProblem problem) {}

  private DocumentChecks() {}

  public static List<Located> check(FlowDocument document) {
    List<Flow> flows = document.flows();
    List<Located> problems = new ArrayList<>();
    if (flows.isEmpty()) {
      problems.add(new Located(null, new LintProblem(Severity.ERROR, "no-flows", JsonPath.ROOT,
          "No flows in the file")));
      return problems;
    }
    Map<String, Integer> first = new LinkedHashMap<>();
    for (int i = 0; i < flows.size(); i++) {
      Integer earlier = first.putIfAbsent(flows.get(i).id(), i);
      if (earlier != null) {
        String here = idPath(document, i);
        problems.add(new Located(i, new LintProblem(Severity.ERROR, "duplicate-flow-id", here,
            "The flow id \"" + flows.get(i).id() + "\" is used twice, at " + idPath(document, earlier)
                + " and at " + here + "; flow ids must be unique")));
      }
    }
    return problems;
  }

  /** Where a flow's id is in the file, or {@code flow #n} when its fields live in another file. */
  private static String idPath(FlowDocument document, int flowIndex) {
    return DocumentPaths.inDocument(document, flowIndex, JsonPath.member(JsonPath.ROOT, "id"))
        .orElse("flow #" + (flowIndex + 1));
  }
}
