package dev.flowsmith.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.app.Examples;
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

/** A dialog over the main window: sized to what it says, centred on the window, its button on screen. */
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
}
