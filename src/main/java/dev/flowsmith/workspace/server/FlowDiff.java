package dev.flowsmith.workspace.server;

import java.util.List;

/** The differences of one flow, field by field (empty when {@link FlowState#SAME}). */
public record FlowDiff(String id, String name, FlowState state, List<FieldDifference> differences) {

  public FlowDiff {
    differences = List.copyOf(differences);
  }

  public boolean same() {
    return state == FlowState.SAME;
  }
}
