package dev.flowsmith.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.app.Examples;
import dev.flowsmith.app.FlowsmithApp;
import dev.flowsmith.app.viewmodel.DocumentViewModel;
import dev.flowsmith.app.viewmodel.WorkspaceEntry;
import dev.flowsmith.app.workspaceview.LiveTriggers;
import dev.flowsmith.app.workspaceview.WorkspaceViews;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.workspace.TestWorkspace;
import dev.flowsmith.workspace.WebhookServer;
import dev.flowsmith.workspace.WorkspaceRuntime;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
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
 * Switching tabs between a workspace flow and a flow file from outside the workspace keeps the
 * workspace's runtime open: the same runtime comes back, and its webhook server answers all along.
 */
@ExtendWith(ApplicationExtension.class)
class OutsideFileRuntimeTest {

  private static final String LEAD = "{\"email\":\"jane.doe@example.org\",\"first_name\":\"Jane\",\"last_name\":\"Doe\"}";

  @TempDir Path tmp;
  private MainWindow window;
  private DocumentViewModel workspaceFlow;
  private Path outside;

  @Start
  void start(Stage stage) throws Exception {
    Path workspace = tmp.resolve("workspace");
    Files.createDirectories(workspace.resolve("flows"));
    Files.writeString(workspace.resolve("workspace.json"), "{}");
    // the CRM address is a denied IP, so the reject branch answers without the network
    Files.writeString(workspace.resolve("flows").resolve(Examples.WEBHOOK), Files.readString(Examples.path(Examples.WEBHOOK))
        .replace("https://crm.example.com/api/v2/leads", "http://127.0.0.1:18555/api/v2/leads"));
    WorkspaceFolder.open(workspace).saveSetting(WebhookServer.PORT_SETTING, JsonValue.of(0));
    outside = Files.copy(Examples.path(Examples.EMAIL_ON_PUBLISH), tmp.resolve(Examples.EMAIL_ON_PUBLISH));
    window = FlowsmithApp.createWindow(stage, tmp.resolve("config"), null);
    window.viewModel().openWorkspace(workspace);
    window.viewModel().openEntry(window.viewModel().workspaceEntries().stream()
        .filter(e -> e instanceof WorkspaceEntry.FlowEntry flow && flow.file().endsWith(Examples.WEBHOOK))
        .findFirst().orElseThrow());
    workspaceFlow = window.viewModel().documentProperty().get();
    window.show();
  }

  @AfterEach
  void closeRuntime(FxRobot robot) {
    // closing the runtimes stops what runs on them, the webhook server too
    robot.interact(() -> window.runtime().close());
  }

  @Test
  void theWorkspaceRuntimeAndItsWebhookServerSurviveAnOutsideFilesTab(FxRobot robot) throws Exception {
    robot.clickOn("#workspace-tab .tab-label");
    robot.clickOn("#workspace-tab-live .tab-label");
    WorkspaceViews views = robot.lookup("#workspace-views").queryAs(WorkspaceViews.class);
    waitFor(() -> views.liveTriggers() != null);
    LiveTriggers live = views.liveTriggers();
    WorkspaceRuntime workspaceRuntime = window.runtime().runtimeProperty().get();
    robot.clickOn("#live-webhook-switch");
    waitFor(() -> live.webhookOnProperty().get());
    String url = live.webhookFlows().get(0).url();
    assertThat(post(url).statusCode()).isEqualTo(200);

    // an outside file's tab: the views show the scratch workspace, the workspace's server keeps answering
    robot.interact(() -> window.viewModel().openFile(outside));
    DocumentViewModel outsideFlow = window.viewModel().documentProperty().get();
    waitFor(() -> window.runtime().runtimeProperty().get() != null
        && window.runtime().runtimeProperty().get() != workspaceRuntime);
    assertThat(window.runtime().isScratch()).isTrue();
    HttpResponse<String> answer = post(url);
    assertThat(answer.statusCode()).isEqualTo(200);

    // back on the workspace's tab (a click on it): the same runtime and live triggers, still listening
    robot.clickOn(window.documentTabs().lookupAll(".tab").stream()
        .filter(tab -> tab.lookup(".tab-label") instanceof javafx.scene.control.Label label
            && label.getText().equals(workspaceFlow.flow().name()))
        .findFirst().orElseThrow());
    assertThat(window.viewModel().documentProperty().get()).isSameAs(workspaceFlow);
    assertThat(window.runtime().runtimeProperty().get()).isSameAs(workspaceRuntime);
    waitFor(() -> views.liveTriggers() != null);
    assertThat(views.liveTriggers()).isSameAs(live);
    assertThat(live.webhookOnProperty().get()).isTrue();
    assertThat(post(url).statusCode()).isEqualTo(200);
    assertThat(outsideFlow).isNotSameAs(workspaceFlow);
  }

  /** POSTs a lead from a thread of its own (the test thread may carry an interrupt from a wait, which closes a socket). */
  private static HttpResponse<String> post(String url) throws Exception {
    return java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      try {
        return TestWorkspace.postJson(URI.create(url), LEAD);
      } catch (Exception failed) {
        throw new java.util.concurrent.CompletionException(failed);
      }
    }).get(30, TimeUnit.SECONDS);
  }

  private static void waitFor(BooleanSupplier condition) throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
  }
}
