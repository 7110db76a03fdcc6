package dev.flowsmith.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.app.history.RunDiffView;
import dev.flowsmith.app.run.RunDialog;
import dev.flowsmith.app.server.ConnectDialog;
import dev.flowsmith.app.view.MainWindow;
import dev.flowsmith.app.viewmodel.WorkspaceEntry;
import dev.flowsmith.workspace.history.RunLogStore;
import dev.flowsmith.workspace.server.FakeDirectus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
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
 * Run › Run on Server from the real window against a fake Directus: the trigger dialog, the
 * Connect dialog (no server is connected yet), a second run reusing the connection, the run off the FX thread, the server's run in the History (source "server"),
 * the local run beside it in the Compare tab, and the temporary copy gone from the server.
 */
@ExtendWith(ApplicationExtension.class)
class RunOnServerInAppTest {

  @TempDir Path tmp;
  private MainWindow window;
  private FakeDirectus server;

  @Start
  void start(Stage stage) throws Exception {
    server = new FakeDirectus();
    Path workspace = tmp.resolve("workspace");
    Files.createDirectories(workspace.resolve("flows"));
    Files.writeString(workspace.resolve("workspace.json"), "{}");
    Files.copy(Path.of("src/test/resources/onserver/greeting.json"), workspace.resolve("flows/greeting.json"));
    window = FlowsmithApp.createWindow(stage, tmp.resolve("config"), null);
    window.viewModel().openWorkspace(workspace);
    WorkspaceEntry entry = window.viewModel().workspaceEntries().stream()
        .filter(e -> e instanceof WorkspaceEntry.FlowEntry flowEntry && flowEntry.file().endsWith("greeting.json"))
        .findFirst().orElseThrow();
    window.viewModel().openEntry(entry);
    window.show();
  }

  @AfterEach
  void stop(FxRobot robot) {
    robot.interact(() -> window.runtime().close());
    server.close();
  }

  @Test
  void runOnServerStoresTheServersRunAndComparesItWithALocalRun(FxRobot robot) throws Exception {
    robot.clickOn("#flow-canvas");
    robot.push(KeyCode.SHIFT, KeyCode.F6);
    WaitForAsyncUtils.waitForFxEvents();

    DialogPane trigger = robot.lookup(".run-dialog").queryAs(DialogPane.class);
    TextArea body = (TextArea) trigger.lookup("#run-webhook-body");
    robot.interact(() -> body.setText("{\"name\": \"Ada\", \"count\": 3}"));
    robot.clickOn(trigger.lookupButton(RunDialog.RUN));
    WaitForAsyncUtils.waitForFxEvents();

    DialogPane connect = robot.lookup(".connect-dialog").queryAs(DialogPane.class);
    assertThat(connect.lookupButton(ConnectDialog.CONNECT).isDisabled()).isTrue();
    robot.clickOn("#server-url").write(server.url().toString());
    robot.interact(() -> ((TextField) connect.lookup("#server-token")).setText(FakeDirectus.TOKEN));
    assertThat(connect.lookupButton(ConnectDialog.CONNECT).isDisabled()).isFalse();
    robot.clickOn(connect.lookupButton(ConnectDialog.CONNECT));

    // the run goes on off the FX thread; the Compare tab opens when the local run beside it is done
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> compareTab() != null
        && compareTab().getContent() instanceof RunDiffView);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.bottomTabs().getSelectionModel().getSelectedItem()).isSameAs(compareTab());
    assertThat(window.serverRunController().errorProperty().get()).isNull();

    RunLogStore history = window.runtime().historyProperty().get();
    List<RunLogStore.Entry> runs = history.list(window.viewModel().currentFlowProperty().get().id());
    assertThat(runs).extracting(RunLogStore.Entry::source).contains("server", "app");
    assertThat(server.flows()).as("the temporary copy and its launcher are deleted").isEmpty();
    assertThat(server.requests()).anyMatch(request -> request.startsWith("POST /flows/trigger/"));
    // the server's $trigger is what the dialog built from the body
    var serverRun = history.load(runs.stream().filter(e -> e.source().equals("server")).findFirst().orElseThrow());
    assertThat(serverRun.data().get("$trigger").orElseThrow().toString()).contains("Ada");
    assertThat(window.serverViewModel().connectionProperty().get()).isNotNull();

    // connected now: a second run goes straight to the server, no Connect dialog
    robot.clickOn("#flow-canvas");
    robot.push(KeyCode.SHIFT, KeyCode.F6);
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn(robot.lookup(".run-dialog").queryAs(DialogPane.class).lookupButton(RunDialog.RUN));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup(".connect-dialog").tryQuery()).isEmpty();
    String flowId = window.viewModel().currentFlowProperty().get().id();
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> history.list(flowId).stream()
        .filter(e -> e.source().equals("server")).count() == 2);
  }

  @Test
  void aFailingServerIsShownInTheRunPanelAndNothingIsLeftBehind(FxRobot robot) throws Exception {
    server.failTrigger(500);
    robot.clickOn("#flow-canvas");
    robot.push(KeyCode.SHIFT, KeyCode.F6);
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn(robot.lookup(".run-dialog").queryAs(DialogPane.class).lookupButton(RunDialog.RUN));
    WaitForAsyncUtils.waitForFxEvents();
    DialogPane connect = robot.lookup(".connect-dialog").queryAs(DialogPane.class);
    robot.interact(() -> {
      ((TextField) connect.lookup("#server-url")).setText(server.url().toString());
      ((TextField) connect.lookup("#server-token")).setText(FakeDirectus.TOKEN);
    });
    robot.clickOn(connect.lookupButton(ConnectDialog.CONNECT));
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.serverRunController().errorProperty().get() != null);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#server-run-message").queryLabeled().getText()).contains("answered 500");
    assertThat(robot.lookup("#server-run-progress").query().isVisible()).isTrue();
    robot.clickOn("#server-run-cancel"); // now "Dismiss"
    assertThat(robot.lookup("#server-run-progress").query().isVisible()).isFalse();
    assertThat(server.flows()).isEmpty();
  }

  private Tab compareTab() {
    return window.bottomTabs().getTabs().stream().filter(tab -> "compare-tab".equals(tab.getId())).findFirst()
        .orElse(null);
  }
}
