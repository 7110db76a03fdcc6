package dev.flowsmith.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.app.Examples;
import dev.flowsmith.app.FlowsmithApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The stylesheet applies cleanly: opening a workspace, typing in the search boxes (ControlsFX
 * CustomTextField, with their clear button) and switching themes log no CSS warning.
 */
@ExtendWith(ApplicationExtension.class)
class QuietCssTest {

  private static final List<String> LOGGED = new CopyOnWriteArrayList<>();
  private static final Handler CAPTURE = new Handler() {
    @Override
    public void publish(LogRecord record) {
      if (record.getLevel().intValue() >= Level.WARNING.intValue() && record.getLoggerName() != null
          && record.getLoggerName().startsWith("javafx")) {
        String thrown = record.getThrown() == null ? "" : " " + record.getThrown();
        LOGGED.add(record.getLoggerName() + ": " + record.getMessage() + thrown);
      }
    }

    @Override public void flush() { }

    @Override public void close() { }
  };

  @TempDir Path tmp;
  private MainWindow window;

  @Start
  void start(Stage stage) throws Exception {
    Logger.getLogger("").addHandler(CAPTURE);
    LOGGED.clear();
    Path workspace = tmp.resolve("workspace");
    Files.createDirectories(workspace.resolve("flows"));
    Files.writeString(workspace.resolve("workspace.json"), "{}");
    for (String example : List.of(Examples.WEBHOOK, Examples.EMAIL_ON_PUBLISH)) {
      Files.copy(Examples.path(example), workspace.resolve("flows").resolve(example));
    }
    // a shipped test, so Run All ends with a desktop notice (a ControlsFX notification)
    Files.createDirectories(workspace.resolve("tests"));
    Path shipped = Examples.path(Examples.EMAIL_ON_PUBLISH).resolveSibling("tests").resolve("email-on-publish.test.json");
    Files.copy(shipped, workspace.resolve("tests").resolve("email-on-publish.test.json"));
    window = FlowsmithApp.createWindow(stage, tmp.resolve("config"), null);
    window.viewModel().openWorkspace(workspace);
    window.viewModel().openEntry(window.viewModel().workspaceEntries().get(0));
    window.show();
  }

  @AfterEach
  void stopCapturing(FxRobot robot) {
    Logger.getLogger("").removeHandler(CAPTURE);
    robot.interact(() -> window.runtime().close());
  }

  @Test
  void searchBoxesAndThemesLogNoCssWarning(FxRobot robot) throws Exception {
    robot.clickOn("#workspace-filter").write("lead");
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#workspace-filter .clear-button");
    robot.type(KeyCode.TAB);
    for (boolean dark : new boolean[] {true, false}) {
      robot.interact(() -> window.viewModel().darkThemeProperty().set(dark));
      robot.clickOn("#workspace-filter").write("x");
      robot.type(KeyCode.BACK_SPACE);
    }
    robot.interact(() -> window.viewModel().nordThemeProperty().set(true));
    robot.clickOn("#workspace-filter").write("e");
    robot.interact(() -> window.viewModel().nordThemeProperty().set(false));
    // the popups' search boxes: the operation type picker and, on the flow, the icon picker
    var doc = window.viewModel().documentProperty().get();
    robot.interact(() -> doc.editor().selectOperation(doc.flow().operations().get(0).id()));
    robot.clickOn("#operation-type").write("slee");
    robot.type(KeyCode.ESCAPE);
    robot.interact(() -> doc.editor().selectTrigger());
    robot.clickOn("#flow-setup-tab .tab-label");
    robot.clickOn("#flow-icon").write("mail");
    robot.type(KeyCode.ESCAPE);
    // the inspector's tree search, after a run
    var flow = doc.flow();
    java.util.concurrent.CompletableFuture<?>[] run = new java.util.concurrent.CompletableFuture<?>[1];
    robot.interact(() -> run[0] = window.runController().start(flow, dev.flowsmith.app.run.TriggerSamples.sample(flow)));
    run[0].get(30, java.util.concurrent.TimeUnit.SECONDS);
    robot.interact(() -> window.runPanel().steps().getSelectionModel().select(0));
    robot.clickOn("#chain-search").write("trigger");
    robot.clickOn("#chain-search .clear-button");
    // the desktop notice when the tests finish, in both themes
    for (boolean dark : new boolean[] {true, false}) {
      robot.interact(() -> window.viewModel().darkThemeProperty().set(dark));
      robot.clickOn("#tests-tab .tab-label");
      robot.clickOn("#tests-run-all");
      WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, () -> !window.testsModel().runningProperty().get()
          && window.testsModel().rows().stream().allMatch(row -> row.result() != null));
      WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
          () -> robot.lookup(".notification-bar").tryQuery().isPresent());
      WaitForAsyncUtils.waitForFxEvents();
    }
    assertThat(LOGGED).isEmpty();
  }
}
