package dev.flowsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 17 items 1, 2, 6 and issue 20's depth values, through the command line. */
class RunBudgetCommandTest {

  private static final String FAN_OUT = "{\"id\":\"fan\",\"name\":\"Fan\",\"status\":\"active\",\"trigger\":\"operation\","
      + "\"accountability\":\"all\",\"options\":{\"return\":\"$last\"},\"operation\":\"again\",\"operations\":[{\"id\":"
      + "\"again\",\"key\":\"again\",\"type\":\"trigger\",\"position_x\":19,\"position_y\":1,\"flow\":\"fan\",\"options\":"
      + "{\"flow\":\"fan\",\"payload\":[1,2],\"iterationMode\":\"parallel\"}}]}";

  @TempDir
  Path dir;

  private Path workspace(String settings) throws Exception {
    Path ws = dir.resolve("ws");
    Files.createDirectories(ws.resolve("flows"));
    Files.writeString(ws.resolve("flows/fan.json"), FAN_OUT);
    Files.writeString(ws.resolve("workspace.json"), settings);
    return ws;
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "--max-flow-depth, 0, 'must be at least 1, found 0'",
      "--max-flow-depth, -1, 'must be at least 1, found -1'",
      "--max-flow-depth, 1000000, 'must be at most 10,000'",
      "--max-flows, 0, 'must be at least 1, found 0'",
      "--max-steps, -5, 'must be at least 1, found -5'",
      "--max-run-time, 0s, 'must be longer than 0'",
      "--max-run-time, soon, 'expected a time such as 500ms, 30s, 5m, 1h or PT5M'",
      "--max-chain-bytes, 0, 'must be at least 1 byte'"})
  void zeroNegativeOrMalformedLimitsAreRefusedWithExitTwo(String option, String value, String why) throws Exception {
    Path ws = workspace("{}");
    CliRun run = CliRun.of("run", ws.resolve("flows/fan.json").toString(), "--workspace", ws.toString(), option, value);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Invalid value for option '" + option + "': " + why).doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void serveAndTestTakeTheSameOptionsAndRefuseTheSameValues() throws Exception {
    Path ws = workspace("{}");
    CliRun serve = CliRun.of("serve", "--workspace", ws.toString(), "--max-flow-depth", "0");
    assertThat(serve.exitCode()).isEqualTo(2);
    assertThat(serve.err()).contains("Invalid value for option '--max-flow-depth': must be at least 1, found 0");
    CliRun test = CliRun.of("test", "--workspace", ws.toString(), "--max-flows", "-1");
    assertThat(test.exitCode()).isEqualTo(2);
    assertThat(test.err()).contains("Invalid value for option '--max-flows': must be at least 1, found -1");
  }

  @Test
  void theFanOutStopsWithTheLimitShownInStepsChainAndResult() throws Exception {
    Path ws = workspace("{}");
    long start = System.nanoTime();
    CliRun run = CliRun.of("run", ws.resolve("flows/fan.json").toString(), "--workspace", ws.toString(),
        "--max-flow-depth", "10000");
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("\"status\": \"reject\"")
        .contains("\"error\": {\n        \"name\": \"FlowsmithLimitError\",\n        \"message\": \"Run budget exceeded: "
            + "1,000 flows (set budgets.maxFlows in workspace.json or --max-flows)\",\n        \"code\": \"FLOWSMITH_BUDGET\"")
        .contains("\"thrown\": false");
    assertThat(run.out().length()).isLessThan(10_000);
    assertThat(millis).isLessThan(10_000);
  }

  @Test
  void workspaceBudgetsApplyAndTheCommandLineOverridesThem() throws Exception {
    Path ws = workspace("{\"budgets\": {\"maxFlowDepth\": 10000, \"maxFlows\": 50}}");
    CliRun fromWorkspace = CliRun.of("run", ws.resolve("flows/fan.json").toString(), "--workspace", ws.toString());
    assertThat(fromWorkspace.out()).contains("Run budget exceeded: 50 flows");

    CliRun overridden = CliRun.of("run", ws.resolve("flows/fan.json").toString(), "--workspace", ws.toString(),
        "--max-flows", "20");
    assertThat(overridden.out()).contains("Run budget exceeded: 20 flows");

    CliRun depth = CliRun.of("run", ws.resolve("flows/fan.json").toString(), "--workspace", ws.toString(),
        "--max-flow-depth", "3");
    assertThat(depth.out()).contains("\"code\": \"FLOWSMITH_DEPTH\"").contains("nested deeper than 3 levels");
  }

  @Test
  void aBadBudgetInWorkspaceJsonNamesTheKey() throws Exception {
    Path ws = workspace("{\"budgets\": {\"maxFlows\": 0}}");
    CliRun run = CliRun.of("run", ws.resolve("flows/fan.json").toString(), "--workspace", ws.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("workspace.json: $.budgets.maxFlows: must be at least 1, found 0");

    Path typo = workspace("{\"budgets\": {\"maxFlow\": 10}}");
    assertThat(CliRun.of("run", typo.resolve("flows/fan.json").toString(), "--workspace", typo.toString()).err())
        .contains("$.budgets.maxFlow: unknown setting; known: maxChainBytes, maxFlowDepth, maxFlows, maxRunTime, "
            + "maxSteps");
  }

  @Test
  void aRejectedStepShowsItsErrorEvenWhenJsonWouldShowEmptyBraces() throws Exception {
    Path flow = Files.writeString(dir.resolve("cond.json"), "{\"id\":\"c\",\"name\":\"C\",\"status\":\"active\","
        + "\"trigger\":\"manual\",\"accountability\":\"all\",\"options\":{},\"operation\":\"t\",\"operations\":[{\"id\":"
        + "\"t\",\"key\":\"t\",\"type\":\"transform\",\"position_x\":19,\"position_y\":1,\"flow\":\"c\",\"options\":"
        + "{\"json\":\"not json\"}}]}");
    CliRun run = CliRun.of("run", flow.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("\"status\": \"reject\"").contains("\"error\": {\n        \"name\": \"SyntaxError\","
        + "\n        \"message\": \"");
  }

  @Test
  void aFlowWhoseOperationFieldPointsNowhereExitsTwoNamingTheField() throws Exception {
    Path flow = Files.writeString(dir.resolve("entry.json"), "{\"id\":\"e\",\"name\":\"Entry\",\"status\":\"active\","
        + "\"trigger\":\"manual\",\"accountability\":\"all\",\"options\":{},\"operation\":\"gone\",\"operations\":[{"
        + "\"id\":\"t\",\"key\":\"t\",\"type\":\"log\",\"position_x\":19,\"position_y\":1,\"flow\":\"e\",\"options\":{}}]}");
    CliRun run = CliRun.of("run", flow.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("the flow's \"operation\" field points to gone, which is not an operation of flow "
        + "\"Entry\"");
  }

  @Test
  void outputPastTheFlowFileReadingLimitsIsPrintedCompactNotRefused() throws Exception {
    String key = "k".repeat(60_000); // issue 20: a 60,000-character operation key
    Path flow = Files.writeString(dir.resolve("long.json"), "{\"id\":\"l\",\"name\":\"Long\",\"status\":\"active\","
        + "\"trigger\":\"manual\",\"accountability\":\"all\",\"options\":{},\"operation\":\"s\",\"operations\":[{"
        + "\"id\":\"s\",\"key\":\"" + key + "\",\"type\":\"transform\",\"position_x\":19,\"position_y\":1,"
        + "\"flow\":\"l\",\"options\":{\"json\":1}}]}");
    CliRun run = CliRun.of("run", flow.toString());
    assertThat(run.exitCode()).isZero();
    // probe: names are no longer limited when the output is re-read, so it is pretty-printed as usual
    assertThat(run.out().startsWith("{\n  \"chain\": {") && run.out().contains("\"" + key + "\": 1"))
        .as("pretty output with the key").isTrue();
  }

  @Test
  void aTriggerFileNestedTooDeeplyIsNamedWithItsPosition() throws Exception {
    Path trigger = Files.writeString(dir.resolve("deep.trigger.json"), "[".repeat(600) + "]".repeat(600));
    Path ws = workspace("{}");
    CliRun run = CliRun.of("run", ws.resolve("flows/fan.json").toString(), "--trigger", trigger.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("deep.trigger.json:1:501: not valid JSON: JSON nested deeper than 500 levels");
  }

  @Test
  void anUnexpectedFailurePrintsOneLineAndTheStackOnlyWithDebug() {
    java.io.StringWriter plain = new java.io.StringWriter();
    FlowsmithCli.reportUnexpected(new StackOverflowError(), new java.io.PrintWriter(plain, true), false);
    assertThat(plain.toString()).isEqualTo("flowsmith: the input is nested too deeply to process (run with --debug or "
        + "FLOWSMITH_DEBUG=1 for details)" + System.lineSeparator());
    java.io.StringWriter debug = new java.io.StringWriter();
    FlowsmithCli.reportUnexpected(new IllegalStateException("boom"), new java.io.PrintWriter(debug, true), true);
    assertThat(debug.toString()).startsWith("flowsmith: boom" + System.lineSeparator()).contains("\tat ");
    assertThat(FlowsmithCli.debugFromEnv("1")).isTrue();
    assertThat(FlowsmithCli.debugFromEnv("0")).isFalse();
    assertThat(FlowsmithCli.debugFromEnv(null)).isFalse();
    assertThat(CliRun.of("--debug", "--version").exitCode()).as("--debug is taken off the line").isZero();
  }
}
