package dev.flowsmith.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.item.InMemoryItemStore;
import dev.flowsmith.engine.item.ItemAccess;
import dev.flowsmith.engine.item.ItemStoreLoader;
import dev.flowsmith.engine.run.RunResult;
import dev.flowsmith.engine.run.StepRecord;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.format.Examples;
import dev.flowsmith.format.FlowReader;
import dev.flowsmith.format.WorkspaceFolder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped examples in one workspace, each fired by its own trigger source: an item update fires
 * the event flow and its mail lands in the outbox, the schedule flow runs, the webhook flow
 * answers over HTTP.
 */
class WorkspaceEndToEndTest {

  @TempDir
  Path dir;

  private WorkspaceRuntime open() throws Exception {
    WorkspaceFolder folder = WorkspaceFolder.create(dir);
    for (Path example : Examples.flowFiles()) {
      folder.saveFlow(FlowReader.read(example).single());
    }
    InMemoryItemStore store = ItemStoreLoader.load(Examples.folder().resolve("schema-snapshot.json"),
        Examples.folder().resolve("seed-items.json"), null);
    return WorkspaceRuntime.builder(folder).items(store).environment(Map.of()).scriptWorkers(1).build();
  }

  @Test
  void anArticleUpdateFiresTheEventFlowAndItsMailLandsInTheOutbox() throws Exception {
    try (WorkspaceRuntime runtime = open()) {
      runtime.items().forUserEdits().updateMany("articles", List.of(JsValue.of("2")),
          JsObject.of("status", JsValue.of("published")), ItemAccess.system());

      WorkspaceOutbox outbox = new WorkspaceOutbox(dir, java.time.Clock.systemUTC());
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (outbox.messages().isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(outbox.messages()).hasSize(1);
      assertThat(JsJson.stringify(outbox.messages().get(0).get("subject")).orElseThrow())
          .isEqualTo("\"Your article \\\"Designing Invoice Automations\\\" is now live\"");
      RunResult run = runtime.history().runs().get(0);
      assertThat(run.steps()).extracting(StepRecord::key).containsExactly("is_published", "read_article",
          "notify_author");
    }
  }

  @Test
  void theScheduleFlowRunsNowAndDeletesStaleDrafts() throws Exception {
    try (WorkspaceRuntime runtime = open()) {
      runtime.startSchedules();
      var nightly = runtime.flows().stream().filter(f -> f.name().startsWith("Nightly")).findFirst().orElseThrow();
      String id = nightly.id();
      assertThat(runtime.schedules().nextFire(id)).as("the example ships inactive").isEmpty();
      runtime.folder().saveFlow(nightly.withStatus("active"));
      runtime.reloadFlows();
      assertThat(runtime.schedules().nextFire(id)).isPresent();

      RunResult run = runtime.schedules().runNow(id).get(30, TimeUnit.SECONDS);

      assertThat(JsJson.stringify(run.chain().get("delete_stale_drafts")).orElseThrow()).isEqualTo("[3,4]");
      assertThat(run.chain().get("$trigger")).isEqualTo(JsValue.NULL);
    }
  }

  @Test
  void theWebhookFlowAnswersOverHttp() throws Exception {
    try (WorkspaceRuntime runtime = open();
        WebhookServer server = new WebhookServer(runtime, 0, 4)) {
      server.start();
      String id = runtime.flows().stream().filter(f -> "webhook".equals(f.trigger())).findFirst().orElseThrow().id();
      HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create(server.triggerBase() + id))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"a@b.c\",\"first_name\":\"A\"}")).build(),
          HttpResponse.BodyHandlers.ofString());

      // the CRM request is refused by the deny list (no network here); the reject branch queues a retry
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).isEqualTo("[1]");
    }
  }

  @Test
  void aWorkspaceWithDataDbRunsAgainstSqliteAndKeepsWhatRunsWrite() throws Exception {
    WorkspaceFolder folder = WorkspaceFolder.create(dir);
    Path example = Examples.folder().resolve("webhook-with-error-branch.json");
    folder.saveFlow(FlowReader.read(example).single());
    Path database = dir.resolve(SqliteItemStore.FILE_NAME);
    SqliteItemStore.apply(database, ItemStoreLoader.readSchema(Examples.folder().resolve("schema-snapshot.json")),
        builder -> builder).close();

    // the builder is what `serve` uses; open(dir) delegates to it
    try (WorkspaceRuntime runtime = WorkspaceRuntime.builder(WorkspaceFolder.open(dir)).environment(Map.of())
        .build()) {
      var flow = runtime.flows().get(0);
      RunResult run = runtime.launch(flow, JsJson.parse("{\"path\":\"/trigger/x\",\"query\":{},"
          + "\"body\":{\"email\":\"a@b.c\"},\"method\":\"POST\",\"headers\":{}}"), JsValue.NULL);
      assertThat(JsJson.stringify(run.chain().get("queue_retry")).orElseThrow()).isEqualTo("[1]");
    }
    try (SqliteItemStore reopened = SqliteItemStore.open(database)) {
      assertThat(reopened.readByQuery("lead_retry_queue", dev.flowsmith.engine.item.Query.EMPTY.withLimit(-1),
          ItemAccess.system())).hasSize(1);
    }
  }
}
