package dev.flowsmith.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlowGraphTest {

  private static Operation op(String id, String resolve, String reject) {
    return Operation.create(id, "k_" + id, "log", new GridPosition(19, 1), "f").withResolve(resolve)
        .withReject(reject);
  }

  private static Flow flow(String entry, Operation... operations) {
    return Flow.create("f", "Test").withEntry(entry).withOperations(List.of(operations));
  }

  @Test
  void entrySuccessorsAndPredecessors() {
    FlowGraph graph = flow("a", op("a", "b", "c"), op("b", null, null), op("c", null, null)).graph();

    assertThat(graph.entry()).map(Operation::id).contains("a");
    assertThat(graph.successors("a")).extracting(Operation::id).containsExactly("b", "c");
    assertThat(graph.predecessors("c")).extracting(Operation::id).containsExactly("a");
    assertThat(graph.incoming("a")).containsExactly(new Link(null, "a", Link.Kind.ENTRY));
    assertThat(graph.outgoing("a")).extracting(Link::kind).containsExactly(Link.Kind.RESOLVE, Link.Kind.REJECT);
  }

  @Test
  void reachabilityFindsLoners() {
    FlowGraph graph = flow("a", op("a", "b", null), op("b", null, null), op("loner", "b", null)).graph();

    assertThat(graph.reachable()).containsExactly("a", "b");
    assertThat(graph.unreachable()).extracting(Operation::id).containsExactly("loner");
    assertThat(graph.incoming("b")).hasSize(2);
  }

  @Test
  void noEntryMeansNothingIsReachable() {
    FlowGraph graph = flow(null, op("a", null, null)).graph();
    assertThat(graph.entry()).isEmpty();
    assertThat(graph.reachable()).isEmpty();
  }

  @Test
  void danglingLinksAreReportedAndIgnoredByQueries() {
    FlowGraph graph = flow("missing", op("a", "gone", null)).graph();

    assertThat(graph.danglingLinks()).extracting(Link::to).containsExactly("missing", "gone");
    assertThat(graph.entry()).isEmpty();
    assertThat(graph.successors("a")).isEmpty();
  }

  @Test
  void cyclesAreFoundWithTheirMembers() {
    FlowGraph graph = flow("a", op("a", "b", null), op("b", "c", null), op("c", null, "a"), op("self", "self", null),
        op("d", null, null)).graph();

    assertThat(graph.cycles()).containsExactlyInAnyOrder(List.of("a", "b", "c"), List.of("self"));
    assertThat(graph.wouldCreateCycle("d", "d")).isTrue();
  }

  @Test
  void acyclicFlowHasNoCycles() {
    FlowGraph graph = flow("a", op("a", "b", "c"), op("b", null, null), op("c", null, null)).graph();
    assertThat(graph.cycles()).isEmpty();
    assertThat(graph.wouldCreateCycle("b", "a")).isTrue();
    assertThat(graph.wouldCreateCycle("b", "c")).isFalse();
  }

  @Test
  void aLongChainDoesNotOverflowTheStack() {
    List<Operation> chain = new ArrayList<>();
    int length = 20_000;
    for (int i = 0; i < length; i++) {
      chain.add(op("o" + i, i + 1 < length ? "o" + (i + 1) : "o0", null));
    }
    FlowGraph graph = flow("o0", chain.toArray(Operation[]::new)).graph();
    assertThat(graph.cycles()).hasSize(1).first().asList().hasSize(length);
    assertThat(graph.reachable()).hasSize(length);
  }

  @Test
  void tilesOverlapWhenTheyShareACell() {
    GridPosition a = new GridPosition(19, 1);
    assertThat(a.overlaps(new GridPosition(32, 14))).isTrue();
    assertThat(a.overlaps(new GridPosition(33, 1))).isFalse();
    assertThat(a.overlaps(GridPosition.TRIGGER)).isFalse();
    assertThat(GridPosition.TRIGGER.overlaps(new GridPosition(14, 14))).isTrue();
  }

  @Test
  void legacyHookIsTheEventTrigger() {
    assertThat(TriggerType.fromId("hook")).contains(TriggerType.EVENT);
    assertThat(TriggerType.fromId("webhook")).contains(TriggerType.WEBHOOK);
    assertThat(TriggerType.fromId("nope")).isEmpty();
  }
}
