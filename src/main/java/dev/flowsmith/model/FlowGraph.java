package dev.flowsmith.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Graph queries over one flow's links (format.md §1). Built once per flow value; the flow is
 * immutable, so the indexes never go stale. Links that point at ids outside the flow are
 * reported by {@link #danglingLinks()} and otherwise ignored.
 */
public final class FlowGraph {

  private final Flow flow;
  private final Map<String, Operation> byId = new LinkedHashMap<>();
  private final List<Link> links = new ArrayList<>();
  private final Map<String, List<Link>> incoming = new HashMap<>();
  private final Map<String, List<Link>> outgoing = new HashMap<>();

  FlowGraph(Flow flow) {
    this.flow = flow;
    for (Operation op : flow.operations()) {
      byId.putIfAbsent(op.id(), op);
    }
    if (flow.operation() != null) {
      addLink(new Link(null, flow.operation(), Link.Kind.ENTRY));
    }
    for (Operation op : flow.operations()) {
      if (op.resolve() != null) {
        addLink(new Link(op.id(), op.resolve(), Link.Kind.RESOLVE));
      }
      if (op.reject() != null) {
        addLink(new Link(op.id(), op.reject(), Link.Kind.REJECT));
      }
    }
  }

  private void addLink(Link link) {
    links.add(link);
    incoming.computeIfAbsent(link.to(), k -> new ArrayList<>()).add(link);
    if (link.from() != null) {
      outgoing.computeIfAbsent(link.from(), k -> new ArrayList<>()).add(link);
    }
  }

  public Flow flow() {
    return flow;
  }

  /** The operation the trigger's arrow points at, if it exists in this flow. */
  public Optional<Operation> entry() {
    return flow.operation() == null ? Optional.empty() : operation(flow.operation());
  }

  public Optional<Operation> operation(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Every arrow in the flow, entry first, then each operation's resolve and reject in file order. */
  public List<Link> links() {
    return Collections.unmodifiableList(links);
  }

  /** Arrows whose target is not an operation of this flow. */
  public List<Link> danglingLinks() {
    return links.stream().filter(l -> !byId.containsKey(l.to())).toList();
  }

  /** Arrows into an operation (the trigger's included). More than one is an error in Directus's editor. */
  public List<Link> incoming(String operationId) {
    return incoming.getOrDefault(operationId, List.of());
  }

  /** Arrows out of an operation that land on an operation of this flow: resolve first, then reject. */
  public List<Link> outgoing(String operationId) {
    return outgoing.getOrDefault(operationId, List.of()).stream().filter(l -> byId.containsKey(l.to()))
        .toList();
  }

  public List<Operation> successors(String operationId) {
    return outgoing(operationId).stream().map(l -> byId.get(l.to())).toList();
  }

  public List<Operation> predecessors(String operationId) {
    return incoming(operationId).stream().filter(l -> l.from() != null && byId.containsKey(l.from()))
        .map(l -> byId.get(l.from())).toList();
  }

  /** Ids of the operations a run can reach from the entry, in breadth-first order. */
  public Set<String> reachable() {
    Set<String> seen = new LinkedHashSet<>();
    entry().ifPresent(e -> collectReachable(e.id(), seen));
    return seen;
  }

  /** Ids reachable from {@code startId}, itself included. */
  public Set<String> reachableFrom(String startId) {
    Set<String> seen = new LinkedHashSet<>();
    if (byId.containsKey(startId)) {
      collectReachable(startId, seen);
    }
    return seen;
  }

  private void collectReachable(String startId, Set<String> seen) {
    Deque<String> queue = new ArrayDeque<>();
    queue.add(startId);
    seen.add(startId);
    while (!queue.isEmpty()) {
      for (Link link : outgoing(queue.poll())) {
        if (seen.add(link.to())) {
          queue.add(link.to());
        }
      }
    }
  }

  /** Operations no run can reach ("loners", drawn greyed out by the Studio). */
  public List<Operation> unreachable() {
    Set<String> reached = reachable();
    return flow.operations().stream().filter(o -> !reached.contains(o.id())).toList();
  }

  /** True if adding an arrow from {@code fromId} to {@code toId} would close a loop. */
  public boolean wouldCreateCycle(String fromId, String toId) {
    return fromId.equals(toId) || reachableFrom(toId).contains(fromId);
  }

  /**
   * Every loop of resolve/reject arrows, each as the ids of the operations on it in file order.
   * Directus cannot load such a flow (engine.md §2.3); we refuse to run it.
   */
  public List<List<String>> cycles() {
    return new StronglyConnected().components().stream()
        .filter(c -> c.size() > 1 || outgoing(c.get(0)).stream().anyMatch(l -> l.to().equals(c.get(0))))
        .toList();
  }

  /** Tarjan's algorithm, iterative so a 5,000-operation chain cannot overflow the stack. */
  private final class StronglyConnected {
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> lowLink = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final Set<String> onStack = new LinkedHashSet<>();
    private final List<List<String>> result = new ArrayList<>();
    private int counter;

    List<List<String>> components() {
      for (String id : byId.keySet()) {
        if (!index.containsKey(id)) {
          visit(id);
        }
      }
      return result;
    }

    private void visit(String root) {
      Deque<Object[]> work = new ArrayDeque<>();
      enter(root);
      work.push(new Object[] {root, 0});
      while (!work.isEmpty()) {
        Object[] frame = work.peek();
        String node = (String) frame[0];
        List<Link> out = outgoing(node);
        int next = (Integer) frame[1];
        if (next < out.size()) {
          frame[1] = next + 1;
          String target = out.get(next).to();
          if (!index.containsKey(target)) {
            enter(target);
            work.push(new Object[] {target, 0});
          } else if (onStack.contains(target)) {
            lowLink.put(node, Math.min(lowLink.get(node), index.get(target)));
          }
          continue;
        }
        work.pop();
        if (!work.isEmpty()) {
          String parent = (String) work.peek()[0];
          lowLink.put(parent, Math.min(lowLink.get(parent), lowLink.get(node)));
        }
        if (lowLink.get(node).equals(index.get(node))) {
          Set<String> component = new LinkedHashSet<>();
          String member;
          do {
            member = stack.pop();
            onStack.remove(member);
            component.add(member);
          } while (!member.equals(node));
          result.add(component.size() == 1 ? List.of(node)
              : byId.keySet().stream().filter(component::contains).toList());
        }
      }
    }

    private void enter(String node) {
      index.put(node, counter);
      lowLink.put(node, counter);
      counter++;
      stack.push(node);
      onStack.add(node);
    }
  }
}
