package dev.flowsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.run.RunResult;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.format.FlowReader;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.workspace.TestWorkspace;
import dev.flowsmith.workspace.WebhookServer;
import dev.flowsmith.workspace.WorkspaceRuntime;
import dev.flowsmith.workspace.flowtest.FlowTestWriter;
import dev.flowsmith.workspace.flowtest.TestFromRun;
import dev.flowsmith.workspace.history.DirectusLogImport;
import dev.flowsmith.workspace.history.RunLogStore;
import dev.flowsmith.workspace.history.RunRecord;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19's proof (engine.md §8.2): a webhook run carrying {@code Authorization}, {@code Cookie},
 * {@code ?access_token=} and an allow-listed {@code $env} value leaves none of them in its history
 * file, in a test saved from it, in a log pasted back, or in the CLI's {@code run} output; and the
 * history file's {@code data} is byte for byte the revision the engine wrote.
 */
class SecretsStayMaskedTest {

  private static final String FLOW_ID = "5ec2e75a-0000-4000-8000-000000000019";
  private static final String BEARER = "Bearer abc-bearer-secret";
  private static final String COOKIE = "sid=cookie-secret-42";
  private static final String ACCESS_TOKEN = "query-token-secret";
  private static final String ENV_VALUE = "env-secret-value-7";
  private static final List<String> SECRETS = List.of("abc-bearer-secret", "cookie-secret-42", ACCESS_TOKEN, ENV_VALUE);

  @TempDir
  Path dir;

  private Path workspace() throws Exception {
    new TestWorkspace(dir).flow(FLOW_ID, "active", "webhook", "{\"method\":\"POST\",\"return\":\"$last\"}",
        TestWorkspace.op("shape", "transform",
            "{\"json\":{\"key\":\"{{$env.CRM_KEY}}\",\"name\":\"{{$trigger.body.name}}\"}}", "say", null),
        TestWorkspace.op("say", "log", "{\"message\":\"headers {{$trigger.headers}}\"}", null, null));
    WorkspaceFolder.open(dir).saveSetting("envAllowList", new JsonValue.JsonArray(List.of(JsonValue.of("CRM_KEY"))));
    return dir;
  }

  @Test
  void aWebhookRunKeepsNoSecretInHistoryTestsPastedLogsOrCliOutput() throws Exception {
    WorkspaceFolder folder = WorkspaceFolder.open(workspace());
    RunResult run;
    try (WorkspaceRuntime runtime = WorkspaceRuntime.builder(folder).environment(Map.of("CRM_KEY", ENV_VALUE))
            .scriptWorkers(1).build();
        RunLogStore history = new RunLogStore(folder);
        WebhookServer server = new WebhookServer(runtime, 0, 2)) {
      Runnable detach = history.attach(runtime);
      server.start();
      HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create(server.triggerBase() + FLOW_ID + "?access_token=" + ACCESS_TOKEN + "&page=2"))
          .header("Content-Type", "application/json").header("Authorization", BEARER).header("Cookie", COOKIE)
          .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Ada\"}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(204); // the log step gives no value
      // the live run had the values: the operations saw them
      run = runtime.history().runs().get(0);
      assertThat(JsJson.stringify(run.chain()).orElseThrow()).contains(BEARER, COOKIE, ACCESS_TOKEN, ENV_VALUE);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (history.list(FLOW_ID).isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      detach.run();
    }

    // the history file: nothing in clear, and its data is exactly the revision's
    Path file;
    try (Stream<Path> files = Files.list(dir.resolve("runs").resolve(FLOW_ID))) {
      file = files.findFirst().orElseThrow();
    }
    String stored = Files.readString(file);
    assertNoSecret("history file", stored);
    JsObject revision = run.log();
    assertThat(revision).as("a flow with accountability all has a revision").isNotNull();
    JsonObject fileJson = (JsonObject) JsonText.parseValue(stored);
    assertThat(JsonText.pretty(fileJson.get("data").orElseThrow()))
        .isEqualTo(JsonText.pretty(JsJson.toModel(revision.get("data"))));
    assertThat(JsonText.pretty(fileJson.get("steps").orElseThrow()))
        .isEqualTo(JsonText.pretty(JsJson.toModel(revision.get("steps"))));
    assertThat(stored).contains("\"authorization\": \"--redacted--\"", "\"cookie\": \"--redacted--\"",
        "\"access_token\": \"--redacted--\"", "\"key\": \"--redacted:CRM_KEY--\"",
        "\"CRM_KEY\": \"--redacted:CRM_KEY--\"");

    // a test saved from the run (History › Save as Test…)
    Flow flow = FlowReader.read(dir.resolve("flows").resolve(FLOW_ID + ".json")).single();
    Path test = FlowTestWriter.save(dir, flow, TestFromRun.create("from the run", flow, run, null));
    assertNoSecret("saved test", Files.readString(test));

    // a log pasted in the clear (say, a history file of an older Flowsmith) comes in masked
    String clear = "{\"steps\":[],\"data\":" + JsJson.stringify(run.chain()).orElseThrow() + "}";
    RunRecord pasted = DirectusLogImport.parse(clear, flow);
    assertNoSecret("pasted log", JsonText.pretty(pasted.data()));

    // the CLI's run output, from a trigger file holding the same values
    Path trigger = dir.resolve("trigger.json");
    Files.writeString(trigger, JsJson.stringify(run.chain().get("$trigger")).orElseThrow());
    CliRun cli = CliRun.of("run", dir.resolve("flows").resolve(FLOW_ID + ".json").toString(), "--trigger",
        trigger.toString(), "--env", "CRM_KEY=" + ENV_VALUE);
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertNoSecret("run output", cli.out());
    assertThat(cli.out()).contains("\"authorization\": \"--redacted--\"", "\"key\": \"--redacted:CRM_KEY--\"");
  }

  private static void assertNoSecret(String where, String text) {
    for (String secret : SECRETS) {
      assertThat(text).as(where + " holds " + secret).doesNotContain(secret);
    }
  }
}
