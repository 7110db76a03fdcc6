package dev.flowsmith.engine.run;

import dev.flowsmith.model.Flow;
import dev.flowsmith.model.FlowGraph;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The checked graph of each flow version a runner has run: built and checked (RunPreflight) once,
 * then reused by every run of that same flow value. Flows are immutable, so a version is one
 * {@link Flow} instance (found by identity: hashing a record would walk all its operations);
 * an edited flow is a new instance and gets its own entry. Keeps the most recent versions only.
 */
final class FlowPlans {

  /** A flow's graph and, when it cannot run, why (the same error for every run). */
  record Plan(FlowGraph graph, @Nullable FlowRunException refusal) {
    FlowGraph checked() throws FlowRunException {
      if (refusal != null) {
        throw new FlowRunException(refusal.getMessage());
      }
      return graph;
    }
  }

  private static final int KEPT = 256;

  private final Map<Identity, Plan> plans = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Identity, Plan> eldest) {
      return size() > KEPT;
    }
  };

  /** The flow's graph, checked; throws when the flow cannot run (a loop, a dangling link). */
  FlowGraph checked(Flow flow) throws FlowRunException {
    Identity key = new Identity(flow);
    Plan plan;
    synchronized (plans) {
      plan = plans.get(key);
    }
    if (plan == null) {
      FlowGraph graph = flow.graph();
      FlowRunException refusal = null;
      try {
        RunPreflight.check(flow, graph);
      } catch (FlowRunException e) {
        refusal = e;
      }
      plan = new Plan(graph, refusal);
      synchronized (plans) {
        plans.put(key, plan);
      }
    }
    return plan.checked();
  }

  /** A map key equal only to itself's flow instance. */
  private record Identity(Flow flow) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Identity that && that.flow == flow;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(flow);
    }
  }
}
