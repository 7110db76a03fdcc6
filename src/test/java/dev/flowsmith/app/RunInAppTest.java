package dev.flowsmith.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.app.canvas.CanvasState;
import dev.flowsmith.app.canvas.TileMark;
import dev.flowsmith.app.history.RunDiffView;
import dev.flowsmith.app.run.LiveStep;
import dev.flowsmith.app.run.RunController;
import dev.flowsmith.app.run.RunDialog;
import dev.flowsmith.app.view.MainWindow;
import dev.flowsmith.app.viewmodel.WorkspaceEntry;
import dev.flowsmith.engine.item.ItemStoreLoader;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.Operation;
import dev.flowsmith.workspace.ItemImport;
import dev.flowsmith.workspace.SqliteItemStore;
import dev.flowsmith.workspace.history.RunDiff;
import dev.flowsmith.workspace.history.RunLogStore;
import dev.flowsmith.workspace.history.RunRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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
 * Runs from the real window, headless: every example flow from its workspace (with the seed data
 * in data.db), the step list, rendered options and chain values, the path on the canvas, a
 * breakpoint pause and continue, and a diff of two runs with different payloads.
 */
@ExtendWith(ApplicationExtension.class)
class RunInAppTest {

  private static final List<String> EXAMPLES = List.of(Examples.EMAIL_ON_PUBLISH, Examples.INVOICE_TOTALS,
      "scheduled-cleanup.json", Examples.WEBHOOK);

  @TempDir Path tmp;
  private MainWindow window;

  @Start
  void start(Stage stage) throws Exception {
    Path workspace = tmp.resolve("workspace");
    Files.createDirectories(workspace.resolve("flows"));
    Files.writeString(workspace.resolve("workspace.json"), "{\"webhookPort\": 9123}");
    for (String example : EXAMPLES) {
      Files.copy(Examples.path(example), workspace.resolve("flows").resolve(example));
    }
    Path examples = Examples.path("schema-snapshot.json").getParent();
    try (SqliteItemStore store = SqliteItemStore.apply(workspace.resolve(SqliteItemStore.FILE_NAME),
        ItemStoreLoader.readSchema(examples.resolve("schema-snapshot.json")), UnaryOperator.identity())) {
      ItemImport.importFile(store, examples.resolve("seed-items.json"), null);
    }
    window = FlowsmithApp.createWindow(stage, tmp.resolve("config"), null);
    window.viewModel().openWorkspace(workspace);
    window.show();
  }

  @AfterEach
  void closeRuntime(FxRobot robot) {
    robot.interact(() -> window.runtime().close());
  }

  private RunController runs() {
    return window.runController();
  }

  private Flow flow() {
    return window.viewModel().currentFlowProperty().get();
  }

  private void open(FxRobot robot, String file) {
    WorkspaceEntry entry = window.viewModel().workspaceEntries().stream()
        .filter(e -> e instanceof WorkspaceEntry.FlowEntry flowEntry && flowEntry.file().endsWith(file))
        .findFirst().orElseThrow();
    robot.interact(() -> window.viewModel().openEntry(entry));
  }

  /** F5, then Run in the trigger dialog (a schedule asks nothing), and waits for the run to end. */
  private RunRecord runWithF5(FxRobot robot, UnaryOperator<String> editBody) throws Exception {
    robot.clickOn("#flow-canvas");
    robot.type(KeyCode.F5);
    WaitForAsyncUtils.waitForFxEvents();
    if (flow().trigger() != null && !flow().trigger().equals("schedule")) {
      DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
      TextArea body = (TextArea) dialog.lookup("#run-webhook-body");
      if (body != null) {
        robot.interact(() -> body.setText(editBody.apply(body.getText())));
      }
      robot.clickOn(dialog.lookupButton(RunDialog.RUN));
    }
    return awaitRecord();
  }

