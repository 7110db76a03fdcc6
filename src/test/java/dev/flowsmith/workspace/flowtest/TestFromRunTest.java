package dev.flowsmith.workspace.flowtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowsmith.format.FlowReader;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.Flow;
import dev.flowsmith.workspace.history.RunRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Save as test: a test made from a run, written to the workspace, read back and run, passes. */
class TestFromRunTest {

  private static final Path EXAMPLE = Path.of("resources/examples/webhook-with-error-branch.json");
  private static Flow flow;
  private static FlowTestRunner runner;

  @TempDir Path workspace;

  @BeforeAll
  static void open() throws Exception {
    flow = FlowReader.read(EXAMPLE).single();
    runner = new FlowTestRunner(List.of(flow));
  }

  @AfterAll
  static void close() {
    runner.close();
  }

  /** A run of the example as History would hold it: the CRM call answered (or failed) for real. */
  static RunRecord recordedRun(FlowTestRunner with, Flow target, String crmResult) throws Exception {
    FlowTestFile file = FlowTestReader.parse("{\"flow\": \"" + target.id() + "\", \"tests\": [{\"name\": \"r\", "
        + "\"trigger\": {\"body\": {\"email\": \"ann@example.com\", \"first_name\": \"Ann\", "
        + "\"last_name\": \"Lee\", \"consent\": true}, \"method\": \"POST\"}, "
        + "\"env\": {\"CRM_API_TOKEN\": \"s3cret\"}, \"mock\": {\"push_to_crm\": " + crmResult + "}}]}",
        Path.of("tests/recorded.test.json"));
    FlowTestResult result = with.run(file, file.cases().get(0));
    return RunRecord.from(result.run(), "webhook");
  }

  private static RunRecord okRun() throws Exception {
    return recordedRun(runner, flow, "{\"resolve\": {\"status\": 201, \"data\": {\"id\": 42}}}");
  }

  @Test
  void defaultPathsAreEveryStepsFieldsOrTheWholeValue() throws Exception {
    RunRecord run = okRun();
    assertThat(TestFromRun.defaultPaths(run)).containsExactly("lead_payload.email", "lead_payload.first_name",
        "lead_payload.last_name", "lead_payload.consent", "lead_payload.source", "push_to_crm.status",
        "push_to_crm.data", "reply_ok.ok", "reply_ok.crm_id");
    assertThat(TestFromRun.availablePaths(run)).startsWith("lead_payload", "lead_payload.email")
        .contains("push_to_crm", "reply_ok");
  }

  @Test
  void caseHasTheRunsTriggerEnvStatusStepsAndChosenValuesAndMocksTheRequest() throws Exception {
    RunRecord run = okRun();
    FlowTestCase test = TestFromRun.create("lead ok", flow, run, List.of("reply_ok", "push_to_crm.data"));
    assertThat(test.name()).isEqualTo("lead ok");
    assertThat(JsonText.compact(test.trigger())).contains("\"email\":\"ann@example.com\"");
    // the run log masks env values, and so does the test: no secret in a test file
    assertThat(test.env()).containsEntry("CRM_API_TOKEN", "--redacted:CRM_API_TOKEN--");
    assertThat(test.mocks()).containsOnlyKeys("push_to_crm");
    assertThat(JsonText.compact(test.mocks().get("push_to_crm")))
        .isEqualTo("{\"resolve\":{\"status\":201,\"data\":{\"id\":42}}}");
    assertThat(JsonText.compact(test.expect())).isEqualTo("{\"status\":\"resolve\","
        + "\"steps\":[\"lead_payload\",\"push_to_crm\",\"reply_ok\"],"
        + "\"chain\":{\"reply_ok\":{\"ok\":true,\"crm_id\":42},\"push_to_crm.data\":{\"id\":42}}}");
    assertThat(test.now()).isEqualTo(run.startedAt().toString());
  }

  @Test
  void savedTestReadsBackAndPasses() throws Exception {
    RunRecord run = okRun();
    Path file = FlowTestWriter.save(workspace, flow, TestFromRun.create("lead ok", flow, run, null));
    assertThat(file).isEqualTo(workspace.resolve("tests/website-lead-crm.test.json"));
    FlowTestFile read = FlowTestReader.read(file);
    FlowTestResult result = runner.run(read, read.cases().get(0));
    assertThat(result.differences()).isEmpty();
    assertThat(result.status()).isEqualTo(FlowTestResult.Status.PASSED);
  }

