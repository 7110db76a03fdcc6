package dev.flowsmith.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.app.FlowsmithApp;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** At 1366×768 the start page's last line can be read: it fits, or the page scrolls to it. */
@ExtendWith(ApplicationExtension.class)
class StartPageFitTest {

  @TempDir Path tmp;
  private MainWindow window;

  @Start
  void start(Stage stage) throws Exception {
    // a workspace open, no flow: the workspace list takes its share of the width beside the page
    Path workspace = tmp.resolve("workspace");
    java.nio.file.Files.createDirectories(workspace.resolve("flows"));
    java.nio.file.Files.writeString(workspace.resolve("workspace.json"), "{}");
    java.nio.file.Files.copy(dev.flowsmith.app.Examples.path(dev.flowsmith.app.Examples.WEBHOOK),
        workspace.resolve("flows").resolve(dev.flowsmith.app.Examples.WEBHOOK));
    window = FlowsmithApp.createWindow(stage, tmp.resolve("config"), null);
    window.viewModel().openWorkspace(workspace);
    while (window.viewModel().closeActive()) {
      // opening a workspace opens a flow; the start page shows once no tab is left
    }
    window.show();
    stage.setMaximized(false);
    stage.setWidth(1366);
    stage.setHeight(768);
  }

  @org.junit.jupiter.api.AfterEach
  void closeRuntime(FxRobot robot) {
    robot.interact(() -> window.runtime().close());
  }

  @Test
  void theWholePageFitsAboveTheBottomPanelAt1366x768(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#start-page").query().isVisible()).isTrue();
    assertThat(robot.lookup("#workspace-filter").query().isVisible()).isTrue();
    // the whole page, padding included, fits: no scroll bar at all
    javafx.scene.control.ScrollPane page = robot.lookup("#start-page").queryAs(javafx.scene.control.ScrollPane.class);
    assertThat(page.getContent().getLayoutBounds().getHeight()).isLessThanOrEqualTo(page.getViewportBounds().getHeight());
    assertLastLineShown(robot);
    assertThat(page.getVvalue()).isZero();
  }

  @Test
  void inASmallWindowThePageScrollsToItsLastLine(FxRobot robot) {
    Stage stage = (Stage) window.scene().getWindow();
    robot.interact(() -> {
      stage.setWidth(1000);
      stage.setHeight(560);
    });
    WaitForAsyncUtils.waitForFxEvents();
    javafx.scene.control.ScrollPane page = robot.lookup("#start-page").queryAs(javafx.scene.control.ScrollPane.class);
    assertThat(page.getVvalue()).isZero();
    // a reader drags the scroll bar's thumb to the bottom
    Node thumb = robot.lookup("#start-page > .scroll-bar:vertical .thumb").query();
    robot.drag(thumb, javafx.scene.input.MouseButton.PRIMARY).moveBy(0, 600).drop();
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(page.getVvalue()).isEqualTo(page.getVmax());
    assertLastLineShown(robot);
  }

  private static void assertLastLineShown(FxRobot robot) {
    Bounds last = screen(robot.lookup("#start-shortcuts").query());
    Bounds viewport = screen(robot.lookup("#start-page > .viewport").query());
    Bounds bottom = screen(robot.lookup("#bottom-tabs").query());
    assertThat(last.getMinY()).isGreaterThanOrEqualTo(viewport.getMinY());
    assertThat(last.getMaxY()).isLessThanOrEqualTo(viewport.getMaxY());
    assertThat(last.getMaxY()).isLessThanOrEqualTo(bottom.getMinY());
  }

  private static Bounds screen(Node node) {
    return node.localToScreen(node.getBoundsInLocal());
  }
}
