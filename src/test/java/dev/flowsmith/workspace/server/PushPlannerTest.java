package dev.flowsmith.workspace.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue.JsonArray;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The planner on its own: batches, splitting, nothing for equal flows, deletion of flows. */
class PushPlannerTest {

  @Test
  void equalFlowsNeedNoRequest() {
    Flow flow = SyncFlows.chain("Same", 3);
    assertThat(PushPlanner.plan(List.of(new PushPlanner.Change(flow, flow)))).isEmpty();
  }

  @Test
  void manyFlowsShareBatchesSplitBySize() {
    List<PushPlanner.Change> changes = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      changes.add(new PushPlanner.Change(SyncFlows.chain("Flow " + i, 20), null));
    }
    List<PushStep> steps = PushPlanner.plan(changes);
    assertThat(steps).extracting(PushStep::method, PushStep::path).containsExactly(
        org.assertj.core.groups.Tuple.tuple("POST", "/flows"),
        org.assertj.core.groups.Tuple.tuple("POST", "/operations"),
        org.assertj.core.groups.Tuple.tuple("POST", "/operations"),
        org.assertj.core.groups.Tuple.tuple("POST", "/operations"),
        org.assertj.core.groups.Tuple.tuple("POST", "/operations"),
        org.assertj.core.groups.Tuple.tuple("PATCH", "/operations"),
        org.assertj.core.groups.Tuple.tuple("PATCH", "/operations"),
        org.assertj.core.groups.Tuple.tuple("PATCH", "/operations"),
        org.assertj.core.groups.Tuple.tuple("PATCH", "/operations"),
        org.assertj.core.groups.Tuple.tuple("PATCH", "/flows"));
    for (PushStep step : steps) {
      JsonArray body = (JsonArray) step.body();
      assertThat(body.size()).isLessThanOrEqualTo(PushPlanner.MAX_ITEMS);
      assertThat(JsonText.compact(body).length()).isLessThanOrEqualTo(PushPlanner.MAX_BODY_CHARS + 2);
    }
    assertThat(steps.stream().mapToInt(s -> ((JsonArray) s.body()).size()).sum()).isEqualTo(100 + 2000 + 1900 + 100);
  }

  @Test
  void aFlowToDeleteIsOneBatchedDelete() {
    Flow a = SyncFlows.chain("A", 2);
    Flow b = SyncFlows.chain("B", 2);
    List<PushStep> steps = PushPlanner.plan(List.of(new PushPlanner.Change(null, a), new PushPlanner.Change(null, b)));
    assertThat(steps).singleElement().satisfies(step -> {
      assertThat(step.toString()).isEqualTo("DELETE /flows: delete 2 flow(s)");
      assertThat(step.flowIds()).containsExactly(a.id(), b.id());
    });
  }
}