  @Test
  void savedTestOfARejectedRunPassesAndAWrongValueFails() throws Exception {
    RunRecord run = recordedRun(runner, flow, "{\"reject\": {\"message\": \"CRM down\"}}");
    Path file = FlowTestWriter.save(workspace, flow, TestFromRun.create("crm down", flow, run, null));
    FlowTestFile read = FlowTestReader.read(file);
    FlowTestResult passed = runner.run(read, read.cases().get(0));
    assertThat(passed.differences()).isEmpty();
    assertThat(read.cases().get(0).expect().get("steps").map(JsonText::compact).orElseThrow())
        .contains("log_crm_failure");

    // a saved expectation that no longer holds fails at its path
    RunRecord ok = okRun();
    FlowTestCase expectsOk = TestFromRun.create("ok", flow, ok, List.of("reply_ok.crm_id"));
    FlowTestCase wrong = new FlowTestCase("ok", expectsOk.trigger(),
        java.util.Map.of("push_to_crm", JsonText.parseValue("{\"resolve\": {\"data\": {\"id\": 7}}}")),
        expectsOk.now(), expectsOk.items(), expectsOk.accountability(), expectsOk.env(), false, false,
        expectsOk.expect());
    FlowTestResult failed = runner.run(new FlowTestFile(file, flow.id(), List.of(wrong)), wrong);
    assertThat(failed.status()).isEqualTo(FlowTestResult.Status.FAILED);
    assertThat(failed.differences()).extracting(Difference::path).contains("chain.reply_ok.crm_id");
  }

  @Test
  void refusesCancelledRunsRunsOfOtherFlowsAndUnknownPaths() throws Exception {
    RunRecord run = okRun();
    RunRecord cancelled = new RunRecord(run.runId(), run.flowId(), run.source(), run.startedAt(),
        run.durationMicros(), "cancelled", run.steps(), run.data());
    assertThatThrownBy(() -> TestFromRun.create("x", flow, cancelled, null)).hasMessageContaining("cancelled");
    RunRecord other = new RunRecord(run.runId(), "another", run.source(), run.startedAt(), 0, "resolve",
        run.steps(), run.data());
    assertThatThrownBy(() -> TestFromRun.create("x", flow, other, null)).hasMessageContaining("another");
    assertThatThrownBy(() -> TestFromRun.create("x", flow, run, List.of("nope.x")))
        .hasMessageContaining("\"nope.x\"");
  }

  @Test
  void writerReplacesASameNamedTestAndKeepsTheOthersCanonically() throws Exception {
    Path tests = Files.createDirectories(workspace.resolve("tests"));
    Path file = tests.resolve("website-lead-crm.test.json");
    Files.writeString(file, "{\"tests\": [{\"expect\": {\"steps\": [\"lead_payload\"], \"status\": \"resolve\"},"
        + " \"name\": \"hand written\"}, {\"name\": \"lead ok\", \"expect\": {}}], \"flow\": \"" + flow.id() + "\"}");
    FlowTestWriter.save(workspace, flow, TestFromRun.create("lead ok", flow, okRun(), List.of("reply_ok.ok")));
    String text = Files.readString(file);
    FlowTestFile read = FlowTestReader.read(file);
    assertThat(read.cases()).extracting(FlowTestCase::name).containsExactly("hand written", "lead ok");
    assertThat(text).startsWith("{\n  \"flow\": \"" + flow.id() + "\",\n  \"tests\": [\n    {\n"
        + "      \"name\": \"hand written\",\n      \"expect\": {\n        \"status\": \"resolve\",");
    assertThat(JsonText.compact(read.cases().get(1).expect().get("chain").orElseThrow()))
        .isEqualTo("{\"reply_ok.ok\":true}");
    // writing the same again changes nothing: the form is canonical
    FlowTestWriter.save(workspace, flow, TestFromRun.create("lead ok", flow, okRun(), List.of("reply_ok.ok")));
    assertThat(Files.readString(file).replaceAll("\"now\": \"[^\"]+\"", ""))
        .isEqualTo(text.replaceAll("\"now\": \"[^\"]+\"", ""));
  }

  @Test
  void aFileOfAnotherFlowWithTheSameNameIsLeftAlone() throws Exception {
    Path tests = Files.createDirectories(workspace.resolve("tests"));
    String other = "{\"flow\": \"someone-else\", \"tests\": []}";
    Files.writeString(tests.resolve("website-lead-crm.test.json"), other);
    Path file = FlowTestWriter.save(workspace, flow, TestFromRun.create("t", flow, okRun(), List.of()));
    assertThat(file.getFileName().toString()).isEqualTo("website-lead-crm-2.test.json");
    assertThat(Files.readString(tests.resolve("website-lead-crm.test.json"))).isEqualTo(other);
  }
}
