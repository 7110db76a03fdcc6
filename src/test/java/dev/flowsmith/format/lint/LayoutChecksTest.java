package dev.flowsmith.format.lint;

import static dev.flowsmith.format.lint.Severity.ERROR;
import static dev.flowsmith.format.lint.Severity.WARNING;
import static dev.flowsmith.format.lint.TestFlows.base;
import static dev.flowsmith.format.lint.TestFlows.found;
import static dev.flowsmith.format.lint.TestFlows.change;
import static dev.flowsmith.format.lint.TestFlows.lint;
import static dev.flowsmith.format.lint.TestFlows.problem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.model.Flow;
import dev.flowsmith.model.GridPosition;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutChecksTest {

  private static Flow at(String key, int x, int y) {
    return change(base(), key, op -> op.withPosition(new GridPosition(x, y)));
  }

  @Test
  void positionsStartAtOne() {
    List<LintProblem> problems = lint(at("failed", 55, -3));

    assertThat(found(problems)).containsExactly(problem("position-out-of-range", ERROR, "$.operations[2].position_y"));
    assertThat(problems.get(0).message()).contains("\"failed\"", "position_y -3");
  }

  @Test
  void aTileAtTheOriginIsOffTheGridOnBothAxesAndCoversTheTrigger() {
    assertThat(found(lint(at("failed", 0, 0)))).containsExactly(
            problem("position-out-of-range", ERROR, "$.operations[2].position_x"),
            problem("overlapping-tiles", WARNING, "$.operations[2].position_x"),
            problem("position-out-of-range", ERROR, "$.operations[2].position_y"));
  }

  @Test
  void overlappingTilesAreReportedAtTheLaterOne() {
    List<LintProblem> problems = lint(at("read", 40, 1));

    assertThat(found(problems)).containsExactly(problem("overlapping-tiles", WARNING, "$.operations[1].position_x"));
    assertThat(problems.get(0).message()).contains("\"notify\" at (37, 1) overlaps operation \"read\" at (40, 1)");
  }

  @Test
  void aTileOverTheTriggerTileIsReported() {
    List<LintProblem> problems = lint(at("read", 10, 1));

    assertThat(found(problems)).containsExactly(problem("overlapping-tiles", WARNING, "$.operations[0].position_x"));
    assertThat(problems.get(0).message()).contains("trigger");
  }

  @Test
  void tilesThatOnlyTouchDoNotOverlap() {
    assertThat(lint(at("failed", 37, 15))).isEmpty();
    assertThat(lint(at("read", 15, 1))).isEmpty();
  }
}
