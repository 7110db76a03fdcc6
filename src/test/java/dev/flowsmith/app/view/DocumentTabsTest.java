package dev.flowsmith.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.app.Examples;
import dev.flowsmith.app.viewmodel.Dialogs;
import dev.flowsmith.app.viewmodel.Dialogs.UnsavedChoice;
import dev.flowsmith.app.viewmodel.DocumentViewModel;
import dev.flowsmith.app.viewmodel.FileDialogs;
import dev.flowsmith.app.viewmodel.MainViewModel;
import dev.flowsmith.app.viewmodel.MemoryClipboard;
import dev.flowsmith.app.viewmodel.RecentFiles;
import dev.flowsmith.format.TargetFormat;
import dev.flowsmith.model.Flow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import dev.flowsmith.app.run.TriggerSamples;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window with several flows in tabs, the start page, and the active tab's workspace context. */
@ExtendWith(ApplicationExtension.class)
class DocumentTabsTest {

  @TempDir Path tmp;
  private MainWindow window;
  private MainViewModel vm;
  private final Deque<UnsavedChoice> answers = new ArrayDeque<>();
  private final List<String> asked = new ArrayList<>();

  /** Unsaved-changes questions are answered from {@link #answers} and recorded by flow name. */
  private final class Scripted implements Dialogs, FileDialogs {
    @Override public void showError(String title, String message) { throw new AssertionError(message); }
    @Override public UnsavedChoice askUnsaved(String flowName) {
      asked.add(flowName);
      return answers.pop();
    }
    @Override public Optional<Flow> chooseFlow(String title, List<Flow> flows) { return Optional.of(flows.get(0)); }
    @Override public Optional<TargetFormat> chooseExportFormat(List<TargetFormat> formats) { return Optional.empty(); }
    @Override public boolean confirm(String title, String message) { return true; }
    @Override public Optional<Path> chooseFlowFile(String title) { return Optional.empty(); }
    @Override public Optional<Path> chooseFolder(String title) { return Optional.empty(); }
    @Override public Optional<Path> chooseSaveFile(String title, String name) { return Optional.empty(); }
  }

  @Start
  void start(Stage stage) {
    Scripted scripted = new Scripted();
    vm = new MainViewModel(scripted, scripted, RecentFiles.load(tmp.resolve("config")), new MemoryClipboard());
    window = new MainWindow(stage, vm, tmp.resolve("config"), () -> { });
    window.show();
  }

  private DocumentViewModel open(FxRobot robot, String example) throws Exception {
    Path file = Files.copy(Examples.path(example), tmp.resolve(example));
    robot.interact(() -> vm.openFile(file));
    return vm.documentProperty().get();
  }

  private List<String> tabTexts() {
    return window.documentTabs().getTabs().stream().map(Tab::getText).toList();
  }

  private void edit(FxRobot robot, DocumentViewModel doc, String name) {
    robot.interact(() -> doc.update(doc.flow().withName(name)));
  }

  @Test
  void twoFlowsInTwoTabsKeepTheirUndoApart(FxRobot robot) throws Exception {
    DocumentViewModel a = open(robot, Examples.EMAIL_ON_PUBLISH);
    DocumentViewModel b = open(robot, Examples.WEBHOOK);
    assertThat(tabTexts()).containsExactly("Notify author on publish", "Website lead → CRM");

    robot.clickOn(window.documentTabs().lookupAll(".tab").iterator().next());
    assertThat(vm.documentProperty().get()).isSameAs(a);
    edit(robot, a, "Edited in A");
    assertThat(tabTexts()).containsExactly("Edited in A" + DocumentTabs.DIRTY_MARK, "Website lead → CRM");

    robot.interact(() -> vm.activate(b));
    robot.clickOn(window.editorArea().flowCanvas());
    robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

    assertThat(a.flow().name()).isEqualTo("Edited in A");
    assertThat(b.isDirty()).isFalse();
    assertThat(tabTexts().get(1)).isEqualTo("Website lead → CRM");
    assertThat(window.editorArea().canvasState().stateProperty().get().flow()).isSameAs(b.flow());
  }

