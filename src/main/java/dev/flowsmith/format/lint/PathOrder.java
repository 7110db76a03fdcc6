package dev.flowsmith.format.lint;

import dev.flowsmith.format.FlowCodec;
import dev.flowsmith.format.JsonPath;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders paths as their values appear in the flow's canonical document: flow fields in the order
 * {@link FlowCodec} writes them, then the operations in file order (not the canonical sort, since
 * problem paths index {@code flow.operations()}). A path naming an absent member sorts just after
 * its nearest present ancestor.
 */
final class PathOrder {

  private final Map<String, Integer> ordinals = new HashMap<>();

  PathOrder(Flow flow) {
    walk(JsonPath.ROOT, FlowCodec.writeFlow(flow).without("operations"));
    List<JsonValue> operations = new ArrayList<>();
    flow.operations().forEach(op -> operations.add(FlowCodec.writeOperation(op)));
    walk(JsonPath.member(JsonPath.ROOT, "operations"), new JsonArray(operations));
  }

  private void walk(String path, JsonValue value) {
    ordinals.putIfAbsent(path, ordinals.size());
    if (value instanceof JsonObject object) {
      object.members().forEach((name, member) -> walk(JsonPath.member(path, name), member));
    } else if (value instanceof JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        walk(JsonPath.index(path, i), array.elements().get(i));
      }
    }
  }

  /** Stable with respect to problems at the same place: a sort keeps the order they were reported in. */
  Comparator<LintProblem> comparator() {
    Map<String, Long> keys = new HashMap<>();
    return Comparator.comparingLong(p -> keys.computeIfAbsent(p.path(), this::sortKey));
  }

  /** Twice the ordinal of the nearest present ancestor-or-self, plus one when the path itself is absent. */
  private long sortKey(String path) {
    Integer exact = ordinals.get(path);
    if (exact != null) {
      return 2L * exact;
    }
    String current = path;
    while (true) {
      int cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
      if (cut <= 0) {
        return 2L * ordinals.size();
      }
      current = current.substring(0, cut);
      Integer ancestor = ordinals.get(current);
      if (ancestor != null) {
        return 2L * ancestor + 1;
      }
    }
  }
}
