package dev.flowsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.format.FlowWriter;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.workspace.UserConfigDir;
import dev.flowsmith.workspace.server.FakeDirectus;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code flowsmith pull / diff / push} against the fake server: output and exit codes. */
class SyncCommandTest {

  @TempDir
  Path dir;

  FakeDirectus server;
  String[] target;

  @BeforeEach
  void start() throws Exception {
    // the token comes from an environment variable; PATH exists everywhere, so it stands in for one
    server = new FakeDirectus(System.getenv("PATH"));
    target = new String[] {"--workspace", dir.toString(), "--url", server.url().toString(), "--token-env", "PATH"};
    System.setProperty(UserConfigDir.DIR_PROPERTY, dir.resolve("config").toString());
  }

  @AfterEach
  void stop() {
    server.close();
    System.clearProperty(UserConfigDir.DIR_PROPERTY);
  }

  private CliRun cli(String command, String... more) {
    String[] args = new String[1 + target.length + more.length];
    args[0] = command;
    System.arraycopy(target, 0, args, 1, target.length);
    System.arraycopy(more, 0, args, 1 + target.length, more.length);
    return CliRun.of(args);
  }

  private static Flow flow(String name) {
    String id = UUID.randomUUID().toString();
    String op = UUID.randomUUID().toString();
    return new Flow(id, name, "bolt", null, null, Flow.ACTIVE, "manual", "all", JsonObject.EMPTY, op, null, null,
        List.of(new dev.flowsmith.model.Operation(op, "Log", "log_it", "log", new dev.flowsmith.model.GridPosition(19, 1),
            JsonObject.builder().put("message", "hi").build(), null, null, id, null, null, JsonObject.EMPTY)),
        JsonObject.EMPTY);
  }

  @Test
  void pushDiffPullRoundTrip() throws Exception {
    Flow flow = flow("Round trip");
    Files.createDirectories(dir.resolve("flows"));
    Path file = Files.writeString(dir.resolve("flows/round-trip.json"), FlowWriter.canonical(flow));

    CliRun diff = cli("diff");
    assertThat(diff.exitCode()).as(diff.err()).isEqualTo(FlowsmithCli.PROBLEMS);
    assertThat(diff.out()).contains("Round trip (" + flow.id() + "): only here").contains("1 of 1 flow(s) differ");

    CliRun dry = cli("push", "--dry-run");
    assertThat(dry.exitCode()).as(dry.err()).isZero();
    assertThat(dry.out()).contains("Would push to " + server.url() + " in 3 write request(s):")
        .contains("POST /flows: create 1 flow(s), inactive");
    assertThat(server.flows()).isEmpty();

    CliRun push = cli("push");
    assertThat(push.exitCode()).as(push.err()).isZero();
    assertThat(push.out()).contains("Pushed to " + server.url() + " in 3 write request(s)");
    assertThat(cli("diff").exitCode()).isZero();
    assertThat(cli("push").out()).contains("Nothing to push");

    Files.writeString(file, Files.readString(file).replace("\"hi\"", "\"hello\""));
    CliRun changed = cli("diff", "--flow", flow.id());
    assertThat(changed.exitCode()).isEqualTo(FlowsmithCli.PROBLEMS);
    assertThat(changed.out()).contains(": changed here").contains("operations[log_it].options.message: \"hello\" → \"hi\"");
    CliRun kept = cli("pull");
    assertThat(kept.exitCode()).isEqualTo(FlowsmithCli.PROBLEMS);
    assertThat(kept.out()).contains("kept      flows/round-trip.json  Round trip  (changed here; pull --force overwrites it)");
    assertThat(cli("pull", "--force").exitCode()).isZero();
    assertThat(Files.readString(file)).contains("\"hi\"");
  }

  @Test
  void pushRefusesAConflictWithExitCodeOne() throws Exception {
    Flow flow = flow("Conflict");
    server.putFlow(dev.flowsmith.format.FlowCodec.writeFlow(flow));
    assertThat(cli("pull").exitCode()).isZero();
    assertThat(WorkspaceFolder.open(dir).flows()).hasSize(1);
    server.putFlow(dev.flowsmith.format.FlowCodec.writeFlow(flow.withName("Changed there")));
    CliRun push = cli("push");
    assertThat(push.exitCode()).isEqualTo(FlowsmithCli.PROBLEMS);
    assertThat(push.err()).contains("flowsmith push: refused: 1 flow(s) changed on " + server.url())
        .contains("Conflict (" + flow.id() + "): changed on the server").contains("push --force");
    assertThat(cli("push", "--force").exitCode()).isZero();
    assertThat(server.flows().get(flow.id()).string("name")).contains("Conflict");
  }

  @Test
  void badInputExitsTwo() throws Exception {
    CliRun none = CliRun.of("diff", "--workspace", dir.toString());
    assertThat(none.exitCode()).isEqualTo(FlowsmithCli.BAD_INPUT);
    assertThat(none.err()).contains("flowsmith diff: which server? give --url URL or --server NAME");
    CliRun noWorkspace = cli("push");
    assertThat(noWorkspace.exitCode()).isEqualTo(FlowsmithCli.BAD_INPUT);
    assertThat(noWorkspace.err()).contains("is not a workspace");
    CliRun badToken = CliRun.of("pull", "--workspace", dir.toString(), "--url", server.url().toString(),
        "--token-env", "HOME");
    assertThat(badToken.exitCode()).isEqualTo(FlowsmithCli.BAD_INPUT);
    assertThat(badToken.err()).contains("flowsmith pull: The server refused the token (401)");
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    CliRun down = CliRun.of("pull", "--workspace", dir.toString(), "--url", "http://127.0.0.1:" + port,
        "--token-env", "PATH");
    assertThat(down.exitCode()).isEqualTo(FlowsmithCli.BAD_INPUT);
    assertThat(down.err()).contains("flowsmith pull: The server does not answer: cannot connect to");
    server.version("9.1.0");
    CliRun old = cli("pull");
    assertThat(old.err()).contains("The server is too old").contains("Directus 9.1.0");
  }

  @Test
  void emailLoginIsKeptForTheNextCommand() throws Exception {
    server.user("me@example.com", System.getenv("PATH"));
    CliRun login = CliRun.of("pull", "--workspace", dir.toString(), "--url", server.url().toString(), "--email",
        "me@example.com", "--password-env", "PATH");
    assertThat(login.exitCode()).as(login.err()).isZero();
    assertThat(dir.resolve("config/server-tokens.json")).exists();
    assertThat(Files.readString(dir.resolve("config/server-tokens.json"))).contains("access-1");
    // no token variable set under this name: the kept login is used
    CliRun again = CliRun.of("diff", "--workspace", dir.toString(), "--url", server.url().toString(),
        "--token-env", "FLOWSMITH_SURELY_UNSET_" + UUID.randomUUID().toString().substring(0, 4));
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(Files.readString(dir.resolve("workspace.json"))).doesNotContain("access-");
  }
}
