package dev.flowsmith.app.history;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.flowsmith.app.view.MainWindow;
import dev.flowsmith.workspace.history.HistoryFixtures;
import dev.flowsmith.workspace.history.RunDiff;
import dev.flowsmith.workspace.history.RunRecord;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.testfx.util.WaitForAsyncUtils;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class RunDiffViewTest {

  private final FxRobot robot = new FxRobot();

  private Stage stage;

  @Start
  void start(Stage stage) throws Exception {
    this.stage = stage;
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    RunRecord a = HistoryFixtures.run("a", Instant.parse("2026-01-01T10:00:00Z"),
        "{\"items\":[{\"id\":1,\"name\":\"pen\"}]}", "resolve");
    RunRecord b = HistoryFixtures.run("b", Instant.parse("2026-01-01T11:00:00Z"),
        "{\"items\":[{\"id\":2,\"name\":\"pen\"}],\"rush\":true}", "reject");
    Scene scene = new Scene(new RunDiffView(a, b), 900, 640);
    scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(MainWindow.STYLESHEET))
        .toExternalForm());
    stage.setScene(scene);
    stage.show();
  }

  @Test
  void theChangedPathsOfTwoPayloadsAreListedWithBothValues() {
    @SuppressWarnings("unchecked")
    TableView<RunDiff.ValueDiff> chain = robot.lookup("#run-diff-chain").queryAs(TableView.class);

    assertThat(chain.getItems()).extracting(RunDiff.ValueDiff::path).containsExactly(
        "$trigger.body.items[0].id", "$trigger.body.rush", "read.items[0].id", "read.rush");
    assertThat(cellTexts("#run-diff-chain")).contains("$trigger.body.items[0].id", "1", "2", "true", "—");
    assertThat(robot.lookup("#run-diff-chain .run-diff-absent").queryAll()).isNotEmpty();
    assertThat(robot.lookup("#run-diff-chain .run-diff-changed").queryAll()).isNotEmpty();
  }

  @Test
  void theStepsTableSaysWhatChangedPerStep() {
    @SuppressWarnings("unchecked")
    TableView<RunDiff.StepDiff> steps = robot.lookup("#run-diff-steps").queryAs(TableView.class);

    assertThat(steps.getItems()).extracting(RunDiff.StepDiff::key).containsExactly("read", "write");
    assertThat(cellTexts("#run-diff-steps")).contains("options, value", "status", "reject");
    assertThat(robot.lookup("#run-diff-steps .run-diff-changed").queryAll()).isNotEmpty();
    assertThat(robot.lookup("#run-diff-summary").queryAs(Label.class).getText())
        .isEqualTo("2 of 2 steps differ, 4 values of the chain differ.");
  }

  @Test
  void everyChainColumnIsWideEnoughToReadAndAWiderWindowWidensBothRuns() {
    // the stage is shared with earlier test classes, which may have left it wider
    robot.interact(() -> stage.setWidth(900));
    WaitForAsyncUtils.waitForFxEvents();
    @SuppressWarnings("unchecked")
    TableView<RunDiff.ValueDiff> chain = robot.lookup("#run-diff-chain").queryAs(TableView.class);
    TableColumn<?, ?> path = chain.getColumns().get(0);
    TableColumn<?, ?> runA = chain.getColumns().get(1);
    TableColumn<?, ?> runB = chain.getColumns().get(2);
    Text longest = new Text("$trigger.body.items[0].id");
    longest.setFont(robot.lookup("#run-diff-chain .table-cell").queryAs(Labeled.class).getFont());

    assertThat(path.getWidth()).isGreaterThan(longest.getLayoutBounds().getWidth());
    assertThat(runA.getWidth()).isGreaterThan(200).isEqualTo(runB.getWidth());
    assertThat(path.getWidth() + runA.getWidth() + runB.getWidth()).isLessThanOrEqualTo(chain.getWidth());
    double before = runA.getWidth();

    robot.interact(() -> stage.setWidth(1400));
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(runA.getWidth()).isGreaterThan(before + 200);
    assertThat(runB.getWidth()).isEqualTo(runA.getWidth());
  }

  @Test
  void theStepKeysAreNotCut() {
    TableView<?> steps = robot.lookup("#run-diff-steps").queryAs(TableView.class);

    assertThat(steps.getColumns()).allSatisfy(column -> assertThat(column.getWidth()).isGreaterThan(40));
    assertThat(robot.lookup("#run-diff-steps .table-cell").queryAll()).map(node -> ((Labeled) node))
        .filteredOn(cell -> cell.getText() != null && !cell.getText().isEmpty())
        .allSatisfy(cell -> assertThat(cell.getWidth()).isGreaterThan(textWidth(cell)));
  }

  private static double textWidth(Labeled cell) {
    Text text = new Text(cell.getText());
    text.setFont(cell.getFont());
    return text.getLayoutBounds().getWidth();
  }

  private Set<String> cellTexts(String table) {
    return robot.lookup(table + " .table-cell").queryAll().stream().map(Node.class::cast)
        .map(node -> ((javafx.scene.control.Labeled) node).getText()).filter(Objects::nonNull)
        .collect(java.util.stream.Collectors.toSet());
  }
}
