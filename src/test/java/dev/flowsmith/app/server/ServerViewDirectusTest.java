package dev.flowsmith.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.app.FlowsmithApp;
import dev.flowsmith.app.view.FxServerQuestions;
import dev.flowsmith.app.view.MainWindow;
import dev.flowsmith.app.viewmodel.WorkspaceEntry;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.workspace.server.DirectusHttp;
import dev.flowsmith.workspace.server.DirectusServer;
import dev.flowsmith.workspace.server.FlowState;
import dev.flowsmith.workspace.server.FlowStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Server tab against the real Directus 11.11 server: log in with email and password through
 * the Connect dialog, find a flow made for this test among everyone's, pull it, edit it here,
 * see the field in Diff, push it, and see the state become "same". The flow is deleted afterwards.
 */
@Tag("directus")
@ExtendWith(ApplicationExtension.class)
class ServerViewDirectusTest {

  private static final String EMAIL = System.getenv().getOrDefault("DIRECTUS_EMAIL", "admin@example.com");
  private static final String PASSWORD = System.getenv().getOrDefault("DIRECTUS_PASSWORD", "dxo-admin-pass");

  @TempDir Path tmp;
  private MainWindow window;
  private final String flowId = UUID.randomUUID().toString();
  private final String operationId = UUID.randomUUID().toString();
  private final String name = DirectusServer.randomName("serverapp ui ");

  @Start
  void start(Stage stage) throws Exception {
    DirectusHttp http = DirectusServer.client();
    http.post("/flows", JsonObject.builder().put("id", flowId).put("name", name).put("status", "inactive")
        .put("trigger", "webhook").put("accountability", "all")
        .put("options", JsonObject.builder().put("method", "POST").build()).build());
    http.post("/operations", JsonObject.builder().put("id", operationId).put("flow", flowId).put("key", "log")
        .put("name", "Log").put("type", "log").put("position_x", JsonValue.of(19)).put("position_y", JsonValue.of(1))
        .put("options", JsonObject.builder().put("message", "hello from the server").build()).build());
    http.patch("/flows/" + flowId, JsonObject.builder().put("operation", operationId).build());
    Path workspace = tmp.resolve("workspace");
    Files.createDirectories(workspace.resolve("flows"));
    Files.writeString(workspace.resolve("workspace.json"), "{}");
    window = FlowsmithApp.createWindow(stage, tmp.resolve("config"), null);
    window.viewModel().openWorkspace(workspace);
    window.show();
  }

  @AfterEach
  void stop(FxRobot robot) throws Exception {
    robot.interact(() -> window.runtime().close());
    DirectusHttp http = DirectusServer.client();
    try {
      http.patch("/flows/" + flowId, JsonObject.builder().put("operation", JsonValue.NULL).build());
      JsonValue ops = DirectusHttp.data(http.get("/operations" + DirectusHttp.query("filter[flow][_eq]", flowId,
          "fields", "id")));
      if (ops instanceof JsonArray rows && !rows.elements().isEmpty()) {
        http.patch("/operations", new JsonArray(rows.elements().stream().map(row -> (JsonValue) ((JsonObject) row)
            .with("resolve", JsonValue.NULL).with("reject", JsonValue.NULL)).toList()));
        http.delete("/operations", new JsonArray(rows.elements().stream()
            .map(row -> (JsonValue) JsonValue.of(((JsonObject) row).string("id").orElseThrow())).toList()));
      }
    } finally {
      http.delete("/flows/" + flowId, null);
    }
  }

  @Test
  void connectPullEditDiffPushAgainstTheRealServer(FxRobot robot) throws Exception {
    robot.clickOn("File").clickOn("Connect to Directus…");
    WaitForAsyncUtils.waitForFxEvents();
    DialogPane dialog = robot.lookup(".connect-dialog").queryAs(DialogPane.class);
    robot.clickOn("#server-url").write(DirectusServer.url().toString());
    robot.clickOn("#connect-auth-login");
    robot.clickOn("#connect-email").write(EMAIL);
    robot.clickOn("#connect-password").write(PASSWORD);
    robot.clickOn(dialog.lookupButton(ConnectDialog.CONNECT));
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".connect-dialog").tryQuery().isEmpty());
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#server-connection").contains(EMAIL));
    assertThat(text(robot, "#server-connection")).contains(EMAIL, "Directus 11.");

    TableView<FlowStatus> table = window.serverView().table();
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> state() == FlowState.ONLY_THERE);
    robot.clickOn("#server-filter").write(name);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(table.getItems()).extracting(FlowStatus::id).containsExactly(flowId);

    robot.clickOn(robot.from(table).lookup(name).queryAs(Node.class));
    robot.clickOn("#server-pull");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> state() == FlowState.SAME);

    WorkspaceEntry pulled = window.viewModel().workspaceEntries().stream()
        .filter(e -> e instanceof WorkspaceEntry.FlowEntry f && f.flowId().equals(flowId)).findFirst().orElseThrow();
    robot.interact(() -> {
      window.viewModel().openEntry(pulled);
      var doc = window.viewModel().documentProperty().get();
      doc.update("Rename", doc.flow().withName(name + " edited"));
      window.viewModel().save();
    });
    robot.clickOn("#server-refresh");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> state() == FlowState.CHANGED_HERE);

    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn(robot.from(table).lookup(name + " edited").queryAs(Node.class));
    robot.clickOn("#server-diff-button");
    TableView<DiffRow> diff = window.serverView().diffView().table();
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !diff.getItems().isEmpty());
    assertThat(diff.getItems()).extracting(DiffRow::field, DiffRow::local, DiffRow::server)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("name", name + " edited", name));

    robot.clickOn("#server-push");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#push-preview-dialog").tryQuery().isPresent());
    DialogPane preview = robot.lookup("#push-preview-dialog").queryAs(DialogPane.class);
    robot.clickOn((Button) preview.lookupButton(FxServerQuestions.PUSH));
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> state() == FlowState.SAME
        && text(robot, "#server-message").startsWith("Pushed:"));
    assertThat(text(robot, "#server-error")).isEmpty();
    JsonValue onServer = DirectusHttp.data(DirectusServer.client().get("/flows/" + flowId));
    assertThat(((JsonObject) onServer).string("name")).contains(name + " edited");
    assertThat(List.of(window.serverViewModel().errorProperty().get())).containsExactly("");
  }

  private FlowState state() {
    return window.serverViewModel().rows().stream().filter(row -> row.id().equals(flowId)).map(FlowStatus::state)
        .findFirst().orElse(null);
  }

  private static String text(FxRobot robot, String query) {
    return robot.lookup(query).queryAs(Label.class).getText();
  }
}