  @Test
  void ctrlTabAndCtrlPageUpSwitchTabs(FxRobot robot) throws Exception {
    DocumentViewModel a = open(robot, Examples.EMAIL_ON_PUBLISH);
    DocumentViewModel b = open(robot, Examples.WEBHOOK);
    robot.clickOn(window.editorArea().flowCanvas());

    robot.press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL);
    assertThat(vm.documentProperty().get()).isSameAs(a);
    assertThat(window.documentTabs().getSelectionModel().getSelectedIndex()).isZero();
    assertThat(window.scene().getWindow()).extracting(w -> ((Stage) w).getTitle())
        .isEqualTo("Flowsmith — Notify author on publish");

    robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT, KeyCode.CONTROL);
    assertThat(vm.documentProperty().get()).isSameAs(b);
    robot.press(KeyCode.CONTROL, KeyCode.PAGE_UP).release(KeyCode.PAGE_UP, KeyCode.CONTROL);
    assertThat(vm.documentProperty().get()).isSameAs(a);
  }

  @Test
  void draggingATabReordersTheTabsCtrlTabAndKeepsEachTabsState(FxRobot robot) throws Exception {
    DocumentViewModel a = open(robot, Examples.EMAIL_ON_PUBLISH);
    DocumentViewModel b = open(robot, Examples.WEBHOOK);
    DocumentViewModel c = open(robot, Examples.INVOICE_TOTALS);
    edit(robot, a, "Edited A");
    robot.interact(() -> vm.activate(b));
    var runOfB = window.runController();
    // the tab headers, left to right
    List<Node> headers = window.documentTabs().lookupAll(".tab-header-area .tab").stream()
        .sorted(java.util.Comparator.comparingDouble(node -> node.localToScreen(node.getBoundsInLocal()).getMinX()))
        .toList();
    assertThat(headers).hasSize(3);

    // the first tab dragged past the last one, with the mouse, in small steps as a hand moves
    robot.drag(headers.get(0), javafx.scene.input.MouseButton.PRIMARY);
    for (int i = 0; i < 5; i++) {
      robot.moveBy(10, 0);
    }
    robot.moveTo(headers.get(2)).moveBy(headers.get(2).getBoundsInLocal().getWidth() / 2 - 4, 0).drop();
    // the skin commits the new order when its drop animation ends
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.documents().get(0) == b);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(vm.documents()).containsExactly(b, c, a);
    assertThat(tabTexts()).containsExactly("Website lead → CRM", c.flow().name(), "Edited A" + DocumentTabs.DIRTY_MARK);
    // the dragged tab is in front (it was clicked to drag it), still with its unsaved edit and undo
    assertThat(vm.documentProperty().get()).isSameAs(a);
    assertThat(a.isDirty()).isTrue();
    robot.press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL);
    assertThat(vm.documentProperty().get()).isSameAs(b);
    assertThat(window.runController()).isSameAs(runOfB);
    robot.press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL);
    assertThat(vm.documentProperty().get()).isSameAs(c);
    assertThat(window.documentTabs().getSelectionModel().getSelectedItem().getUserData()).isSameAs(c);
  }

  @Test
  void closingAsksPerDirtyTab(FxRobot robot) throws Exception {
    DocumentViewModel a = open(robot, Examples.EMAIL_ON_PUBLISH);
    DocumentViewModel b = open(robot, Examples.WEBHOOK);
    edit(robot, a, "Dirty A");
    edit(robot, b, "Dirty B");
    robot.clickOn(window.editorArea().flowCanvas());

    answers.add(UnsavedChoice.CANCEL);
    robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
    assertThat(asked).containsExactly("Dirty B");
    assertThat(tabTexts()).hasSize(2);

    // the × of the first tab asks about that tab, not the active one
    answers.add(UnsavedChoice.DISCARD);
    Node firstClose = window.documentTabs().lookupAll(".tab-close-button").iterator().next();
    robot.clickOn(firstClose);
    assertThat(asked).containsExactly("Dirty B", "Dirty A");
    assertThat(vm.documents()).containsExactly(b);
    assertThat(tabTexts()).containsExactly("Dirty B" + DocumentTabs.DIRTY_MARK);
  }

  @Test
  void theStartPageOpensTheSampleWorkspaceAndANewFlow(FxRobot robot) {
    assertThat(window.startPage().isVisible()).isTrue();
    assertThat(window.documentTabs().isVisible()).isFalse();

    robot.clickOn("#start-sample");
    assertThat(vm.workspaceEntries()).hasSize(4);
    assertThat(vm.documents()).hasSize(1);
    assertThat(window.startPage().isVisible()).isFalse();

    robot.interact(() -> window.actions().get(dev.flowsmith.app.action.AppActions.START_PAGE).run());
    assertThat(window.startPage().isVisible()).isTrue();
    robot.clickOn("#start-new");
    assertThat(tabTexts()).hasSize(2).last().isEqualTo("Untitled flow");
    assertThat(window.startPage().isVisible()).isFalse();
    assertThat(robot.lookup("#start-recent-workspaces .hyperlink").tryQuery()).isPresent();
  }

  @Test
  void aFlowFromOutsideTheWorkspaceDoesNotShowTheWorkspacesSchedules(FxRobot robot) throws Exception {
    robot.clickOn("#start-sample");
    robot.interact(() -> window.bottomTabs().getSelectionModel().select(
        window.bottomTabs().getTabs().stream().filter(t -> "workspace-tab".equals(t.getId())).findFirst().orElseThrow()));
    awaitSchedules(robot, true);
    assertThat(robot.lookup("#workspace-outside-note").query().isVisible()).isFalse();

    open(robot, Examples.EMAIL_ON_PUBLISH);

    awaitSchedules(robot, false);
    assertThat(robot.lookup("#live-context").queryAs(Label.class).getText()).startsWith("Scratch workspace");
    assertThat(robot.lookup("#workspace-outside-note").query().isVisible()).isTrue();
    assertThat(window.runtime().isScratch()).isTrue();
  }

  @Test
  void eachTabKeepsItsOwnRunAndBreakpoints(FxRobot robot) throws Exception {
    DocumentViewModel a = open(robot, Examples.EMAIL_ON_PUBLISH);
    var runA = window.runController();
    Flow flowA = a.flow();
    CompletableFuture<Void> done = new CompletableFuture<>();
    robot.interact(() -> runA.start(flowA, TriggerSamples.sample(flowA)).thenRun(() -> done.complete(null)));
    done.get(30, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    String firstOp = flowA.operations().get(0).id();
    robot.interact(() -> runA.toggleBreakpoint(firstOp));
    int stepsA = window.runPanel().steps().getItems().size();
    assertThat(stepsA).isPositive();
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(canvasMarks()).isNotEmpty();

    DocumentViewModel b = open(robot, Examples.WEBHOOK);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(window.runController()).isNotSameAs(runA);
    assertThat(window.runPanel().steps().getItems()).isEmpty();
    assertThat(canvasMarks()).as("no run path of tab A on tab B").isEmpty();
    assertThat(window.editorArea().canvasState().stateProperty().get().breakpoints()).isEmpty();

    robot.interact(() -> vm.activate(a));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.runController()).isSameAs(runA);
    assertThat(window.runPanel().steps().getItems()).hasSize(stepsA);
    assertThat(canvasMarks()).isNotEmpty();
    assertThat(window.editorArea().canvasState().stateProperty().get().breakpoints()).containsExactly(firstOp);
    assertThat(b.isDirty()).isFalse();
  }

  @Test
  void aPausedRunKeepsItsWorkspaceUntilItEnds(FxRobot robot) throws Exception {
    robot.clickOn("#start-sample");
    var runA = window.runController();
    Flow flowA = vm.documentProperty().get().flow();
    robot.interact(() -> {
      runA.toggleBreakpoint(flowA.operations().get(0).id());
      runA.start(flowA, TriggerSamples.sample(flowA));
    });
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> runA.pausedProperty().get());

    open(robot, Examples.WEBHOOK);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(vm.runContextProperty().get()).isNull();
    assertThat(window.runtime().isScratch()).as("the paused run's workspace stays open").isFalse();

    robot.interact(runA::stop);
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !runA.runningProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.runtime().isScratch()).isTrue();
  }

  private java.util.Map<String, ?> canvasMarks() {
    return window.editorArea().canvasState().stateProperty().get().marks();
  }

  /** Waits until the Live Triggers schedule list does (or does not) show the sample's nightly cleanup. */
  private void awaitSchedules(FxRobot robot, boolean listed) throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
      VBox list = robot.lookup("#live-schedule-flows").tryQueryAs(VBox.class).orElse(null);
      if (list == null) {
        return false;
      }
      boolean shown = list.lookupAll(".live-flow-name").stream()
          .anyMatch(n -> "Nightly draft cleanup".equals(((Label) n).getText()));
      return shown == listed && robot.lookup("#live-context").tryQuery().isPresent();
    });
  }
}
