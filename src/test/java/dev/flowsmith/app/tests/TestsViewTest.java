package dev.flowsmith.app.tests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.app.Examples;
import dev.flowsmith.app.FlowsmithApp;
import dev.flowsmith.app.canvas.CanvasState;
import dev.flowsmith.app.view.MainWindow;
import dev.flowsmith.app.viewmodel.WorkspaceEntry;
import dev.flowsmith.format.FlowReader;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.Operation;
import dev.flowsmith.workspace.flowtest.FlowTestFile;
import dev.flowsmith.workspace.flowtest.FlowTestReader;
import dev.flowsmith.workspace.flowtest.FlowTestResult;
import dev.flowsmith.workspace.flowtest.FlowTestRunner;
import dev.flowsmith.workspace.history.RunRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Tests view in the real window, headless: Run All, results and a malformed file, a failure
 * opened in the run panel with its paths marked, coverage marks on the tiles and their toggle,
 * History's Save as Test… writing a test that then passes, and a key rename rewriting a test.
 */
@ExtendWith(ApplicationExtension.class)
class TestsViewTest {

  private static final String TRIGGER = "\"trigger\": {\"body\": {\"email\": \"ann@example.com\", "
      + "\"first_name\": \"Ann\", \"last_name\": \"Lee\", \"consent\": true}}";
  private static final String MOCK_OK = "\"mock\": {\"push_to_crm\": {\"resolve\": {\"status\": 201, "
      + "\"data\": {\"id\": 42}}}}";

  @TempDir Path tmp;
  private Path workspace;
  private MainWindow window;
  private Flow example;

  @Start
  void start(Stage stage) throws Exception {
    workspace = tmp.resolve("workspace");
    Files.createDirectories(workspace.resolve("flows"));
    Files.createDirectories(workspace.resolve("tests"));
    Files.writeString(workspace.resolve("workspace.json"), "{}");
    Files.copy(Examples.path(Examples.WEBHOOK), workspace.resolve("flows").resolve(Examples.WEBHOOK));
    example = FlowReader.read(Examples.path(Examples.WEBHOOK)).single();
    Files.writeString(workspace.resolve("tests/lead.test.json"), "{\"flow\": \"" + example.id() + "\", \"tests\": ["
        + "{\"name\": \"crm answers\", " + TRIGGER + ", " + MOCK_OK + ", \"expect\": {\"status\": \"resolve\", "
        + "\"chain\": {\"reply_ok.crm_id\": 42}}},"
        + "{\"name\": \"wrong id\", " + TRIGGER + ", " + MOCK_OK + ", \"expect\": {"
        + "\"chain\": {\"reply_ok.crm_id\": 43, \"lead_payload.email\": \"ann@example.com\"}}}]}");
    Files.writeString(workspace.resolve("tests/broken.test.json"), "{\"flow\": \"x\",\n  \"tests\": [\n");
    window = FlowsmithApp.createWindow(stage, tmp.resolve("config"), null);
    window.viewModel().openWorkspace(workspace);
    WorkspaceEntry entry = window.viewModel().workspaceEntries().stream()
        .filter(e -> e instanceof WorkspaceEntry.FlowEntry flowEntry && flowEntry.file().endsWith(Examples.WEBHOOK))
        .findFirst().orElseThrow();
    window.viewModel().openEntry(entry);
    window.show();
  }

  @AfterEach
  void closeRuntime(FxRobot robot) {
    robot.interact(() -> window.runtime().close());
  }

  private TestsViewModel tests() {
    return window.testsModel();
  }

  private void runAllFromTheView(FxRobot robot) throws Exception {
    robot.clickOn("#tests-tab .tab-label");
    robot.clickOn("#tests-run-all");
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !tests().runningProperty().get()
        && tests().rows().stream().allMatch(row -> row.result() != null));
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** The table row showing test {@code index}. */
  private static TableRow<?> row(FxRobot robot, int index) {
    return robot.lookup("#tests-table .table-row-cell")
        .match(cell -> cell.isVisible() && ((TableRow<?>) cell).getIndex() == index
            && ((TableRow<?>) cell).getItem() != null)
        .queryAs(TableRow.class);
  }

  private String operationId(String key) {
    return example.operations().stream().filter(op -> op.key().equals(key)).findFirst().orElseThrow().id();
  }

