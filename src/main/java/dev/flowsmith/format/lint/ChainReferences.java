package dev.flowsmith.format.lint;

import dev.flowsmith.model.Operation;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which operation results are on the data chain when an operation runs: those of the operations
 * on a path from the trigger to it, since each result is stored under its key after the step
 * (engine.md §4.2). Any other key looks up as undefined (engine.md §5.3). With several arrows into
 * an operation (itself a lint error) every upstream operation counts, so this never over-reports.
 * An operation the trigger cannot reach never renders its options; it is already reported as
 * unreachable, so only references to keys that exist nowhere are reported for it.
 */
final class ChainReferences {

  private final LintContext context;
  private final Set<String> keys = new HashSet<>();
  private final Map<String, Set<String>> upstreamKeysById = new HashMap<>();
  private final Set<String> reachable;

  ChainReferences(LintContext context) {
    this.context = context;
    context.operations().forEach(op -> keys.add(op.key()));
    this.reachable = context.graph().reachable();
  }

  /**
   * Reports {@code key} if no operation has it or it cannot have run before operation {@code index}.
   *
   * @param reference how the message shows the reference, e.g. {@code {{ read.title }}}
   * @param consequence what happens at run time, e.g. {@code it renders as undefined}
   */
  void check(int index, String key, String path, String reference, String consequence) {
    Operation op = context.operations().get(index);
    String subject = LintContext.subject(op) + " uses " + reference;
    if (!keys.contains(key)) {
      context.warning("unknown-key-reference", path, subject + ", but no operation of this flow has the key \""
          + key + "\", so " + consequence);
    } else if (reachable.contains(op.id()) && !upstreamKeys(op.id()).contains(key)) {
      String why = key.equals(op.key()) ? ", its own key, but a result is stored only after the step"
          : ", but operation \"" + key + "\" is not on the path from the trigger to it and cannot have run before it";
      context.warning("key-reference-not-upstream", path, subject + why + ", so " + consequence);
    }
  }

  private Set<String> upstreamKeys(String operationId) {
    return upstreamKeysById.computeIfAbsent(operationId, this::collectUpstream);
  }

  private Set<String> collectUpstream(String operationId) {
    Set<String> seenIds = new HashSet<>();
    Set<String> found = new HashSet<>();
    Deque<String> queue = new ArrayDeque<>();
    queue.add(operationId);
    while (!queue.isEmpty()) {
      for (Operation parent : context.graph().predecessors(queue.poll())) {
        if (seenIds.add(parent.id())) {
          found.add(parent.key());
          queue.add(parent.id());
        }
      }
    }
    return found;
  }
}
