package dev.flowsmith.app.edit;

import dev.flowsmith.model.Flow;
import dev.flowsmith.model.Link;
import dev.flowsmith.model.Operation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Whole-flow helpers of the clipboard commands: moving content under another flow id, connected groups. */
public final class FlowGroups {

  private FlowGroups() {}

  /**
   * {@code flow} with id {@code flowId}, its operations pointing at it. Replacing a document's
   * content keeps the document's id, so a later save updates the flow it was opened from.
   */
  public static Flow rehome(Flow flow, String flowId) {
    List<Operation> moved = new ArrayList<>(flow.operations().size());
    flow.operations().forEach(op -> moved.add(op.withFlow(flowId)));
    return new Flow(flowId, flow.name(), flow.icon(), flow.color(), flow.description(), flow.status(),
        flow.trigger(), flow.accountability(), flow.options(), flow.operation(), flow.dateCreated(),
        flow.userCreated(), moved, flow.extra());
  }

  /** {@code start} plus every operation joined to it by arrows in either direction (the trigger excluded). */
  public static Set<String> connected(Flow flow, Set<String> start) {
    Map<String, List<String>> neighbours = new HashMap<>();
    for (Link link : flow.graph().links()) {
      if (link.from() != null) {
        neighbours.computeIfAbsent(link.from(), k -> new ArrayList<>()).add(link.to());
        neighbours.computeIfAbsent(link.to(), k -> new ArrayList<>()).add(link.from());
      }
    }
    Set<String> seen = new HashSet<>(start);
    Deque<String> queue = new ArrayDeque<>(start);
    while (!queue.isEmpty()) {
      for (String next : neighbours.getOrDefault(queue.pop(), List.of())) {
        if (seen.add(next)) {
          queue.add(next);
        }
      }
    }
    return seen;
  }
}
