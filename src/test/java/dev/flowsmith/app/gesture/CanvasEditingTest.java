package dev.flowsmith.app.gesture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.app.canvas.FlowCanvas;
import dev.flowsmith.app.viewmodel.Dialogs;
import dev.flowsmith.app.viewmodel.FileDialogs;
import dev.flowsmith.app.viewmodel.MainViewModel;
import dev.flowsmith.format.FlowWriter;
import dev.flowsmith.format.TargetFormat;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.Operation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Builds a flow from an empty canvas with real gestures on the real window, headless: click and
 * drag from handles to create and connect, detach, re-attach, a refused connection, move,
 * rubber band, group move, delete; then undo and redo all of it, save, reopen, and compare.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasEditingTest {

  @TempDir Path tmp;
  private MainViewModel vm;
  private FlowCanvas canvas;
  private Path saveTo;
  private CanvasDriver driver;

  /** Answers every file question with {@link #saveTo} and every unsaved-changes question with Discard. */
  private final class Answers implements Dialogs, FileDialogs {
    @Override public void showError(String title, String message) { throw new AssertionError(message); }
    @Override public UnsavedChoice askUnsaved(String flowName) { return UnsavedChoice.DISCARD; }
    @Override public Optional<Flow> chooseFlow(String title, List<Flow> flows) { return Optional.of(flows.get(0)); }
    @Override public Optional<TargetFormat> chooseExportFormat(List<TargetFormat> formats) { return Optional.empty(); }
    @Override public boolean confirm(String title, String message) { return true; }
    @Override public Optional<Path> chooseFlowFile(String title) { return Optional.of(saveTo); }
    @Override public Optional<Path> chooseFolder(String title) { return Optional.empty(); }
    @Override public Optional<Path> chooseSaveFile(String title, String name) { return Optional.of(saveTo); }
  }

  @Start
  void start(Stage stage) {
    saveTo = tmp.resolve("built.json");
    driver = CanvasDriver.showWindow(stage, new Answers(), tmp.resolve("config"));
    vm = driver.vm();
    canvas = driver.canvas();
  }

  @Test
  void buildAFlowByHandThenUndoRedoSaveAndReopen(FxRobot robot) throws Exception {
    Flow empty = flow();
    robot.clickOn(canvas);
    // the View menu's shortcut zooms out; then a fixed view so the whole flow fits beside the side panel
    robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(canvas.viewport().scale()).isLessThan(1.0);
    robot.interact(() -> canvas.viewport().set(0.6, 10, 10));

    // a click on the trigger's empty resolve handle adds the first operation at (19, 1)
    robot.clickOn(screen(280, 200));
    pick(robot, "log");
    Operation log = only("log");
    assertThat(log.position()).isEqualTo(new GridPosition(19, 1));
    assertThat(flow().operation()).isEqualTo(log.id());

    // drag from its resolve handle to empty space: a connected operation on the Studio's rhythm
    drag(robot, handle(log, 200), world(740, 60));
    pick(robot, "transform");
    Operation transform = only("transform");
    assertThat(transform.position()).isEqualTo(new GridPosition(37, 1));
    assertThat(op(log).resolve()).isEqualTo(transform.id());

    // and from its reject handle
    drag(robot, handle(log, 240), world(740, 400));
    pick(robot, "throw");
    Operation thrown = only("throw-error");
    assertThat(thrown.position()).isEqualTo(new GridPosition(37, 17));
    assertThat(op(log).reject()).isEqualTo(thrown.id());

    // pick up the end of the resolve arrow at transform's input and drop it on empty space: detached
    drag(robot, input(transform), world(700, 760));
    assertThat(op(log).resolve()).isNull();

    // connect again by dropping on the input
    drag(robot, handle(log, 200), input(transform));
    assertThat(op(log).resolve()).isEqualTo(transform.id());

    // a second arrow into transform's input is refused, with the reason in the status bar
    drag(robot, handle(thrown, 200), input(transform));
    assertThat(op(thrown).resolve()).isNull();
    Label status = robot.lookup("#edit-message").queryAs(Label.class);
    assertThat(status.getText()).contains("already has an arrow coming in");

    // move one tile: 100 px right and 40 px down in world pixels is 5 and 2 cells
    drag(robot, body(thrown), body(thrown, 100, 40));
    assertThat(op(thrown).position()).isEqualTo(new GridPosition(42, 19));

    // Shift + rubber band over transform and throw-error, then move both together
    robot.press(KeyCode.SHIFT);
    drag(robot, world(1160, 640), world(730, 5)); // above the run tabs, under the document tabs
    robot.release(KeyCode.SHIFT);
    assertThat(editorSelection()).containsExactlyInAnyOrder(transform.id(), thrown.id());
    drag(robot, body(transform), body(transform, 40, 0));
    assertThat(op(transform).position()).isEqualTo(new GridPosition(39, 1));
    assertThat(op(thrown).position()).isEqualTo(new GridPosition(44, 19));

    // Delete removes both and every arrow to them
    robot.type(KeyCode.DELETE);
    assertThat(flow().operations()).extracting(Operation::type).containsExactly("log");
    assertThat(op(log).resolve()).isNull();
    assertThat(op(log).reject()).isNull();

    // select the log tile and edit its message in the side panel: one undo step for the typing
    robot.clickOn(body(log));
    robot.clickOn("#option-message").write("hello world");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(op(log).optionsObject().string("message")).contains("hello world");
    robot.clickOn("#operation-name").write("Say hello");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(op(log).name()).isEqualTo("Say hello");
    robot.clickOn(canvas, MouseButton.SECONDARY);
    Flow built = flow();
    assertThat(vm.titleProperty().get()).endsWith("•");

    // undo everything back to the empty flow, then redo everything
    while (vm.edit().canUndo().get()) {
      robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
    }
    assertThat(flow()).isEqualTo(empty);
    while (vm.edit().canRedo().get()) {
      robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
    }
    assertThat(flow()).isEqualTo(built);

    // save, reopen, and get the same document
    robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
    assertThat(Files.readString(saveTo)).isEqualTo(FlowWriter.canonical(built));
    assertThat(vm.titleProperty().get()).doesNotEndWith("•");
    robot.interact(() -> vm.newFlow());
    robot.interact(() -> vm.openFile(saveTo));
    assertThat(FlowWriter.canonical(flow())).isEqualTo(FlowWriter.canonical(built));
  }

  // ---- helpers ---------------------------------------------------------------------------

  private Flow flow() {
    return driver.flow();
  }

  private java.util.Set<String> editorSelection() {
    return vm.documentProperty().get().editor().selection().operations();
  }

  private Operation only(String type) {
    return driver.only(type);
  }

  private Operation op(Operation old) {
    return driver.op(old);
  }

  private void pick(FxRobot robot, String filter) {
    driver.pick(robot, filter);
  }

  private void drag(FxRobot robot, Point2D from, Point2D to) {
    driver.drag(robot, from, to);
  }

  private Point2D handle(Operation op, double y) {
    Operation now = op(op);
    return world((now.position().x() - 1) * 20 + 280, (now.position().y() - 1) * 20 + y);
  }

  private Point2D input(Operation op) {
    Operation now = op(op);
    return world((now.position().x() - 1) * 20, (now.position().y() - 1) * 20 + 60);
  }

  private Point2D body(Operation op) {
    return body(op, 0, 0);
  }

  /** A point in the tile's body, shifted by world pixels. */
  private Point2D body(Operation op, double dx, double dy) {
    Operation now = op(op);
    return world((now.position().x() - 1) * 20 + 140 + dx, (now.position().y() - 1) * 20 + 110 + dy);
  }

  /** A world point's place on the screen, with the canvas's current zoom. Also {@link #screen}. */
  private Point2D world(double x, double y) {
    return screen(x, y);
  }

  private Point2D screen(double worldX, double worldY) {
    return driver.screen(worldX, worldY);
  }
}
