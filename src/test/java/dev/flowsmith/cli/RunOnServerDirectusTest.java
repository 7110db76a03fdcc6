package dev.flowsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.workspace.server.DirectusServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential runs: example and golden flows run here and on the real server
 * (DIRECTUS_URL, DIRECTUS_TOKEN) with {@code run --compare} give the same steps and chain apart
 * from the named differences. A collection a flow writes to is created on the server under a
 * random name, and the flow, schema and seed files are rewritten to that name for both runs.
 */
@Tag("directus")
class RunOnServerDirectusTest {

  static final String URL = DirectusServer.url().toString();
  static final Path EXAMPLES = Path.of("resources/examples");
  static final Path GOLDEN = Path.of("src/test/resources/golden");
  static final String GREETING = "src/test/resources/onserver/greeting.json";

  @TempDir
  Path dir;

  final List<String> collections = new ArrayList<>();

  @AfterEach
  void dropCollections() {
    collections.forEach(DirectusServer::dropCollection);
  }

  Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  /** {@code file} with every {@code "from"} replaced by {@code "to"} (collection names are JSON strings). */
  Path renamed(Path file, String from, String to) throws IOException {
    return write(file.getFileName().toString(), Files.readString(file).replace("\"" + from + "\"", "\"" + to + "\""));
  }

  CliRun compare(Object flow, Object trigger, String... more) {
    List<String> args = new ArrayList<>(List.of("run", flow.toString(), "--trigger", trigger.toString(),
        "--compare", "--url", URL));
    args.addAll(List.of(more));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    System.out.println(run.out());
    return run;
  }

  @Test
  void greetingGivesTheSameChainOnBothPathsWithTheDifferencesNamed() throws IOException {
    CliRun big = compare(GREETING, write("big.json", "{\"body\": {\"name\": \"Ada\", \"count\": 3}}"));
    assertThat(big.exitCode()).as(big.err()).isZero();
    assertThat(big.out()).startsWith("Same steps and chain here and on " + URL)
        .contains("$accountability on the server is the token's user")
        .contains("$env.DXO_FLOW_VAR: (absent) | \"--redacted:DXO_FLOW_VAR--\"")
        .contains("shape.options.json.env: \"undefined\" | \"--redacted:DXO_FLOW_VAR--\"");

    CliRun small = compare(GREETING, write("small.json", "{\"body\": {\"name\": \"Bo\", \"count\": 1}}"),
        "--env", "DXO_FLOW_VAR=hello-from-env");
    assertThat(small.exitCode()).as(small.out() + small.err()).isZero();
    // with the server's value for $env, the masked values are equal: only $accountability is left
    assertThat(small.out()).doesNotContain("DXO_FLOW_VAR").contains("$accountability: null | {")
        .contains("big_enough[0].stack: \"DirectusError: Validation failed for field \\\"shape\\\" at \\\"count\\\".");
  }

  @Test
  void eventFlowWhoseConditionRejects() throws IOException {
    Path golden = GOLDEN.resolve("email-on-publish");
    CliRun run = compare(EXAMPLES.resolve("email-on-publish.json"), golden.resolve("draft-edit-is-ignored.trigger.json"),
        "--schema", EXAMPLES.resolve("schema-snapshot.json").toString(),
        "--items", EXAMPLES.resolve("seed-items.json").toString());
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
  }

  @Test
  void webhookFlowTakesItsErrorBranchAndQueuesOnBoth() throws Exception {
    Path golden = GOLDEN.resolve("webhook-with-error-branch");
    for (String testCase : List.of("complete-lead-queued", "partial-lead-queued")) {
      // a fresh queue per case, so both sides create item 1
      String queue = DirectusServer.randomName("fs_leads");
      collections.add(queue);
      DirectusServer.createFromSnapshot(EXAMPLES.resolve("schema-snapshot.json"), "lead_retry_queue", queue);
      Path flow = renamed(golden.resolve("flow.json"), "lead_retry_queue", queue);
      Path schema = renamed(EXAMPLES.resolve("schema-snapshot.json"), "lead_retry_queue", queue);
      CliRun run = compare(flow, golden.resolve(testCase + ".trigger.json"), "--schema", schema.toString());
      assertThat(run.exitCode()).as(testCase + "\n" + run.out() + run.err()).isZero();
    }
  }

