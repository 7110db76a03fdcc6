package dev.flowsmith.app.workspaceview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowsmith.app.Examples;
import dev.flowsmith.engine.item.ItemStoreLoader;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.workspace.TestWorkspace;
import dev.flowsmith.workspace.WebhookServer;
import dev.flowsmith.workspace.WorkspaceRuntime;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live-trigger switches against a real runtime and real HTTP, without a stage. */
class LiveTriggersTest {

  static final String LEAD_FLOW = "ef57ded8-a2f9-428d-92bb-8ab26d6e5e7a";
  static final String LEAD = "{\"email\":\"jane.doe@example.org\",\"first_name\":\"Jane\",\"last_name\":\"Doe\"}";

  @TempDir
  Path dir;
  private WorkspaceRuntime runtime;
  private LiveTriggers triggers;

  private LiveTriggers open(int port) throws Exception {
    TestWorkspace ws = new TestWorkspace(dir);
    // the CRM address of the golden case: a denied IP, so the reject branch answers without network
    ws.write("lead", Files.readString(Examples.path(Examples.WEBHOOK))
        .replace("https://crm.example.com/api/v2/leads", "http://127.0.0.1:18555/api/v2/leads"));
    ws.flow("tick", "active", "schedule", "{\"cron\":\"0 0 1 1 *\"}",
        TestWorkspace.op("t", "transform", "{\"json\":1}", null, null));
    WorkspaceFolder folder = WorkspaceFolder.open(dir);
    folder.saveSetting(WebhookServer.PORT_SETTING, JsonValue.of(port));
    Path examples = Examples.path("schema-snapshot.json").getParent();
    runtime = WorkspaceRuntime.builder(folder).environment(Map.of()).scriptWorkers(1)
        .items(ItemStoreLoader.load(examples.resolve("schema-snapshot.json"), examples.resolve("seed-items.json"), null))
        .build();
    triggers = new LiveTriggers(runtime, Runnable::run);
    return triggers;
  }

  @AfterEach
  void close() {
    if (triggers != null) {
      triggers.close();
    }
    if (runtime != null) {
      runtime.close();
    }
  }

  @Test
  void theWebhookSwitchStartsAndStopsTheServer() throws Exception {
    LiveTriggers live = open(0);
    assertThat(live.webhookOnProperty().get()).isFalse();
    assertThat(live.webhookFlows()).extracting(LiveTriggers.WebhookFlow::method).containsExactly("POST");

    live.setWebhook(true).get(10, TimeUnit.SECONDS);
    assertThat(live.webhookOnProperty().get()).isTrue();
    int port = live.port();
    assertThat(live.webhookStatusProperty().get()).isEqualTo("Listening on http://127.0.0.1:" + port);
    LiveTriggers.WebhookFlow lead = live.webhookFlows().get(0);
    assertThat(lead.url()).isEqualTo("http://127.0.0.1:" + port + "/flows/trigger/" + LEAD_FLOW);
    HttpResponse<String> answer = TestWorkspace.postJson(URI.create(lead.url()), LEAD);
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo("[1]");

    live.setWebhook(false).get(20, TimeUnit.SECONDS);
    assertThat(live.webhookOnProperty().get()).isFalse();
    assertThat(live.webhookStatusProperty().get()).isEqualTo("Stopped");
    assertThatThrownBy(() -> TestWorkspace.postJson(URI.create(lead.url()), LEAD))
        .isInstanceOf(ConnectException.class);
  }

  @Test
  void aPortInUseShowsTheErrorAndTheSwitchStaysOff() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      LiveTriggers live = open(taken.getLocalPort());

      live.setWebhook(true).get(10, TimeUnit.SECONDS);

      assertThat(live.webhookOnProperty().get()).isFalse();
      assertThat(live.webhookErrorProperty().get()).isTrue();
      assertThat(live.webhookStatusProperty().get())
          .isEqualTo("Port " + taken.getLocalPort() + " is already in use; choose another webhook port in the "
              + "workspace settings");
    }
  }

  @Test
  void schedulesListTheirNextFireTimeWhileOnAndItemEventsFollowTheSwitch() throws Exception {
    LiveTriggers live = open(0);
    assertThat(live.scheduledFlows()).extracting(LiveTriggers.ScheduledFlow::next).containsExactly("off");

    live.setSchedules(true).get(10, TimeUnit.SECONDS);
    assertThat(live.schedulesOnProperty().get()).isTrue();
    assertThat(runtime.schedulesOn()).isTrue();
    assertThat(live.scheduledFlows().get(0).next()).matches("\\d{4}-01-01 00:00:00");
    assertThat(live.scheduledFlows().get(0).cron()).isEqualTo("0 0 1 1 *");

    live.setSchedules(false).get(10, TimeUnit.SECONDS);
    assertThat(runtime.schedulesOn()).isFalse();

    assertThat(live.itemEventsOnProperty().get()).isTrue();
    live.setItemEvents(false);
    assertThat(runtime.itemEventsOn()).isFalse();
    assertThat(live.itemEventsOnProperty().get()).isFalse();
  }
}
