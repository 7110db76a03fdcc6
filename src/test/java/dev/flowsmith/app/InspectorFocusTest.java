package dev.flowsmith.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.app.action.AppAction;
import dev.flowsmith.app.action.AppActions;
import dev.flowsmith.app.view.MainWindow;
import java.nio.file.Path;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View › Focus Inspector gives the run panel the window and gives the layout back. */
@ExtendWith(ApplicationExtension.class)
class InspectorFocusTest {

  @TempDir Path tmp;
  private Stage stage;
  private MainWindow window;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    window = FlowsmithApp.createWindow(stage, tmp.resolve("config"), null);
    window.viewModel().openFile(Examples.path(Examples.EMAIL_ON_PUBLISH));
    window.show();
    stage.setWidth(1366);
    stage.setHeight(768);
  }

  @Test
  void focusModeGivesTheRunPanelTheWindowAndTogglesBack(FxRobot robot) {
    AppAction focus = window.actions().get(AppActions.FOCUS_INSPECTOR);
    assertThat(focus.shortcut()).isEqualTo(KeyCombination.valueOf("Shortcut+Shift+I"));
    MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
    Menu view = bar.getMenus().stream().filter(m -> m.getText().equals("View")).findFirst().orElseThrow();
    assertThat(view.getItems()).extracting(MenuItem::getText).contains("Focus Inspector");
    double normalWidth = window.runPanel().getWidth();
    assertThat(robot.lookup("#flow-canvas").tryQuery()).isPresent();

    robot.interact(focus::run);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(robot.lookup("#flow-canvas").tryQuery()).isEmpty();
    assertThat(robot.lookup("#side-panel").tryQuery()).isEmpty();
    assertThat(window.runPanel().isVisible()).isTrue();
    assertThat(window.runPanel().getWidth()).isGreaterThan(normalWidth).isGreaterThan(stage.getWidth() * 0.9);
    assertThat(window.runPanel().getHeight()).isGreaterThan(stage.getHeight() * 0.6);

    robot.interact(focus::run);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(robot.lookup("#flow-canvas").tryQuery()).isPresent();
    assertThat(robot.lookup("#side-panel").tryQuery()).isPresent();
    assertThat(window.runPanel().getWidth()).isLessThan(stage.getWidth() * 0.9);
  }
}
