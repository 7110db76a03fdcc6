package dev.flowsmith.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.operation.StandardOperations;
import dev.flowsmith.format.lint.LintProblem;
import dev.flowsmith.format.lint.Linter;
import dev.flowsmith.format.lint.Severity;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.GridPosition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LintMarksTest {

  private final Flow flow = TestFlows.of(TestFlows.operation(0, new GridPosition(19, 1)),
      TestFlows.operation(1, new GridPosition(37, 1)));

  @Test
  void operationPathsMapToIdsAndKeepTheWorstSeverity() {
    LintMarks marks = LintMarks.from(flow, List.of(
        new LintProblem(Severity.INFO, "a", "$.operations[1].options.url", "m"),
        new LintProblem(Severity.ERROR, "b", "$.operations[1]", "m"),
        new LintProblem(Severity.WARNING, "c", "$.operations[0].key", "m"),
        new LintProblem(Severity.WARNING, "d", "$.operations[7]", "stale index is ignored")));
    assertThat(marks.byOperation()).isEqualTo(Map.of("op-0", Severity.WARNING, "op-1", Severity.ERROR));
    assertThat(marks.trigger()).isNull();
  }

  @Test
  void flowAndTriggerPathsMarkTheTrigger() {
    LintMarks marks = LintMarks.from(flow, List.of(new LintProblem(Severity.WARNING, "x", "$.trigger", "m"),
        new LintProblem(Severity.ERROR, "y", "$", "m")));
    assertThat(marks.trigger()).isEqualTo(Severity.ERROR);
    assertThat(marks.byOperation()).isEmpty();
  }

  @Test
  void theRealLinterFeedsIt() {
    Flow broken = flow.withTrigger(null, flow.options());
    LintMarks marks = LintMarks.from(broken, new Linter(StandardOperations.types()).lint(broken));
    assertThat(marks.trigger()).isNotNull();
    assertThat(CanvasState.of(broken).withLint(marks).triggerLint()).isEqualTo(marks.trigger());
  }
}
