package dev.flowsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

  private static final String FLOW = "src/test/resources/run/throw-and-recover.json";
  private static final String TRIGGER = "src/test/resources/run/throw-and-recover.trigger.json";

  @TempDir
  Path dir;

  @Test
  void printsChainStepsAndResultMaskedAsTheRunLog() {
    CliRun run = CliRun.of("run", FLOW, "--trigger", TRIGGER, "--env", "TOKEN=t0k");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("\"msg\": \"Bad 42 --redacted:TOKEN--\"")
        .contains("\"key\": \"boom\",\n      \"status\": \"reject\"")
        .contains("\"message\": \"Bad 42 --redacted:TOKEN--\"")
        .contains("\"durationMs\": ")
        .contains("\"status\": \"resolve\",\n  \"thrown\": false")
        .contains("\"$env\": {\n      \"TOKEN\": \"--redacted:TOKEN--\"\n    }")
        .doesNotContain("t0k");
    assertThat(run.out()).startsWith("{\n  \"chain\": {\n    \"$trigger\": {");
  }

  @Test
  void unmaskedPrintsTheLiveChain() {
    CliRun run = CliRun.of("run", FLOW, "--trigger", TRIGGER, "--env", "TOKEN=t0k", "--unmasked");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("\"msg\": \"Bad 42 t0k\"")
        // the steps are the run log's in either case
        .contains("\"message\": \"Bad 42 --redacted:TOKEN--\"")
        .contains("\"$env\": {\n      \"TOKEN\": \"t0k\"\n    }");
  }

  @Test
  void aLoopOrBadInputExitsWithTwo() throws Exception {
    String looping = Files.readString(Path.of(FLOW)).replace("\"resolve\": null, \"reject\": null",
        "\"resolve\": \"0e6c2a36-7a60-4d55-9bd4-1f0a49d1b001\", \"reject\": null");
    Path loop = dir.resolve("loop.json");
    Files.writeString(loop, looping);

    CliRun refused = CliRun.of("run", loop.toString());
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("has a loop (boom → after → …)");

    Path badTrigger = dir.resolve("t.json");
    Files.writeString(badTrigger, "{nope");
    CliRun bad = CliRun.of("run", FLOW, "--trigger", badTrigger.toString());
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("t.json").contains("not valid JSON");

    assertThat(CliRun.of("run", FLOW, "--env", "NOVALUE").err()).contains("expected KEY=VALUE");
  }
}