  @Test
  void runAllShowsResultsFirstDifferenceAndTheMalformedFile(FxRobot robot) throws Exception {
    Path data = workspace.resolve("data.db");
    byte[] before = Files.exists(data) ? Files.readAllBytes(data) : null;
    runAllFromTheView(robot);
    assertThat(tests().rows()).extracting(TestRow::name, TestRow::resultText)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("crm answers", "passed"),
            org.assertj.core.groups.Tuple.tuple("wrong id", "failed"));
    assertThat(tests().rows().get(1).firstProblem())
        .isEqualTo("chain.reply_ok.crm_id: expected 43, got 42  (step reply_ok)");
    assertThat(tests().rows().get(0).durationText()).endsWith(" ms");
    assertThat(tests().summaryProperty().get()).isEqualTo("1 passed, 1 failed of 2");
    Node errors = robot.lookup("#tests-errors").query();
    assertThat(errors.isVisible()).isTrue();
    assertThat(robot.lookup("#tests-errors .label").queryAllAs(javafx.scene.control.Label.class))
        .extracting(javafx.scene.control.Label::getText)
        .anySatisfy(text -> assertThat(text).contains("broken.test.json:").containsPattern(":\\d+:\\d+"));
    // a test run does not change the workspace's data.db
    assertThat(Files.exists(data) ? Files.readAllBytes(data) : null).isEqualTo(before);
  }

  @Test
  void runSelectedRunsOnlyThatTest(FxRobot robot) throws Exception {
    robot.clickOn("#tests-tab .tab-label");
    robot.clickOn(row(robot, 1));
    robot.clickOn("#tests-run");
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !tests().runningProperty().get()
        && tests().rows().get(1).result() != null);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(tests().rows().get(1).resultText()).isEqualTo("failed");
    assertThat(tests().rows().get(0).result()).isNull();
  }

  @Test
  void clickingAFailedTestOpensItsRunWithTheDifferingPathsMarked(FxRobot robot) throws Exception {
    runAllFromTheView(robot);
    TableRow<?> failed = row(robot, 1);
    robot.clickOn(failed);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.bottomTabs().getSelectionModel().getSelectedItem().getId()).isEqualTo("run-tab");
    assertThat(window.runPanel().differenceLines())
        .containsExactly("chain.reply_ok.crm_id: expected 43, got 42  (step reply_ok)");
    assertThat(window.runPanel().steps().getItems()).extracting(s -> s.key())
        .containsExactly("lead_payload", "push_to_crm", "reply_ok");
    // the step that set the path is selected, and its chain shows the path marked
    assertThat(window.runPanel().steps().getSelectionModel().getSelectedItem().key()).isEqualTo("reply_ok");
    assertThat(window.runPanel().inspector().chain().markedPaths()).containsExactly("reply_ok.crm_id");
    // the tree scrolls to the marked path and draws its cells on a later pulse
    java.util.function.Supplier<List<String>> differing = () -> robot.lookup("#chain-tree .tree-cell").queryAll()
        .stream()
        .filter(cell -> cell.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("differs")))
        .map(cell -> ((javafx.scene.control.TreeCell<?>) cell).getText()).collect(Collectors.toList());
    WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> !differing.get().isEmpty());
    assertThat(differing.get()).containsExactly("crm_id: 42");
    // another step keeps the marks in its chain
    robot.interact(() -> window.runPanel().steps().getSelectionModel().select(0));
    assertThat(window.runPanel().inspector().chain().markedPaths()).isEmpty();
    robot.interact(() -> window.runPanel().steps().getSelectionModel().select(2));
    assertThat(window.runPanel().inspector().chain().markedPaths()).containsExactly("reply_ok.crm_id");
  }

  @Test
  void tilesShowCoverageAfterARunAndTheToggleHidesIt(FxRobot robot) throws Exception {
    assertThat(canvas().coverage()).isEmpty();
    runAllFromTheView(robot);
    Map<String, Boolean> coverage = canvas().coverage();
    for (Operation op : example.operations()) {
      boolean reached = List.of("lead_payload", "push_to_crm", "reply_ok").contains(op.key());
      assertThat(coverage.get(op.id())).as(op.key()).isEqualTo(reached);
    }
    robot.clickOn("#tests-show-coverage");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(canvas().coverage()).isEmpty();
    robot.clickOn("#tests-show-coverage");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(canvas().coverage()).isEqualTo(coverage);
  }

  private CanvasState canvas() {
    return window.editorArea().flowCanvas().getState();
  }

  @Test
  void saveAsTestFromHistoryWritesATestThatPasses(FxRobot robot) throws Exception {
    Files.delete(workspace.resolve("tests/lead.test.json"));
    RunRecord run = storedRun();
    robot.interact(() -> {
      try {
        window.runtime().historyProperty().get().add(run, true);
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
    });
    robot.clickOn("#history-tab .tab-label");
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn(robot.lookup("#history-list .list-cell").match(cell ->
        ((javafx.scene.control.ListCell<?>) cell).getItem() instanceof dev.flowsmith.app.history.HistoryItem.Run)
        .queryAs(javafx.scene.control.ListCell.class));
    robot.clickOn("#history-save-test");
    WaitForAsyncUtils.waitForFxEvents();
    TextField name = robot.lookup("#save-test-name").queryAs(TextField.class);
    robot.clickOn(name).press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL)
        .write("replayed lead");
    List<CheckBox> paths = robot.lookup("#save-test-paths .check-box").queryAllAs(CheckBox.class).stream().toList();
    assertThat(paths.stream().filter(CheckBox::isSelected).map(box -> (String) box.getUserData()))
        .contains("reply_ok.crm_id", "push_to_crm.status", "lead_payload.email");
    // untick one default path: it must not become an expectation
    CheckBox email = paths.stream().filter(box -> box.getUserData().equals("lead_payload.email")).findFirst()
        .orElseThrow();
    robot.clickOn(email);
    robot.clickOn("#save-test-save");
    WaitForAsyncUtils.waitForFxEvents();

    Path file = workspace.resolve("tests/website-lead-crm.test.json");
    assertThat(file).exists();
    FlowTestFile saved = FlowTestReader.read(file);
    assertThat(saved.cases()).extracting(c -> c.name()).containsExactly("replayed lead");
    assertThat(saved.cases().get(0).expect().get("chain").orElseThrow().toString())
        .contains("reply_ok.crm_id").doesNotContain("lead_payload.email");
    assertThat(robot.lookup("#history-message").queryAs(javafx.scene.control.Label.class).getText())
        .contains("tests/website-lead-crm.test.json");

    runAllFromTheView(robot);
    assertThat(tests().rows()).extracting(TestRow::name, TestRow::resultText)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("replayed lead", "passed"));
  }

  /** A run of the example as History holds it (the CRM answered). */
  private RunRecord storedRun() throws Exception {
    try (FlowTestRunner runner = new FlowTestRunner(List.of(example))) {
      FlowTestFile file = FlowTestReader.parse("{\"flow\": \"" + example.id() + "\", \"tests\": [{\"name\": \"r\", "
          + TRIGGER + ", " + MOCK_OK + "}]}", Path.of("tests/r.test.json"));
      FlowTestResult result = runner.run(file, file.cases().get(0));
      return RunRecord.from(result.run(), "webhook");
    }
  }

  @Test
  void renamingAKeyAndSavingRewritesTheTestsThatNameIt(FxRobot robot) throws Exception {
    robot.interact(() -> window.viewModel().documentProperty().get().editor().selectOperation(operationId("reply_ok")));
    WaitForAsyncUtils.waitForFxEvents();
    TextField key = robot.lookup("#operation-key").queryAs(TextField.class);
    robot.doubleClickOn(key).eraseText(key.getText().length()).write("answer");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(Files.readString(workspace.resolve("tests/lead.test.json"))).contains("reply_ok.crm_id");
    robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    String text = Files.readString(workspace.resolve("tests/lead.test.json"));
    assertThat(text).contains("\"answer.crm_id\": 42").doesNotContain("reply_ok");
    // the renamed test still passes against the renamed flow
    runAllFromTheView(robot);
    assertThat(tests().rows().get(0).resultText()).isEqualTo("passed");
    assertThat(tests().rows().get(1).firstProblem()).startsWith("chain.answer.crm_id: expected 43, got 42");
  }
}
