package dev.flowsmith.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.app.canvas.FlowCanvas;
import dev.flowsmith.app.canvas.TriggerOverview;
import dev.flowsmith.app.view.MainWindow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless under Monocle, with an example flow open. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

  private static final String TITLE = "Flowsmith — Notify author on publish";

  @TempDir Path tmp;
  private Stage stage;
  private MainWindow window;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    window = FlowsmithApp.createWindow(stage, tmp.resolve("config"), null);
    window.viewModel().openFile(Examples.path(Examples.EMAIL_ON_PUBLISH));
    window.show();
  }

  @Test
  void showsTheFlowInTitleMenusCanvasAndStatusBar(FxRobot robot) {
    assertThat(stage.getTitle()).isEqualTo(TITLE);

    MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
    assertThat(bar.getMenus()).extracting(Menu::getText).containsExactly("File", "Edit", "View", "Help");
    assertThat(itemTexts(bar)).contains("New", "Open File…", "Open Workspace…", "Recent", "Import…", "Export…",
        "Save", "Save As…", "Quit", "Dark Theme", "About Flowsmith");

    Label status = robot.lookup("#status-text").queryAs(Label.class);
    assertThat(status.getText()).endsWith("canonical flow document — 3 operations");
    FlowCanvas canvas = robot.lookup("#flow-canvas").queryAs(FlowCanvas.class);
    assertThat(canvas.getState()).isNotNull();
    assertThat(TriggerOverview.title(canvas.getState().flow())).isEqualTo("Event Hook");
    // beside the side panel the third tile is off screen at 100 %; fitted, all three are drawn
    robot.interact(canvas::zoomToFit);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(canvas.lastStats()).isNotNull();
    assertThat(canvas.lastStats().tilesDrawn()).isEqualTo(3);
    assertThat(canvas.lastStats().triggerDrawn()).isTrue();
    assertThat(robot.lookup("#workspace-panel").query().isVisible()).isFalse();
  }

  @Test
  void aBrokenFileShowsTheErrorAndKeepsTheTitle(FxRobot robot) throws Exception {
    Path broken = Examples.writeBroken(tmp, "broken.json");

    // not interact(): the error alert waits for an answer, so the call returns only after OK
    Platform.runLater(() -> window.viewModel().openFile(broken));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#error-dialog").tryQuery().isPresent());

    DialogPane error = robot.lookup("#error-dialog").queryAs(DialogPane.class);
    assertThat(error.getContentText()).startsWith(broken + ":3:");
    robot.interact(() -> ((Button) error.lookupButton(ButtonType.OK)).fire());
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(robot.lookup("#error-dialog").tryQuery()).isEmpty();
    assertThat(stage.getTitle()).isEqualTo(TITLE);
    assertThat(robot.lookup("#status-text").queryAs(Label.class).getText()).endsWith("3 operations");
  }

  private static List<String> itemTexts(MenuBar bar) {
    List<String> texts = new ArrayList<>();
    for (Menu menu : bar.getMenus()) {
      for (MenuItem item : menu.getItems()) {
        if (item.getText() != null) {
          texts.add(item.getText());
        }
      }
    }
    return texts;
  }
}
