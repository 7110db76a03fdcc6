package dev.flowsmith.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import dev.flowsmith.app.Examples;
import dev.flowsmith.app.FlowsmithApp;
import dev.flowsmith.app.canvas.FlowCanvas;
import dev.flowsmith.app.view.MainWindow;
import dev.flowsmith.app.viewmodel.UserSettings;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View › Minimap and View › Dark Theme, clicked in the real menus, and kept per user. */
@ExtendWith(ApplicationExtension.class)
class ViewSettingsTest {

  @TempDir Path tmp;
  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = FlowsmithApp.createWindow(stage, tmp.resolve("config"), null);
    window.viewModel().openFile(Examples.path(Examples.EMAIL_ON_PUBLISH));
    window.show();
  }

  @AfterEach
  void lightAgain(FxRobot robot) {
    robot.interact(() -> window.viewModel().darkThemeProperty().set(false));
  }

  @Test
  void theMinimapCanBeHiddenFromTheViewMenuAndStaysHidden(FxRobot robot) {
    FlowCanvas canvas = robot.lookup("#flow-canvas").queryAs(FlowCanvas.class);
    // at 100 % beside the side panel the flow overflows the canvas, so the minimap is up
    robot.interact(canvas::zoomReset);
    robot.interact(canvas::redrawNow);
    assertThat(canvas.isMinimapVisible()).isTrue();
    assertThat(robot.lookup("#canvas-minimap").query().getOpacity()).isLessThan(0.8);

    robot.clickOn("View").clickOn("Minimap");
    robot.interact(canvas::redrawNow);

    assertThat(canvas.isMinimapVisible()).isFalse();
    assertThat(UserSettings.load(tmp.resolve("config")).flag("view.minimap", true)).isFalse();
  }

  @Test
  void theDarkThemeCoversTheCanvasAndIsSaved(FxRobot robot) {
    FlowCanvas canvas = robot.lookup("#flow-canvas").queryAs(FlowCanvas.class);
    robot.interact(canvas::redrawNow);
    Paint light = canvas.style().background();

    robot.clickOn("View").clickOn("Dark Theme");
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(canvas::redrawNow);

    assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
    assertThat(canvas.style().background()).isNotEqualTo(light);
    assertThat(UserSettings.load(tmp.resolve("config")).flag("theme.dark", false)).isTrue();
  }
}
