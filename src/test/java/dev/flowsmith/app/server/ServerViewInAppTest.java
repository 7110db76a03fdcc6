package dev.flowsmith.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.app.FlowsmithApp;
import dev.flowsmith.app.view.FxServerQuestions;
import dev.flowsmith.app.view.MainWindow;
import dev.flowsmith.app.viewmodel.WorkspaceEntry;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.workspace.server.FlowState;
import dev.flowsmith.workspace.server.FlowStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
 * File › Connect to Directus… and the Server tab in the real window, against {@link FakeSyncServer}:
 * a bad token shown in the dialog, Test connection, Connect saving the server's name, the states
 * listed, Pull (and the open flow reloaded), an edit shown field by field by Diff, Push through
 * its preview, and a 403 shown in the view.
 */
@ExtendWith(ApplicationExtension.class)
class ServerViewInAppTest {

  @TempDir Path tmp;
  private MainWindow window;
  private FakeSyncServer server;
  private Path workspace;

  @Start
  void start(Stage stage) throws Exception {
    server = new FakeSyncServer();
    server.putFlow(Files.readString(Path.of("resources/examples/invoice-totals.json")));
    workspace = tmp.resolve("workspace");
    Files.createDirectories(workspace.resolve("flows"));
    Files.writeString(workspace.resolve("workspace.json"), "{}");
    Files.copy(Path.of("src/test/resources/onserver/greeting.json"), workspace.resolve("flows/greeting.json"));
    window = FlowsmithApp.createWindow(stage, tmp.resolve("config"), null);
    window.viewModel().openWorkspace(workspace);
    window.show();
  }

  @AfterEach
  void stop(FxRobot robot) {
    robot.interact(() -> window.runtime().close());
    server.close();
  }

  @Test
  void connectListPullDiffAndPushFromTheServerTab(FxRobot robot) throws Exception {
    robot.clickOn("#flow-canvas");
    robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.K);
    WaitForAsyncUtils.waitForFxEvents();
    DialogPane dialog = robot.lookup(".connect-dialog").queryAs(DialogPane.class);
    Node connect = dialog.lookupButton(ConnectDialog.CONNECT);
    assertThat(connect.isDisabled()).isTrue();
    robot.clickOn("#server-url").write(server.url().toString());
    robot.clickOn("#connect-save-as").write("local");
    robot.clickOn("#server-token").write("not-the-token");
    robot.clickOn(connect);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#connect-problem").contains("401"));
    assertThat(robot.lookup(".connect-dialog").tryQuery()).as("a refused token keeps the dialog open").isPresent();

    robot.doubleClickOn("#server-token").eraseText(20).write(FakeSyncServer.TOKEN);
    robot.clickOn("#connect-test");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#connect-status").contains("fake@example.com"));
    assertThat(text(robot, "#connect-problem")).isEmpty();
    robot.clickOn(connect);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".connect-dialog").tryQuery().isEmpty());
    assertThat(Files.readString(workspace.resolve("workspace.json"))).contains("\"local\"")
        .doesNotContain(FakeSyncServer.TOKEN);

    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> "server-tab".equals(window.bottomTabs().getSelectionModel().getSelectedItem().getId()));
    TableView<FlowStatus> table = window.serverView().table();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
    assertThat(text(robot, "#server-connection")).contains("fake@example.com", "local");
    assertThat(state(ServerViewModelTest.INVOICE)).isEqualTo(FlowState.ONLY_THERE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup(".sync-state-only-there").queryLabeled().getText()).isEqualTo("☁  only there");

    // the filter narrows the list; clearing it brings both back
    robot.clickOn("#server-filter").write("invoice");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(table.getItems()).extracting(FlowStatus::id).containsExactly(ServerViewModelTest.INVOICE);
    robot.doubleClickOn("#server-filter").eraseText(10);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(table.getItems()).hasSize(2);

    // Pull the server's flow: it lands in the workspace list, state "same"
    robot.clickOn(robot.from(table).lookup("Recalculate invoice totals").queryAs(Node.class));
    robot.clickOn("#server-pull");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> state(ServerViewModelTest.INVOICE) == FlowState.SAME);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#server-message").startsWith("Pulled 1 flow"));
    WorkspaceEntry pulled = window.viewModel().workspaceEntries().stream()
        .filter(e -> e.label().equals("Recalculate invoice totals")).findFirst().orElseThrow();
    robot.interact(() -> window.viewModel().openEntry(pulled));

    // changed on the server, pulled again: the open flow (no unsaved edits) is reloaded
    server.editFlow(ServerViewModelTest.INVOICE, "description", JsonValue.of("edited in Directus"));
    robot.clickOn("#server-refresh");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> state(ServerViewModelTest.INVOICE) == FlowState.CHANGED_THERE);
    robot.clickOn(robot.from(table).lookup("Recalculate invoice totals").queryAs(Node.class));
    robot.clickOn("#server-pull");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> state(ServerViewModelTest.INVOICE) == FlowState.SAME);
    assertThat(window.viewModel().currentFlowProperty().get().description()).isEqualTo("edited in Directus");

    // edit here and save: Diff shows the field side by side
    robot.interact(() -> {
      var doc = window.viewModel().documentProperty().get();
      doc.update("Rename", doc.flow().withName("Invoice totals (edited)"));
      window.viewModel().save();
    });
    robot.clickOn("#server-refresh");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> state(ServerViewModelTest.INVOICE) == FlowState.CHANGED_HERE);
    robot.clickOn(robot.from(table).lookup("Invoice totals (edited)").queryAs(Node.class));
    robot.clickOn("#server-diff-button");
    TableView<DiffRow> diff = window.serverView().diffView().table();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !diff.getItems().isEmpty());
    assertThat(window.serverViewModel().diffs()).as("only the selected flow").hasSize(1);
    assertThat(diff.getItems()).anySatisfy(row -> {
      assertThat(row.field()).isEqualTo("name");
      assertThat(row.local()).isEqualTo("Invoice totals (edited)");
      assertThat(row.server()).isEqualTo("Recalculate invoice totals");
    });
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup(".server-diff-local").queryAllAs(Label.class)).extracting(Label::getText)
        .contains("Invoice totals (edited)");
    assertThat(robot.lookup(".server-diff-server").queryAllAs(Label.class)).extracting(Label::getText)
        .contains("Recalculate invoice totals");

    // Push: the dry run's plan first, then the real push; the state becomes "same"
    robot.clickOn("#server-push");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#push-preview-dialog").tryQuery().isPresent());
    DialogPane preview = robot.lookup("#push-preview-dialog").queryAs(DialogPane.class);
    assertThat(robot.lookup("#push-preview-plan").queryTextInputControl().getText()).contains("PATCH /flows");
    robot.clickOn((Button) preview.lookupButton(FxServerQuestions.PUSH));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> state(ServerViewModelTest.INVOICE) == FlowState.SAME);
    assertThat(server.flow(ServerViewModelTest.INVOICE).string("name")).contains("Invoice totals (edited)");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#server-message").startsWith("Pushed:"));

    // a permission taken away: said in the view, no crash
    server.forbidFlows(true);
    robot.clickOn("#server-refresh");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#server-error").contains("(403)"));
    assertThat(robot.lookup("#server-error").query().isVisible()).isTrue();
  }

  private FlowState state(String id) {
    return window.serverViewModel().rows().stream().filter(row -> row.id().equals(id)).map(FlowStatus::state)
        .findFirst().orElse(null);
  }

  private static String text(FxRobot robot, String query) {
    return robot.lookup(query).queryAs(Label.class).getText();
  }
}
