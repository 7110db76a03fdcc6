package dev.flowsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code flowsmith test} on the example workspace that {@code flowsmith examples} creates. */
class TestCommandTest {

  @TempDir
  static Path temp;
  private static Path samples;

  @BeforeAll
  static void createSamples() {
    samples = temp.resolve("samples");
    CliRun created = CliRun.of("examples", samples.toString());
    assertThat(created.exitCode()).as(created.err()).isZero();
  }

  /** Our own gate: the shipped example tests pass on the shipped example workspace. */
  @Test
  void theShippedExampleTestsAllPass() {
    CliRun run = CliRun.of("test", "--workspace", samples.toString(), "--coverage");
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("PASS  tests/webhook-with-error-branch.test.json  a CRM failure queues the lead")
        .contains("14 tests: 14 passed, 0 failed, 0 errors, 0 skipped")
        .contains("Coverage:").contains("Website lead → CRM (ef57ded8-a2f9-428d-92bb-8ab26d6e5e7a): every operation");
  }

  @Test
  void aBrokenOptionFailsTheTestAtItsPathAndStep() throws Exception {
    Path copy = copyOfSamples("mutated");
    Path flow = copy.resolve("flows/webhook-with-error-branch.json");
    Files.writeString(flow, Files.readString(flow).replace("\"source\": \"website-contact-form\"",
        "\"source\": \"website-form\""));
    CliRun run = CliRun.of("test", "--workspace", copy.toString(), "--filter", "webhook");
    assertThat(run.exitCode()).isEqualTo(FlowsmithCli.PROBLEMS);
    assertThat(run.out())
        .contains("FAIL  tests/webhook-with-error-branch.test.json  a lead the CRM accepts gets its id back")
        .contains("chain.lead_payload.source: expected \"website-contact-form\", actual \"website-form\" "
            + "(set by step lead_payload)")
        .contains("3 tests: 1 passed, 2 failed, 0 errors, 0 skipped")
        .doesNotContain("invoice-totals");
  }

  @Test
  void aMalformedFileIsReportedWithItsLocationTheOthersStillRunAndBadInputWins() throws Exception {
    Path copy = copyOfSamples("malformed");
    Files.writeString(copy.resolve("tests/broken.test.json"), "{\n  \"flow\": \"x\",\n  \"tests\": [{\"nam\": 1}]\n}\n");
    Files.writeString(copy.resolve("tests/failing.test.json"), """
        {"flow": "ef57ded8-a2f9-428d-92bb-8ab26d6e5e7a", "tests": [
          {"name": "wrong status", "mock": {"push_to_crm": {"resolve": {}}}, "expect": {"status": "reject"}}]}
        """);
    Path xml = copy.resolve("report/junit.xml");
    CliRun run = CliRun.of("test", "--workspace", copy.toString(), "--junit", xml.toString());
    assertThat(run.exitCode()).isEqualTo(FlowsmithCli.BAD_INPUT);
    assertThat(run.out()).contains("ERROR " + copy.resolve("tests/broken.test.json") + ":3:21: $.tests[0].nam: unknown field")
        .contains("FAIL  tests/failing.test.json  wrong status")
        .contains("status: expected \"reject\", actual \"resolve\" (set by step reply_ok)")
        .contains("15 tests: 14 passed, 1 failed, 0 errors, 0 skipped; 1 file did not load");
    assertThat(Files.readString(xml)).contains("<testsuite name=\"broken.test.json\" tests=\"1\" failures=\"0\" errors=\"1\"")
        .contains("<failure message=\"status: expected &quot;reject&quot;, actual &quot;resolve&quot; (set by step reply_ok)\"");
  }

  @Test
  void filterThatMatchesNothingAndMissingWorkspaceAreBadInput() {
    assertThat(CliRun.of("test", "--workspace", samples.toString(), "--filter", "no-such-test").exitCode())
        .isEqualTo(FlowsmithCli.BAD_INPUT);
    CliRun missing = CliRun.of("test", "--workspace", temp.resolve("nowhere").toString());
    assertThat(missing.exitCode()).isEqualTo(FlowsmithCli.BAD_INPUT);
    assertThat(missing.err()).contains("not a workspace");
  }

  @Test
  void examplesRefusesAFolderThatHasFiles() {
    CliRun again = CliRun.of("examples", samples.toString());
    assertThat(again.exitCode()).isEqualTo(FlowsmithCli.BAD_INPUT);
    assertThat(again.err()).contains("is not empty");
  }

  private static Path copyOfSamples(String name) throws Exception {
    Path copy = temp.resolve(name);
    assertThat(CliRun.of("examples", copy.toString()).exitCode()).isZero();
    return copy;
  }
}
