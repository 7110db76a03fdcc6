package dev.flowsmith.engine.run;

import dev.flowsmith.model.Flow;
import dev.flowsmith.model.FlowGraph;
import dev.flowsmith.model.Link;
import dev.flowsmith.model.Operation;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses flows Directus could not load, before anything runs. Directus itself would overflow
 * its stack on a loop and brick its flow loader (engine.md §2.3); we say why instead.
 */
final class RunPreflight {

  private RunPreflight() {}

  static void check(Flow flow) throws FlowRunException {
    check(flow, flow.graph());
  }

  static void check(Flow flow, FlowGraph graph) throws FlowRunException {
    if (flow.operation() != null && graph.entry().isEmpty()) {
      // the same mistake as a dangling resolve/reject, one field up: nothing would run, silently
      throw new FlowRunException("Undefined reference: the flow's \"operation\" field points to " + flow.operation()
          + ", which is not an operation of flow \"" + flow.name() + "\"");
    }
    Set<String> reachable = graph.reachable();
    for (Link link : graph.danglingLinks()) {
      if (link.from() != null && reachable.contains(link.from())) {
        // engine.md §2.3: loading throws for a resolve/reject that points outside the flow
        String key = graph.operation(link.from()).map(Operation::key).orElse(link.from());
        throw new FlowRunException("Undefined reference in operations: \"" + key + "\" " + link.kind().field()
            + "s to " + link.to() + ", which is not an operation of flow \"" + flow.name() + "\"");
      }
    }
    for (List<String> cycle : graph.cycles()) {
      if (cycle.stream().anyMatch(reachable::contains)) {
        String keys = cycle.stream().map(id -> graph.operation(id).map(Operation::key).orElse(id))
            .collect(Collectors.joining(" → "));
        throw new FlowRunException("Flow \"" + flow.name() + "\" has a loop (" + keys + " → …): Flowsmith refuses"
            + " to run it; Directus would fail to load it (engine.md §2.3)");
      }
    }
  }
}
