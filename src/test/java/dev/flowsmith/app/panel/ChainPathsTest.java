package dev.flowsmith.app.panel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.model.Flow;
import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.Operation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainPathsTest {

  @Test
  void offersTheRootsTheTriggerPathsAndOnlyTheUpstreamKeys() {
    Flow flow = PanelFlows.chain("webhook", "log", "log", "log");
    // a loner that no arrow reaches op-2 from
    List<Operation> ops = new ArrayList<>(flow.operations());
    ops.add(Operation.create("op-x", "loner", "log", new GridPosition(19, 30), flow.id()));
    flow = flow.withOperations(ops);

    List<String> paths = ChainPaths.suggestions(flow, "op-3");

    assertThat(paths).startsWith("$trigger", "$trigger.path", "$trigger.query", "$trigger.body",
        "$trigger.method", "$trigger.headers", "$last");
    assertThat(paths).contains("$accountability.user", "$accountability.role", "$env");
    assertThat(paths).contains("step_2", "step_1").doesNotContain("step_3", "step_4", "loner");
    assertThat(paths.indexOf("step_2")).isLessThan(paths.indexOf("step_1"));
  }

  @Test
  void triggerShapesFollowTheTriggerType() {
    assertThat(ChainPaths.suggestions(PanelFlows.chain("event"), null))
        .contains("$trigger.event", "$trigger.payload", "$trigger.key", "$trigger.keys", "$trigger.collection");
    assertThat(ChainPaths.suggestions(PanelFlows.chain("manual"), null))
        .contains("$trigger.body.collection", "$trigger.body.keys");
    assertThat(ChainPaths.suggestions(PanelFlows.chain("schedule"), null))
        .filteredOn(p -> p.startsWith("$trigger")).containsExactly("$trigger");
    assertThat(ChainPaths.suggestions(PanelFlows.chain("operation"), null))
        .filteredOn(p -> p.startsWith("$trigger")).containsExactly("$trigger");
  }

  @Test
  void theEntryOperationHasNoUpstreamKeys() {
    Flow flow = PanelFlows.chain("event", "log", "log");
    assertThat(ChainPaths.suggestions(flow, "op-1")).doesNotContain("step_1", "step_2");
  }

  @Test
  void findsTheOpenTemplateBeforeTheCaret() {
    assertThat(ChainPaths.openTemplate("Hi {{ $tr", 9)).hasValueSatisfying(q -> {
      assertThat(q.start()).isEqualTo(5);
      assertThat(q.partial()).isEqualTo("$tr");
      assertThat(q.closed()).isFalse();
    });
    assertThat(ChainPaths.openTemplate("{{", 2)).hasValueSatisfying(q -> assertThat(q.partial()).isEmpty());
    assertThat(ChainPaths.openTemplate("{{ $last }} x", 13)).isEmpty();
    assertThat(ChainPaths.openTemplate("{{ a b", 6)).isEmpty();
    assertThat(ChainPaths.openTemplate("{{ $la }}", 6)).hasValueSatisfying(q -> assertThat(q.closed()).isTrue());
  }

  @Test
  void insertionAddsTheClosingBracesOnlyWhenMissing() {
    ChainPaths.TemplateQuery open = ChainPaths.openTemplate("{{$tr", 5).orElseThrow();
    assertThat(ChainPaths.insertion(open, "$trigger")).isEqualTo(" $trigger }}");
    ChainPaths.TemplateQuery closed = ChainPaths.openTemplate("{{ $tr }}", 6).orElseThrow();
    assertThat(ChainPaths.insertion(closed, "$trigger")).isEqualTo(" $trigger");
  }

  @Test
  void filterPutsPrefixMatchesFirst() {
    assertThat(ChainPaths.filter(List.of("$trigger.body", "$last", "body_reader"), "body"))
        .containsExactly("body_reader", "$trigger.body");
  }
}