  @Test
  void scheduleFlowSkipsADisabledCleanup() throws Exception {
    String settings = DirectusServer.randomName("fs_cleanup");
    collections.add(settings);
    DirectusServer.createFromSnapshot(EXAMPLES.resolve("schema-snapshot.json"), "cleanup_settings", settings);
    DirectusServer.client().post("/items/" + settings,
        JsonText.parseValue("{\"id\": 1, \"enabled\": false, \"retention_days\": 30}"));
    Path golden = GOLDEN.resolve("scheduled-cleanup");
    Path flow = renamed(EXAMPLES.resolve("scheduled-cleanup.json"), "cleanup_settings", settings);
    CliRun run = compare(flow, golden.resolve("cleanup-disabled.trigger.json"),
        "--schema", renamed(EXAMPLES.resolve("schema-snapshot.json"), "cleanup_settings", settings).toString(),
        "--items", renamed(EXAMPLES.resolve("seed-items.json"), "cleanup_settings", settings).toString(),
        "--patch", renamed(golden.resolve("cleanup-disabled.setup.json"), "cleanup_settings", settings).toString());
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).startsWith("Same steps and chain");
  }

  @Test
  void aRealDifferenceExitsOneAndSaysWhere() throws IOException {
    // the greeting flow's count renders from $trigger; a sub-flow that only exists here makes a difference:
    // a flow calling a flow of the local workspace, which the server does not have
    Path workspace = dir.resolve("ws");
    Files.createDirectories(workspace.resolve("flows"));
    Files.writeString(workspace.resolve("flows/answer.json"), """
        {"id": "7d3c1f52-0000-4000-8000-00000000a001", "name": "Answer", "status": "active", "trigger": "operation",
         "accountability": null, "options": {"return": "$last"},
         "operation": "7d3c1f52-0000-4000-8000-00000000b001",
         "operations": [{"id": "7d3c1f52-0000-4000-8000-00000000b001", "key": "answer", "type": "transform",
           "position_x": 19, "position_y": 1, "options": {"json": {"answer": 42}}, "resolve": null, "reject": null,
           "flow": "7d3c1f52-0000-4000-8000-00000000a001"}]}
        """);
    Path caller = write("caller.json", """
        {"id": "7d3c1f52-0000-4000-8000-00000000a002", "name": "Ask the local flow", "status": "active",
         "trigger": "manual", "accountability": "all", "options": {},
         "operation": "7d3c1f52-0000-4000-8000-00000000b002",
         "operations": [{"id": "7d3c1f52-0000-4000-8000-00000000b002", "key": "ask", "type": "trigger",
           "position_x": 19, "position_y": 1,
           "options": {"flow": "7d3c1f52-0000-4000-8000-00000000a001", "payload": {}},
           "resolve": null, "reject": null, "flow": "7d3c1f52-0000-4000-8000-00000000a002"}]}
        """);
    CliRun run = compare(caller, write("t.json", "{}"), "--workspace", workspace.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(FlowsmithCli.PROBLEMS);
    assertThat(run.out()).startsWith("The runs differ (local | " + URL + "):")
        .contains("ask (7d3c1f52-0000-4000-8000-00000000b002): value differs")
        .contains("ask: {\"answer\":42} | null");
  }

  @Test
  void onServerAlonePrintsTheServersChain() throws Exception {
    CliRun run = CliRun.of("run", GREETING, "--trigger", write("t.json", "{\"body\": {\"name\": \"Cy\", \"count\": 5}}")
        .toString(), "--on-server", "--url", URL);
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonValue.JsonObject out = (JsonValue.JsonObject) JsonText.parseValue(run.out());
    assertThat(out.string("server")).contains(URL);
    assertThat(out.string("status")).contains("resolve");
    assertThat(JsonText.compact(out.get("chain").orElseThrow())).contains("\"compute\":{\"doubled\":10");
    assertThat(((JsonArray) out.get("steps").orElseThrow()).size()).isEqualTo(3);
    assertThat(run.err()).contains("[server] Running on the server");
  }
}
