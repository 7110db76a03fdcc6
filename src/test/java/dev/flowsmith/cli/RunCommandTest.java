package dev.flowsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

  /** Issue 20: a key longer than Jackson's 50,000-character name limit ran into it on output. */
  @ParameterizedTest
  @ValueSource(ints = {60_000, 200_000})
  void aVeryLongOperationKeyRunsAndIsPrinted(int length) throws Exception {
    String key = "k".repeat(length);
    Path flow = dir.resolve("long-key.json");
    Files.writeString(flow, Files.readString(Path.of(FLOW))
        .replace("\"key\": \"after\"", "\"key\": \"" + key + "\""));

    CliRun run = CliRun.of("run", flow.toString(), "--trigger", TRIGGER);

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    // booleans, so a failure does not print a 200,000-character key
    assertThat(run.out().contains("\"" + key + "\": {\n      \"msg\": \"Bad 42 undefined\""))
        .as("the step's value under its key in the chain").isTrue();
    assertThat(CliRun.of("lint", flow.toString()).exitCode()).isZero();
    Path converted = dir.resolve("out.json");
    assertThat(CliRun.of("convert", flow.toString(), "-o", converted.toString()).exitCode()).isZero();
    assertThat(Files.readString(converted).contains("\"key\": \"" + key + "\"")).as("key written back").isTrue();
  }
}
