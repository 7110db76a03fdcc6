package dev.flowsmith.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.app.Examples;
import dev.flowsmith.app.FlowsmithApp;
import dev.flowsmith.app.action.AppActions;
import dev.flowsmith.app.view.MainWindow;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File › Workspace Settings… and File › Open Path… over a maximised main window (issue 18). */
@ExtendWith(ApplicationExtension.class)
class WorkspaceDialogsTest {

  @TempDir Path tmp;
  private Stage stage;
  private MainWindow window;
  private Path workspace;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    window = FlowsmithApp.createWindow(stage, tmp.resolve("config"), null);
    window.show();
  }

  @BeforeEach
  void openWorkspace(FxRobot robot) throws Exception {
    workspace = tmp.resolve("ws");
    WorkspaceFolder.create(workspace);
    Files.copy(Examples.path(Examples.EMAIL_ON_PUBLISH), workspace.resolve("flows").resolve("publish.json"));
    robot.interact(() -> {
      window.viewModel().openWorkspace(workspace);
      stage.setMaximized(true);
    });
  }

  /** The stage is shared with the test classes that run after this one, which expect their own size. */
  @AfterEach
  void unmaximise(FxRobot robot) {
    robot.interact(() -> stage.setMaximized(false));
  }

  private DialogPane dialog(FxRobot robot, String id) throws Exception {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + id).tryQuery().isPresent());
    WaitForAsyncUtils.waitForFxEvents();
    return robot.lookup("#" + id).queryAs(DialogPane.class);
  }

  @Test
  void settingsShowErrorsInlineWriteNothingUntilValidAndKeepTheWindowMaximised(FxRobot robot) throws Exception {
    Path file = workspace.resolve(WorkspaceFolder.SETTINGS_FILE);
    String before = Files.readString(file);
    Platform.runLater(() -> window.actions().get(AppActions.WORKSPACE_SETTINGS).run());
    DialogPane pane = dialog(robot, "workspace-settings-dialog");
    Window shown = pane.getScene().getWindow();
    assertThat(((Stage) shown).getOwner()).isSameAs(stage);
    assertThat(shown.getWidth()).isGreaterThanOrEqualTo(400);

    robot.interact(() -> {
      robot.lookup("#settings-webhookPort").queryAs(TextField.class).setText("70000");
      robot.lookup("#settings-maxRunTime").queryAs(TextField.class).setText("30s");
    });
    robot.clickOn("#workspace-settings-save");
    WaitForAsyncUtils.waitForFxEvents();
    Label portError = robot.lookup("#settings-webhookPort-error").queryAs(Label.class);
    assertThat(portError.isVisible()).isTrue();
    assertThat(portError.getText()).contains("65535");
    assertThat(shown.isShowing()).isTrue();
    assertThat(Files.readString(file)).isEqualTo(before);

    robot.interact(() -> robot.lookup("#settings-webhookPort").queryAs(TextField.class).setText("8123"));
    robot.clickOn("#workspace-settings-save");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(shown.isShowing()).isFalse();
    JsonObject written = (JsonObject) JsonText.parse(Files.readString(file), null).root();
    assertThat(written.get("webhookPort")).contains(JsonValue.of(8123));
    assertThat(((JsonObject) written.get("budgets").orElseThrow()).get("maxRunTime")).contains(JsonValue.of("30s"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(stage.isMaximized()).isTrue();
  }

  @Test
  void enterInOpenPathOpensTheTypedFile(FxRobot robot) throws Exception {
    Path flow = workspace.resolve("flows").resolve("publish.json");
    Platform.runLater(() -> window.actions().get(AppActions.OPEN_PATH).run());
    DialogPane pane = dialog(robot, "open-path-dialog");
    Window shown = pane.getScene().getWindow();
    assertThat(((Stage) shown).getOwner()).isSameAs(stage);

    TextField field = robot.lookup("#open-path-field").queryAs(TextField.class);
    robot.interact(() -> field.setText(workspace.resolve("nothing-here.json").toString()));
    robot.clickOn(field).type(KeyCode.END).type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(shown.isShowing()).isTrue();
    assertThat(robot.lookup("#open-path-error").queryAs(Label.class).getText()).contains("Nothing is at");

    robot.interact(() -> field.setText(flow.toString()));
    robot.clickOn(field).type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(shown.isShowing()).isFalse();
    assertThat(window.viewModel().documentProperty().get()).isNotNull();
    assertThat(stage.isMaximized()).isTrue();
  }
}
