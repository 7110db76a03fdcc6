package dev.flowsmith.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.flowsmith.app.Examples;
import dev.flowsmith.app.runtime.AppRuntime;
import dev.flowsmith.app.view.FxClipboard;
import dev.flowsmith.app.view.MainWindow;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeCell;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The run panel on a real headless stage, with runs marshalled through {@code Platform::runLater}. */
@ExtendWith(ApplicationExtension.class)
class RunPanelTest {

  private static final PseudoClass MASKED = PseudoClass.getPseudoClass("masked");

  @TempDir static Path dir;
  private AppRuntime runtime;
  private RunController controller;
  private RunPanel panel;
  private final List<String> selected = new CopyOnWriteArrayList<>();

  @Start
  void start(Stage stage) throws Exception {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    runtime = RunFixtures.runtime(dir.resolve("p" + System.nanoTime()));
    controller = new RunController(runtime, Platform::runLater);
    panel = new RunPanel(controller, new FxClipboard(), () -> { }, selected::add);
    Scene scene = new Scene(panel, 1000, 700);
    scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(MainWindow.STYLESHEET))
        .toExternalForm());
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void close() {
    controller.close();
    runtime.close();
  }

  @Test
  void showsTheStepsTheInspectorAndCopiesAPath(FxRobot robot) throws Exception {
    Flow flow = RunFixtures.example(Examples.WEBHOOK);
    TriggerInput input = TriggerInput.webhook(JsonObject.EMPTY, JsonObject.EMPTY,
        JsonObject.builder().put("email", "ada@example.com").put("first_name", "Ada").build());
    assertThat(robot.lookup("#run-stop").queryAs(Button.class).isDisabled()).isTrue();
    robot.interact(() -> controller.start(flow, input));
    RunControllerTest.waitUntil(() -> controller.recordProperty().get() != null);
    WaitForAsyncUtils.waitForFxEvents();

    TableView<?> steps = robot.lookup("#run-steps").queryAs(TableView.class);
    assertThat(steps.getItems()).hasSize(4);
    assertThat(robot.lookup("#run-button").queryAs(Button.class).isDisabled()).isFalse();
    assertThat(robot.lookup("#run-continue").queryAs(Button.class).isDisabled()).isTrue();
    Label banner = robot.lookup("#run-error-banner").queryAs(Label.class);
    assertThat(banner.isVisible()).isTrue();
    assertThat(banner.getText()).startsWith("step queue_retry (item-create) rejected: ");

    robot.clickOn("lead_payload");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(selected).containsExactly("963bb55c-0a3d-4cbb-8d6c-9b2fe0fbd413");
    StepInspector inspector = panel.inspector();
    assertThat(inspector.options().tree().getRoot().getChildren()).extracting(item -> item.getValue().label())
        .containsExactly("json");
    assertThat(inspector.value().tree().getRoot().getChildren()).extracting(item -> item.getValue().path())
        .contains("lead_payload.email", "lead_payload.source");

    robot.clickOn("#chain-search").write("ada@example");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(inspector.chain().matches()).extracting(JsonTreeView.Node::path)
        .contains("$trigger.body.email", "$last.email", "lead_payload.email");
    assertThat(inspector.chain().selected()).map(JsonTreeView.Node::path).contains("$trigger.body.email");
    robot.clickOn("#chain-copy-path");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(clipboard(robot)).isEqualTo("$trigger.body.email");
    robot.clickOn("#chain-copy-value");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(clipboard(robot)).isEqualTo("\"ada@example.com\"");
  }

  @Test
  void theInspectorShowsOneFullWidthTreePerTabAndKeysAreNotCut(FxRobot robot) throws Exception {
    runTheWebhookExampleAndSelectItsFirstStep(robot);

    javafx.scene.control.TabPane tabs = panel.inspector().parts();
    assertThat(tabs.getTabs()).extracting(javafx.scene.control.Tab::getText)
        .containsExactly("Data chain", "Value", "Options (rendered)");
    // one tree gets the inspector's width, not a third of it
    assertThat(panel.inspector().chain().getWidth()).isGreaterThan(panel.inspector().getWidth() * 0.9);
    robot.clickOn("Value");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(panel.inspector().value().isVisible()).isTrue();
    assertThat(panel.inspector().value().getWidth()).isGreaterThan(500);

    TableView<?> steps = robot.lookup("#run-steps").queryAs(TableView.class);
    javafx.scene.text.Text longest = new javafx.scene.text.Text("queue_retry");
    longest.setFont(robot.lookup("#run-steps .table-cell").queryAs(javafx.scene.control.Labeled.class).getFont());
    assertThat(steps.getColumns().get(0).getWidth()).isGreaterThan(longest.getLayoutBounds().getWidth() + 10);

    double withList = panel.inspector().getWidth();
    robot.clickOn("#run-steps-toggle");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#run-steps").tryQuery()).isEmpty();
    assertThat(panel.inspector().getWidth()).isGreaterThan(withList + 150);
    robot.clickOn("#run-steps-toggle");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#run-steps").tryQuery()).isPresent();
  }

  @Test
  void atALaptopsWidthNoStepCellOrHeaderIsCut(FxRobot robot) throws Exception {
    // the run panel's width in a 1366 × 768 window (the side panel takes the rest)
    robot.interact(() -> panel.getScene().getWindow().setWidth(980));
    runTheWebhookExampleAndSelectItsFirstStep(robot);

    List<String> cut = new java.util.ArrayList<>();
    for (javafx.scene.Node node : robot.lookup("#run-steps .table-cell, #run-steps .column-header .label").queryAll()) {
      if (node instanceof javafx.scene.control.Labeled labeled && labeled.getText() != null && labeled.isVisible()) {
        javafx.scene.Node shown = labeled.lookup(".text");
        String drawn = shown instanceof javafx.scene.text.Text text ? text.getText() : labeled.getText();
        if (!drawn.equals(labeled.getText())) {
          cut.add(labeled.getText() + " → " + drawn);
        }
      }
    }
    assertThat(controller.steps()).extracting(LiveStep::type).contains("item-create");
    assertThat(cut).isEmpty();
    // and the inspector keeps at least half of the panel
    assertThat(panel.inspector().getWidth()).isGreaterThanOrEqualTo(panel.getWidth() * 0.49);
  }

  @Test
  void aPausedRunShowsTheChainSoFarAndContinues(FxRobot robot) throws Exception {
    Flow flow = RunFixtures.threeSteps();
    robot.interact(() -> {
      controller.toggleBreakpoint("b");
      controller.start(flow, TriggerInput.webhook(JsonObject.EMPTY, JsonObject.EMPTY,
          JsonObject.builder().put("n", JsonValue.of(4)).build()));
    });
    RunControllerTest.waitUntil(() -> controller.pausedProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#run-inspector-title").queryAs(Label.class).getText()).startsWith("Paused before b");
    assertThat(panel.inspector().chain().tree().getRoot().getChildren()).extracting(i -> i.getValue().label())
        .containsExactly("$trigger", "$last", "$accountability", "$env", "a");
    assertThat(robot.lookup("#run-button").queryAs(Button.class).isDisabled()).isTrue();

    robot.clickOn("#run-continue");
    RunControllerTest.waitUntil(() -> controller.recordProperty().get() != null);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(panel.steps().getItems()).hasSize(3);
    Label banner = (Label) panel.lookup("#run-error-banner");
    assertThat(banner.getText()).as("banner").isNullOrEmpty();
    assertThat(banner.isVisible()).isFalse();
  }

  @Test
  void theDialogPrefillsTheSampleAndRefusesMalformedJson(FxRobot robot) throws Exception {
    Flow flow = RunFixtures.example(Examples.WEBHOOK);
    RunDialog dialog = onFx(() -> new RunDialog(flow, List.of(JsonObject.builder()
        .put("headers", JsonObject.EMPTY).put("query", JsonObject.EMPTY)
        .put("body", JsonObject.builder().put("email", "old@x").build()).build())));
    TextArea body = (TextArea) dialog.getDialogPane().lookup("#run-webhook-body");
    assertThat(body.getText()).contains("\"first_name\"");
    robot.interact(() -> body.setText("{\n  \"email\": \n}"));
    assertThat(dialog.input()).isEmpty();
    Label problem = (Label) dialog.getDialogPane().lookup("#run-json-error");
    assertThat(problem.getText()).startsWith("body:3:");
    assertThat(dialog.getDialogPane().lookupButton(RunDialog.RUN).isDisabled()).isTrue();

    robot.interact(() -> {
      @SuppressWarnings("unchecked")
      var recent = (javafx.scene.control.ComboBox<JsonValue>) dialog.getDialogPane().lookup("#run-recent");
      recent.getSelectionModel().select(0);
    });
    assertThat(body.getText()).contains("old@x");
    assertThat(dialog.input()).map(in -> in.get("body"))
        .contains(JsonObject.builder().put("email", "old@x").build());
    assertThat(dialog.getDialogPane().lookupButton(RunDialog.RUN).isDisabled()).isFalse();
  }

  @Test
  void theCanvasOverlaySurvivesFlowEdits(FxRobot robot) throws Exception {
    Flow flow = RunFixtures.threeSteps();
    RunOverlay overlay = onFx(() -> {
      var editor = new dev.flowsmith.app.edit.FlowEditor(flow);
      var canvas = new dev.flowsmith.app.gesture.EditorCanvasState();
      canvas.setEditor(editor);
      RunOverlay shown = RunOverlay.of(flow, List.of(), "a", false);
      canvas.setRunOverlay(shown.marks(), shown.links());
      editor.rename("b", "Renamed");
      var state = canvas.stateProperty().get();
      assertThat(state.flow().operationById("b").orElseThrow().name()).isEqualTo("Renamed");
      return new RunOverlay(state.marks(), state.highlightedLinks());
    });
    assertThat(overlay.marks()).containsEntry("a", dev.flowsmith.app.canvas.TileMark.RUNNING);
    assertThat(overlay.links()).containsExactly(new dev.flowsmith.model.Link(null, "a",
        dev.flowsmith.model.Link.Kind.ENTRY));
  }

  private static String clipboard(FxRobot robot) throws Exception {
    return onFx(() -> Clipboard.getSystemClipboard().getString());
  }

  private static <T> T onFx(java.util.concurrent.Callable<T> task) throws Exception {
    return WaitForAsyncUtils.asyncFx(task).get(10, TimeUnit.SECONDS);
  }

  /**
   * The inspector shows a run's live values, and marks those the run history and exports keep as
   * {@code --redacted--} (engine.md §8.2): here the webhook's {@code Authorization} header.
   */
  @Test
  void theAuthorizationHeaderIsShownLiveAndMarkedAsMaskedInStorage(FxRobot robot) throws Exception {
    Flow flow = RunFixtures.example(Examples.WEBHOOK);
    TriggerInput input = TriggerInput.webhook(
        JsonObject.builder().put("authorization", "Bearer live-token").build(),
        JsonObject.EMPTY, JsonObject.builder().put("email", "ada@example.com").build());
    robot.interact(() -> controller.start(flow, input));
    RunControllerTest.waitUntil(() -> controller.recordProperty().get() != null);
    WaitForAsyncUtils.waitForFxEvents();

    robot.clickOn("lead_payload");
    robot.clickOn("#chain-search").write("live-token");
    WaitForAsyncUtils.waitForFxEvents();

    List<TreeCell<?>> cells = robot.lookup("#chain-tree .tree-cell").queryAll().stream()
        .<TreeCell<?>>map(node -> (TreeCell<?>) node).filter(cell -> cell.getText() != null).toList();
    TreeCell<?> authorization = cells.stream().filter(cell -> cell.getText().startsWith("authorization:"))
        .findFirst().orElseThrow();
    assertThat(authorization.getText()).contains("Bearer live-token").endsWith(JsonTreeView.MASKED_NOTE);
    assertThat(authorization.getPseudoClassStates()).contains(MASKED);
    assertThat(authorization.getTooltip().getText()).contains("--redacted--");
    TreeCell<?> email = cells.stream().filter(cell -> cell.getText().startsWith("email:")).findFirst()
        .orElseThrow(() -> new AssertionError(cells.stream().map(TreeCell::getText).toList()));
    assertThat(email.getPseudoClassStates()).doesNotContain(MASKED);
    assertThat(email.getTooltip()).isNull();
    assertThat(email.getText()).doesNotContain(JsonTreeView.MASKED_NOTE);

    // the run as history keeps it holds the masked value, not the live one
    assertThat(controller.recordProperty().get().data().toString()).doesNotContain("live-token");
  }

  /** Runs the webhook example to its end and selects its first step, lead_payload, in the step list. */
  private void runTheWebhookExampleAndSelectItsFirstStep(FxRobot robot) throws Exception {
    Flow flow = RunFixtures.example(Examples.WEBHOOK);
    robot.interact(() -> controller.start(flow, TriggerInput.webhook(JsonObject.EMPTY, JsonObject.EMPTY,
        JsonObject.builder().put("email", "ada@example.com").build())));
    RunControllerTest.waitUntil(() -> controller.recordProperty().get() != null);
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("lead_payload");
    WaitForAsyncUtils.waitForFxEvents();
  }
}
