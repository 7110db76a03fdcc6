package dev.flowsmith.format;

import dev.flowsmith.model.Flow;
import dev.flowsmith.model.Operation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The order in which Directus's {@code POST /utils/import/directus_operations} accepts operations:
 * each after every operation its {@code resolve}/{@code reject} points to, since those are foreign
 * keys checked row by row (INVALID_FOREIGN_KEY otherwise). Flows in the given order, and within a
 * flow the canonical order as far as the links allow; iterative, so long chains cannot overflow.
 */
public final class ImportOrder {

  private ImportOrder() {}

  /**
   * All operations of {@code flows}, targets first.
   *
   * @throws IllegalArgumentException when links form a loop or point at an operation that is not
   *     among the flows: no order imports those
   */
  public static List<Operation> targetsFirst(List<Flow> flows) {
    Map<String, Operation> byId = new HashMap<>();
    Map<String, Flow> flowOf = new HashMap<>();
    for (Flow flow : flows) {
      for (Operation op : flow.operations()) {
        byId.put(op.id(), op);
        flowOf.put(op.id(), flow);
      }
    }
    Map<String, Boolean> done = new HashMap<>(); // false: on the current path, true: emitted
    List<Operation> out = new ArrayList<>(byId.size());
    for (Flow flow : flows) {
      for (Operation start : FlowCodec.sortedOperations(flow)) {
        visit(start, byId, flowOf, done, out);
      }
    }
    return out;
  }

  private static void visit(Operation start, Map<String, Operation> byId, Map<String, Flow> flowOf,
      Map<String, Boolean> done, List<Operation> out) {
    if (done.containsKey(start.id())) {
      return;
    }
    Deque<Operation> path = new ArrayDeque<>();
    done.put(start.id(), false);
    path.push(start);
    while (!path.isEmpty()) {
      Operation current = path.peek();
      Operation next = pendingTarget(current, byId, flowOf, done, path);
      if (next == null) {
        path.pop();
        done.put(current.id(), true);
        out.add(current);
      } else {
        done.put(next.id(), false);
        path.push(next);
      }
    }
  }

  /** The first target of {@code op} not yet emitted, or null when both are. */
  private static @Nullable Operation pendingTarget(Operation op, Map<String, Operation> byId,
      Map<String, Flow> flowOf, Map<String, Boolean> done, Deque<Operation> path) {
    for (String link : new String[] {"resolve", "reject"}) {
      String targetId = link.equals("resolve") ? op.resolve() : op.reject();
      if (targetId == null) {
        continue;
      }
      Operation target = byId.get(targetId);
      Flow flow = flowOf.get(op.id());
      if (target == null) {
        throw new IllegalArgumentException("flow '" + flow.name() + "': operation '" + op.key() + "' has " + link
            + " " + targetId + ", which is no operation of these flows; Directus refuses it (INVALID_FOREIGN_KEY)");
      }
      Boolean state = done.get(targetId);
      if (state == null) {
        return target;
      }
      if (!state) {
        List<String> loop = new ArrayList<>();
        for (Operation onPath : path) {
          loop.add(0, onPath.key());
          if (onPath.id().equals(targetId)) {
            break;
          }
        }
        loop.add(target.key());
        throw new IllegalArgumentException("flow '" + flow.name() + "': operations " + String.join(" → ", loop)
            + " form a loop; Directus cannot import it (nor run it)");
      }
    }
    return null;
  }
}
