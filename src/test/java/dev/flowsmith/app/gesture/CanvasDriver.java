package dev.flowsmith.app.gesture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.app.canvas.FlowCanvas;
import dev.flowsmith.app.view.FxClipboard;
import dev.flowsmith.app.view.MainWindow;
import dev.flowsmith.app.viewmodel.Dialogs;
import dev.flowsmith.app.viewmodel.FileDialogs;
import dev.flowsmith.app.viewmodel.MainViewModel;
import dev.flowsmith.app.viewmodel.RecentFiles;
import java.nio.file.Path;
import javafx.stage.Stage;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.Operation;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Real-mouse gestures on the window's canvas and look-ups in the open flow, shared by the gesture tests. */
final class CanvasDriver {

  private final MainViewModel vm;
  private final FlowCanvas canvas;

  CanvasDriver(MainViewModel vm, FlowCanvas canvas) {
    this.vm = vm;
    this.canvas = canvas;
  }

  /** Shows the main window on {@code stage} with a new flow open, the view-model answering with {@code answers}. */
  static <A extends Dialogs & FileDialogs> CanvasDriver showWindow(Stage stage, A answers, Path config) {
    MainViewModel vm = new MainViewModel(answers, answers, RecentFiles.load(config), new FxClipboard());
    MainWindow window = new MainWindow(stage, vm, config, () -> { });
    vm.newFlow();
    window.show();
    return new CanvasDriver(vm, (FlowCanvas) window.scene().lookup("#flow-canvas"));
  }

  MainViewModel vm() {
    return vm;
  }

  FlowCanvas canvas() {
    return canvas;
  }

  Flow flow() {
    return vm.documentProperty().get().flow();
  }

  /** The one operation of this type. */
  Operation only(String type) {
    List<Operation> ofType = flow().operations().stream().filter(o -> o.type().equals(type)).toList();
    assertThat(ofType).hasSize(1);
    return ofType.get(0);
  }

  /** The operation as it is now. */
  Operation op(Operation old) {
    return flow().operationById(old.id()).orElseThrow();
  }

  /** Types a filter into the open type picker and takes the first match. */
  void pick(FxRobot robot, String filter) {
    WaitForAsyncUtils.waitForFxEvents();
    robot.write(filter);
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
  }

  void drag(FxRobot robot, Point2D from, Point2D to) {
    robot.moveTo(from);
    robot.press(MouseButton.PRIMARY);
    robot.moveTo(from.midpoint(to));
    robot.moveTo(to);
    robot.release(MouseButton.PRIMARY);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** A world point's place on the screen, with the canvas's current zoom. */
  Point2D screen(double worldX, double worldY) {
    return canvas.localToScreen(canvas.viewport().worldToScreen(worldX, worldY));
  }
}
