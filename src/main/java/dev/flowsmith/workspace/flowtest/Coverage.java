package dev.flowsmith.workspace.flowtest;

import dev.flowsmith.model.Flow;
import dev.flowsmith.model.Operation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What no test of a flow went through.
 *
 * @param uncoveredBranches as {@code key:resolve} / {@code key:reject}
 */
public record Coverage(String flowId, List<String> uncoveredOperations,
    List<String> uncoveredBranches) {

  public Coverage {
    uncoveredOperations = List.copyOf(uncoveredOperations);
    uncoveredBranches = List.copyOf(uncoveredBranches);
  }

  /**
   * The coverage of {@code flow} by those of {@code results} that ran it (others are ignored).
   * Operations are listed in canvas order (row, then column). The branches are the outcomes
   * that lead somewhere: an operation's resolve or reject with an arrow, and both outcomes of a
   * {@code condition} (its false side ends the run when it has no arrow, a path worth a test).
   */
  public static Coverage of(Flow flow, List<FlowTestResult> results) {
    Set<String> operations = new HashSet<>();
    Set<String> branches = new HashSet<>();
    for (FlowTestResult result : results) {
      if (result.run() != null && result.run().flowId().equals(flow.id())) {
        operations.addAll(result.visitedOperations());
        branches.addAll(result.visitedBranches());
      }
    }
    List<Operation> ordered = new ArrayList<>(flow.operations());
    ordered.sort(Comparator.comparingInt((Operation op) -> op.position().y())
        .thenComparingInt(op -> op.position().x()).thenComparing(Operation::key));
    List<String> uncoveredOperations = new ArrayList<>();
    List<String> uncoveredBranches = new ArrayList<>();
    for (Operation op : ordered) {
      if (!operations.contains(op.key())) {
        uncoveredOperations.add(op.key());
      }
      boolean condition = "condition".equals(op.type());
      if ((op.resolve() != null || condition) && !branches.contains(op.key() + ":resolve")) {
        uncoveredBranches.add(op.key() + ":resolve");
      }
      if ((op.reject() != null || condition) && !branches.contains(op.key() + ":reject")) {
        uncoveredBranches.add(op.key() + ":reject");
      }
    }
    return new Coverage(flow.id(), uncoveredOperations, uncoveredBranches);
  }

  /** True when every operation and branch was gone through. */
  public boolean complete() {
    return uncoveredOperations.isEmpty() && uncoveredBranches.isEmpty();
  }
}
