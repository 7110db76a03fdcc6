package dev.flowsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.format.FlowWriter;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.Operation;
import dev.flowsmith.workspace.server.DirectusCallException;
import dev.flowsmith.workspace.server.DirectusServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code push / diff / pull} on the command line against the real server (token from DIRECTUS_TOKEN). */
@Tag("directus")
class SyncCommandDirectusTest {

  @TempDir
  Path dir;

  final String id = UUID.randomUUID().toString();

  @AfterEach
  void delete() {
    try {
      DirectusServer.client().delete("/flows/" + id, null);
    } catch (DirectusCallException gone) {
      // not pushed
    }
  }

  @Test
  void pushDiffEditPushPull() throws Exception {
    String a = UUID.randomUUID().toString();
    String b = UUID.randomUUID().toString();
    Flow flow = new Flow(id, "[flowsmith sync test] cli " + id.substring(0, 6), "bolt", null, null, Flow.INACTIVE,
        "webhook", "all", JsonObject.builder().put("method", "POST").build(), a, null, null, List.of(
            new Operation(a, "First", "first", "log", new GridPosition(19, 1), JsonObject.builder()
                .put("message", "one").build(), b, null, id, null, null, JsonObject.EMPTY),
            new Operation(b, "Second", "second", "log", new GridPosition(37, 1), JsonObject.builder()
                .put("message", "two").build(), null, null, id, null, null, JsonObject.EMPTY)), JsonObject.EMPTY);
    Files.createDirectories(dir.resolve("flows"));
    Path file = Files.writeString(dir.resolve("flows/cli.json"), FlowWriter.canonical(flow));
    String url = DirectusServer.url().toString();
    String[] target = {"--workspace", dir.toString(), "--url", url, "--flow", id};

    CliRun push = CliRun.of(concat("push", target));
    assertThat(push.exitCode()).as(push.err()).isZero();
    assertThat(push.out()).contains("Pushed to " + url + " in 4 write request(s)");
    assertThat(CliRun.of(concat("diff", target)).exitCode()).isZero();

    Files.writeString(file, Files.readString(file).replace("\"two\"", "\"deux\""));
    CliRun diff = CliRun.of(concat("diff", target));
    assertThat(diff.exitCode()).isEqualTo(FlowsmithCli.PROBLEMS);
    assertThat(diff.out()).contains("changed here").contains("operations[second].options.message: \"deux\" → \"two\"");
    byte[] edited = Files.readAllBytes(file);
    CliRun again = CliRun.of(concat("push", target));
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out()).contains("in 1 write request(s)").contains("PATCH /operations: update and link 1 operation(s)");
    CliRun pull = CliRun.of(concat("pull", target));
    assertThat(pull.exitCode()).as(pull.err()).isZero();
    assertThat(pull.out()).contains("1 unchanged");
    assertThat(Files.readAllBytes(file)).isEqualTo(edited);
  }

  private static String[] concat(String command, String[] rest) {
    String[] out = new String[rest.length + 1];
    out[0] = command;
    System.arraycopy(rest, 0, out, 1, rest.length);
    return out;
  }
}
