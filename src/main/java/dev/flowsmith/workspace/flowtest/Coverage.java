package dev.flowsmith.workspace.flowtest;

import java.util.List;

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
}
