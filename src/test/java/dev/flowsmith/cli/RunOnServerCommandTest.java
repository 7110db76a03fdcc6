package dev.flowsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.workspace.server.FakeDirectus;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --on-server}, {@code schema pull}, {@code items pull} without a real server. */
class RunOnServerCommandTest {

  static final String FLOW = "src/test/resources/onserver/greeting.json";

  @TempDir
  Path dir;

  @Test
  void onServerAgainstTheFakeServerPrintsItsChain() throws Exception {
    // the token comes from an environment variable; PATH exists everywhere, so it stands in for one
    try (FakeDirectus server = new FakeDirectus(System.getenv("PATH"))) {
      Path trigger = Files.writeString(dir.resolve("t.json"), "{\"body\": {\"count\": 7}}");
      CliRun run = CliRun.of("run", FLOW, "--trigger", trigger.toString(), "--on-server", "--url",
          server.url().toString(), "--token-env", "PATH");
      assertThat(run.exitCode()).as(run.err()).isZero();
      JsonObject out = (JsonObject) JsonText.parseValue(run.out());
      assertThat(out.string("server")).contains(server.url().toString());
      assertThat(JsonText.compact(out.get("chain").orElseThrow())).contains("\"$trigger\":{\"body\":{\"count\":7}}");
      assertThat(server.flows()).isEmpty();
    }
  }

  @Test
  void withoutAServerItSaysHowToNameOne() {
    CliRun run = CliRun.of("run", FLOW, "--on-server");
    assertThat(run.exitCode()).isEqualTo(FlowsmithCli.BAD_INPUT);
    assertThat(run.err()).contains("flowsmith run: which server? give --url URL or --server NAME");
    CliRun localOption = CliRun.of("run", FLOW, "--on-server", "--url", "http://127.0.0.1:1", "--env", "A=b");
    assertThat(localOption.err()).contains("--env: is for the local run").contains("add --compare");
    CliRun named = CliRun.of("run", FLOW, "--compare", "--server", "prod");
    assertThat(named.err()).contains("--server prod needs --workspace DIR");
  }

  @Test
  void aServerThatIsDownIsSaidSo() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    CliRun run = CliRun.of("run", FLOW, "--compare", "--url", "http://127.0.0.1:" + port, "--token-env", "PATH");
    assertThat(run.exitCode()).isEqualTo(FlowsmithCli.BAD_INPUT);
    assertThat(run.err()).contains("The server does not answer: cannot connect to http://127.0.0.1:" + port);
    CliRun pull = CliRun.of("schema", "pull", "--workspace", dir.toString(), "--url", "http://127.0.0.1:" + port,
        "--token-env", "PATH");
    assertThat(pull.exitCode()).isEqualTo(FlowsmithCli.BAD_INPUT);
    assertThat(pull.err()).startsWith("flowsmith schema pull: The server does not answer");
  }

  @Test
  void itemsPullWithoutDataDbSaysToPullTheSchemaFirst() {
    CliRun run = CliRun.of("items", "pull", "articles", "--workspace", dir.toString(), "--url", "http://127.0.0.1:1",
        "--token-env", "PATH");
    assertThat(run.exitCode()).isEqualTo(FlowsmithCli.BAD_INPUT);
    assertThat(run.err()).contains("run 'flowsmith schema pull' first");
  }
}