  private RunRecord awaitRecord() throws Exception {
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !runs().runningProperty().get()
        && runs().recordProperty().get() != null);
    WaitForAsyncUtils.waitForFxEvents();
    return runs().recordProperty().get();
  }

  @Test
  void everyExampleRunsWithItsStepsChainAndPathShown(FxRobot robot) throws Exception {
    for (String example : EXAMPLES) {
      open(robot, example);
      RunRecord record = runWithF5(robot, body -> body);

      assertThat(record.steps()).as(example).isNotEmpty();
      TableView<LiveStep> table = window.runPanel().steps();
      assertThat(table.getItems()).extracting(LiveStep::key).as(example)
          .containsExactlyElementsOf(record.steps().stream().map(RunRecord.Step::key).toList());

      // the path on the canvas: each executed tile marked by how it ended, the rest dimmed
      CanvasState state = window.editorArea().flowCanvas().getState();
      for (Operation op : flow().operations()) {
        TileMark expected = record.stepOf(op.id())
            .map(i -> record.steps().get(i).status().equals("resolve") ? TileMark.RESOLVED : TileMark.REJECTED)
            .orElse(TileMark.DIMMED);
        assertThat(state.marks().get(op.id())).as(example + " " + op.key()).isEqualTo(expected);
      }
      assertThat(state.highlightedLinks()).as(example).hasSize(record.steps().size());

      // selecting the first step shows what ran, what it produced and the chain after it
      robot.interact(() -> table.getSelectionModel().select(0));
      assertThat(flowSelection()).containsExactly(record.steps().get(0).operationId());
      var inspector = window.runPanel().inspector();
      if (record.steps().get(0).options() != null && !record.steps().get(0).options().isNull()) {
        assertThat(inspector.options().tree().getRoot()).as(example + " options").isNotNull();
      }
      assertThat(inspector.chain().tree().getRoot().getChildren()).extracting(item -> item.getValue().label())
          .as(example).contains("$trigger", "$last", record.steps().get(0).key());
    }
  }

  @Test
  void aBreakpointPausesBeforeItsStepAndContinueFinishes(FxRobot robot) throws Exception {
    open(robot, Examples.WEBHOOK);
    Operation push = flow().operationByKey("push_to_crm").orElseThrow();
    robot.interact(() -> window.viewModel().documentProperty().get().editor().selectOperation(push.id()));
    robot.clickOn("#flow-canvas");
    robot.interact(() -> window.viewModel().documentProperty().get().editor().selectOperation(push.id()));
    robot.type(KeyCode.F9);
    assertThat(runs().breakpoints()).containsExactly(push.id());
    assertThat(window.editorArea().flowCanvas().getState().breakpoints()).containsExactly(push.id());

    robot.type(KeyCode.F5);
    WaitForAsyncUtils.waitForFxEvents();
    DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    robot.clickOn(dialog.lookupButton(RunDialog.RUN));
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> runs().pausedProperty().get());
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(runs().pausedBeforeProperty().get()).isEqualTo(push.id());
    assertThat(runs().steps()).extracting(LiveStep::key).containsExactly("lead_payload");
    assertThat(runs().chainSoFarProperty().get().get("push_to_crm")).isEmpty();
    assertThat(window.editorArea().flowCanvas().getState().marks().get(push.id())).isEqualTo(TileMark.RUNNING);
    assertThat(window.editorArea().flowCanvas().isPulsing()).as("the waiting tile is animated").isTrue();

    robot.type(KeyCode.F8);
    RunRecord record = awaitRecord();
    assertThat(record.steps()).extracting(RunRecord.Step::key).startsWith("lead_payload", "push_to_crm");
    assertThat(window.editorArea().flowCanvas().isPulsing()).isFalse();
  }

  @Test
  void twoRunsWithDifferentPayloadsCompareInTheHistory(FxRobot robot) throws Exception {
    open(robot, Examples.WEBHOOK);
    RunRecord first = runWithF5(robot, body -> body.replaceFirst("\"email\"\\s*:\\s*\"[^\"]*\"",
        "\"email\": \"first@example.org\""));
    RunRecord second = runWithF5(robot, body -> body.replaceFirst("\"email\"\\s*:\\s*\"[^\"]*\"",
        "\"email\": \"second@example.org\""));
    assertThat(first.runId()).isNotEqualTo(second.runId());

    RunLogStore store = window.runtime().historyProperty().get();
    store.flush();
    List<RunLogStore.Entry> entries = store.list(flow().id());
    assertThat(entries).extracting(RunLogStore.Entry::source).containsOnly("app");
    assertThat(entries).hasSize(2);

    RunDiff diff = RunDiff.compare(store.load(entries.get(1)), store.load(entries.get(0)));
    assertThat(diff.hasDifferences()).isTrue();
    assertThat(diff.chain()).extracting(RunDiff.ValueDiff::path).contains("$trigger.body.email");
    robot.interact(() -> {
      RunDiffView view = new RunDiffView(first, second);
      assertThat(view.diff().chain()).extracting(RunDiff.ValueDiff::path).contains("$trigger.body.email");
    });
  }

  @Test
  void theWorkspaceTabShowsTheEmbeddedData(FxRobot robot) throws Exception {
    javafx.scene.control.Tab workspaceTab = window.bottomTabs().getTabs().stream()
        .filter(tab -> "workspace-tab".equals(tab.getId())).findFirst().orElseThrow();
    robot.interact(() -> window.bottomTabs().getSelectionModel().select(workspaceTab));
    javafx.scene.control.ListView<?> collections = robot.lookup("#data-collections").queryListView();
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> collections.getItems().contains("articles"));
    assertThat(robot.lookup("#workspace-views").tryQuery()).isPresent();
  }

  @Test
  void theTriggerPanelShowsTheWebhookUrlOnTheWorkspacesPort(FxRobot robot) {
    open(robot, Examples.WEBHOOK);
    robot.interact(() -> window.viewModel().documentProperty().get().editor().selectTrigger());
    javafx.scene.Node url = robot.lookup("#webhook-url").query();
    String text = url instanceof javafx.scene.control.TextInputControl input ? input.getText()
        : ((javafx.scene.control.Labeled) url).getText();
    assertThat(text).isEqualTo("http://127.0.0.1:9123/flows/trigger/" + flow().id());
  }

  private java.util.Set<String> flowSelection() {
    return window.viewModel().documentProperty().get().editor().selection().operations();
  }
}
