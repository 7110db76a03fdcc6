package dev.flowsmith.app.window;

import dev.flowsmith.app.action.ShortcutsDialog;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.app.Examples;
import org.assertj.core.data.Offset;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCode;
import javafx.scene.control.TableView;
import dev.flowsmith.app.action.AppAction;
import dev.flowsmith.app.FlowsmithApp;
import dev.flowsmith.app.view.MainWindow;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A dialog over the main window: sized to what it says, centred on the window, its button on screen;
 * Help › Keyboard Shortcuts opened by its keys, listing every action, searchable.
 */
@ExtendWith(ApplicationExtension.class)
class DialogWindowsTest {

  @TempDir Path tmp;
  private Stage stage;
  private MainWindow window;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    window = FlowsmithApp.createWindow(stage, tmp.resolve("config"), null);
    window.show();
  }

  @Test
  void theErrorDialogIsCentredOnTheWindowAndShowsItsButton(FxRobot robot) throws Exception {
    Path broken = Examples.writeBroken(tmp, "broken.json");

    Platform.runLater(() -> window.viewModel().openFile(broken));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#error-dialog").tryQuery().isPresent());
    WaitForAsyncUtils.waitForFxEvents();

    DialogPane pane = robot.lookup("#error-dialog").queryAs(DialogPane.class);
    Window dialog = pane.getScene().getWindow();
    assertThat(((Stage) dialog).getOwner()).isSameAs(stage);
    assertThat(dialog.getWidth()).isGreaterThanOrEqualTo(DialogWindows.MIN_WIDTH);
    assertThat(dialog.getHeight()).isGreaterThanOrEqualTo(pane.prefHeight(pane.getWidth()) - 1);
    assertThat(dialog.getX() + dialog.getWidth() / 2).isCloseTo(stage.getX() + stage.getWidth() / 2,
        org.assertj.core.data.Offset.offset(2.0));
    Button ok = (Button) pane.lookupButton(ButtonType.OK);
    assertThat(ok.localToScene(ok.getLayoutBounds()).getMaxY()).isLessThanOrEqualTo(pane.getScene().getHeight());
    robot.interact(ok::fire);
  }

  @Test
  void ctrlSlashOpensTheListOfEveryActionAndTypingFiltersIt(FxRobot robot) throws Exception {
    robot.clickOn(stage.getScene().getRoot());
    robot.press(KeyCode.CONTROL, KeyCode.SLASH).release(KeyCode.SLASH, KeyCode.CONTROL);
    TableView<ShortcutsDialog.Row> table = table(robot);
    Window dialog = table.getScene().getWindow();
    assertThat(((Stage) dialog).getOwner()).isSameAs(stage);
    assertThat(dialog.getX() + dialog.getWidth() / 2).isCloseTo(stage.getX() + stage.getWidth() / 2, Offset.offset(2.0));

    // one row per registered action, with the keys the menus show
    assertThat(table.getItems()).hasSize(window.actions().all().size());
    for (AppAction action : window.actions().all()) {
      KeyCombination keys = action.shortcut();
      if (keys != null) {
        assertThat(table.getItems()).anySatisfy(row -> assertThat(row.keys()).contains(keys.getDisplayText()));
      }
    }
    assertThat(table.getItems()).contains(new ShortcutsDialog.Row("Save", "File",
        KeyCombination.valueOf("Shortcut+S").getDisplayText()));

    robot.clickOn("#shortcuts-search").write("zoom");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(table.getItems()).extracting(ShortcutsDialog.Row::action)
        .containsExactly("Zoom In", "Zoom Out", "Zoom to Fit");
    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(dialog.isShowing()).isFalse();
  }

  @Test
  void f1OpensItToo(FxRobot robot) throws Exception {
    robot.clickOn(stage.getScene().getRoot());
    robot.type(KeyCode.F1);
    TableView<ShortcutsDialog.Row> table = table(robot);
    assertThat(table.getItems()).anySatisfy(row -> {
      assertThat(row.action()).isEqualTo("Keyboard Shortcuts");
      assertThat(row.keys()).contains("F1");
    });
    robot.type(KeyCode.ESCAPE);
  }

  @SuppressWarnings("unchecked")
  private static TableView<ShortcutsDialog.Row> table(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#shortcuts-table").tryQuery().isPresent());
    WaitForAsyncUtils.waitForFxEvents();
    return robot.lookup("#shortcuts-table").queryAs(TableView.class);
  }
}
