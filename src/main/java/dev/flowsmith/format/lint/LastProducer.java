package dev.flowsmith.format.lint;

import dev.flowsmith.model.FlowGraph;
import dev.flowsmith.model.Link;
import dev.flowsmith.model.Operation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where {@code $last} gets its value when an operation runs: the operation that ran just before
 * it, unless that one resolved with {@code null}, in which case a reader who writes
 * {@code $last.n} means the value before. Walking back passes every operation whose resolve value
 * is always null (engine.md §6.1 condition, §6.8 log, §6.9 mail, §6.12 sleep). A reject arrow is
 * never passed: a rejected operation's value is its error (engine.md §4.3).
 *
 * @param key the key of the operation that produced the value, {@code $trigger} when the walk
 *     reaches the trigger, or {@code null} when no single operation can be named (several arrows
 *     in, no arrow in, a cycle)
 * @param skipped the operations passed because they resolve with null, nearest first
 */
record LastProducer(@Nullable String key, List<Operation> skipped) {

  /** Operation types whose resolve value is null whatever their options. */
  static final Set<String> NULL_RESULT_TYPES = Set.of("condition", "log", "mail", "sleep");

  static LastProducer find(FlowGraph graph, String operationId) {
    List<Operation> skipped = new ArrayList<>();
    Set<String> visited = new HashSet<>();
    String current = operationId;
    while (visited.add(current)) {
      List<Link> in = graph.incoming(current);
      if (in.size() != 1) {
        return new LastProducer(null, skipped);
      }
      Link link = in.get(0);
      if (link.fromTrigger()) {
        return new LastProducer("$trigger", skipped);
      }
      Optional<Operation> parent = graph.operation(link.from());
      if (parent.isEmpty()) {
        return new LastProducer(null, skipped);
      }
      Operation before = parent.get();
      if (link.kind() != Link.Kind.RESOLVE || !NULL_RESULT_TYPES.contains(before.type())) {
        return new LastProducer(before.key(), skipped);
      }
      skipped.add(before);
      current = before.id();
    }
    return new LastProducer(null, skipped);
  }
}
