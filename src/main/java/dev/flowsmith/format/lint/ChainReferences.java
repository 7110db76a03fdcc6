package dev.flowsmith.format.lint;

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

/**
 * Which operation results are on the data chain when an operation runs: those of the operations
 * on a path from the trigger to it, since each result is stored under its key after the step
 * (engine.md §4.2). Any other key looks up as undefined (engine.md §5.3).
 *
 * <p>In a well-formed flow every operation has at most one arrow in, so what the trigger reaches
 * is a tree: numbering it depth-first once answers "did A run before B" in constant time, which
 * keeps a 5,000-operation chain fast. With several arrows into an operation (itself a lint error)
 * every upstream operation counts, found by walking back, so this never over-reports. An operation
 * the trigger cannot reach never renders its options; it is already reported as unreachable, so
 * only references to keys that exist nowhere are reported for it.
 */
final class ChainReferences {

  private final LintContext context;
  private final Map<String, List<String>> idsByKey = new HashMap<>();
  private final Set<String> reachable;
  private final boolean tree;
  /** Depth-first entry and exit numbers of each reachable operation, when {@link #tree}. */
  private final Map<String, int[]> spans = new HashMap<>();
  private final Map<String, Set<String>> upstreamIdsById = new HashMap<>();

  ChainReferences(LintContext context) {
    this.context = context;
    context.operations().forEach(op -> idsByKey.computeIfAbsent(op.key(), k -> new ArrayList<>()).add(op.id()));
    this.reachable = context.graph().reachable();
    this.tree = context.operations().stream().allMatch(op -> context.graph().incoming(op.id()).size() <= 1);
    if (tree) {
      context.graph().entry().ifPresent(entry -> number(entry.id()));
    }
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
    if (!idsByKey.containsKey(key)) {
      context.warning("unknown-key-reference", path, subject + ", but no operation of this flow has the key \""
          + key + "\", so " + consequence);
    } else if (reachable.contains(op.id()) && !ranBefore(key, op.id())) {
      String why = key.equals(op.key()) ? ", its own key, but a result is stored only after the step"
          : ", but operation \"" + key + "\" is not on the path from the trigger to it and cannot have run before it";
      context.warning("key-reference-not-upstream", path, subject + why + ", so " + consequence);
    }
  }

  private boolean ranBefore(String key, String operationId) {
    for (String candidate : idsByKey.get(key)) {
      if (tree ? isAncestor(candidate, operationId) : upstreamIds(operationId).contains(candidate)) {
        return true;
      }
    }
    return false;
  }

  private boolean isAncestor(String ancestorId, String operationId) {
    int[] outer = spans.get(ancestorId);
    int[] inner = spans.get(operationId);
    return outer != null && inner != null && outer[0] < inner[0] && inner[1] <= outer[1];
  }

  /** Iterative, so a long chain cannot overflow the stack. */
  private void number(String entryId) {
    int counter = 0;
    Deque<String> stack = new ArrayDeque<>();
    Set<String> entered = new HashSet<>();
    stack.push(entryId);
    while (!stack.isEmpty()) {
      String id = stack.peek();
      if (entered.add(id)) {
        spans.put(id, new int[] {counter++, 0});
        List<Link> out = context.graph().outgoing(id);
        for (int k = out.size() - 1; k >= 0; k--) {
          if (!entered.contains(out.get(k).to())) {
            stack.push(out.get(k).to());
          }
        }
      } else {
        stack.pop();
        spans.get(id)[1] = counter++;
      }
    }
  }

  private Set<String> upstreamIds(String operationId) {
    return upstreamIdsById.computeIfAbsent(operationId, this::collectUpstream);
  }

  private Set<String> collectUpstream(String operationId) {
    Set<String> found = new HashSet<>();
    Deque<String> queue = new ArrayDeque<>();
    queue.add(operationId);
    while (!queue.isEmpty()) {
      for (Operation parent : context.graph().predecessors(queue.poll())) {
        if (found.add(parent.id())) {
          queue.add(parent.id());
        }
      }
    }
    return found;
  }
}
