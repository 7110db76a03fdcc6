package dev.flowsmith.workspace.flowtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.format.FlowReader;
import dev.flowsmith.model.Flow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FlowTestRunnerTest {

  private static final Path EXAMPLE = Path.of("resources/examples/webhook-with-error-branch.json");
  private static Flow flow;
  private static FlowTestRunner runner;

  @BeforeAll
  static void open() throws Exception {
    flow = FlowReader.read(EXAMPLE).single();
    runner = new FlowTestRunner(List.of(flow));
  }

  @AfterAll
  static void close() {
    runner.close();
  }

  private static FlowTestResult run(String testJson) throws Exception {
    return run(testJson, runner);
  }

  private static FlowTestResult run(String testJson, FlowTestRunner with) throws Exception {
    FlowTestFile file = FlowTestReader.parse("{\"flow\": \"" + flow.id() + "\", \"tests\": [" + testJson + "]}",
        Path.of("tests/lead.test.json"));
    return with.run(file, file.cases().get(0));
  }

  private static final String TRIGGER = "\"trigger\": {\"body\": {\"email\": \"ann@example.com\", "
      + "\"first_name\": \"Ann\", \"last_name\": \"Lee\", \"consent\": true}}";

  @Test
  void mockedRequestResolvesAndChainMatchesDeeply() throws Exception {
    FlowTestResult result = run("{\"name\": \"ok\", " + TRIGGER + ", \"env\": {\"CRM_API_TOKEN\": \"t\"}, "
        + "\"mock\": {\"push_to_crm\": {\"resolve\": {\"status\": 201, \"data\": {\"id\": 42}}}}, "
        + "\"expect\": {\"status\": \"resolve\", \"steps\": [\"lead_payload\", \"push_to_crm\", \"reply_ok\"], "
        + "\"chain\": {\"reply_ok\": {\"ok\": true, \"crm_id\": 42}, "
        + "\"lead_payload.email\": {\"$matches\": \"@example\\\\.com$\"}, "
        + "\"lead_payload\": {\"$contains\": {\"first_name\": \"Ann\"}}, "
        + "\"push_to_crm.status\": {\"$approx\": 200, \"within\": 5}, "
        + "\"push_to_crm.data.id\": {\"$type\": \"number\"}, \"nothing.here\": {\"$exists\": false}, "
        + "\"$env.CRM_API_TOKEN\": \"t\"}}}");
    assertThat(result.differences()).isEmpty();
    assertThat(result.status()).isEqualTo(FlowTestResult.Status.PASSED);
    assertThat(result.visitedBranches()).contains("push_to_crm:resolve");
  }

  @Test
  void failingExpectationNamesPathExpectedActualAndStep() throws Exception {
    FlowTestResult result = run("{\"name\": \"bad\", " + TRIGGER + ", "
        + "\"mock\": {\"push_to_crm\": {\"resolve\": {\"data\": {\"id\": 42}}}}, "
        + "\"expect\": {\"chain\": {\"reply_ok\": {\"ok\": true, \"crm_id\": 43}}}}");
    assertThat(result.status()).isEqualTo(FlowTestResult.Status.FAILED);
    assertThat(result.differences()).containsExactly(
        new Difference("chain.reply_ok.crm_id", "43", "42", "reply_ok"));
  }

  @Test
  void rejectMockTakesTheRejectBranchAndExpectErrorMatchesTheMessage() throws Exception {
    FlowTestResult result = run("{\"name\": \"crm down\", " + TRIGGER + ", "
        + "\"mock\": {\"push_to_crm\": {\"reject\": {\"message\": \"CRM down\"}}, "
        + "\"queue_retry\": {\"reject\": {\"message\": \"store full\"}}}, "
        + "\"expect\": {\"status\": \"reject\", \"error\": \"store full\", "
        + "\"steps\": [\"lead_payload\", \"push_to_crm\", \"log_crm_failure\", \"queue_retry\"]}}");
    assertThat(result.differences()).isEmpty();
    assertThat(result.visitedBranches()).contains("push_to_crm:reject", "queue_retry:reject");
  }

  @Test
  void unmockedRequestIsRefusedWithoutNetwork() throws Exception {
    FlowTestResult result = run("{\"name\": \"net\", " + TRIGGER + ", \"expect\": {}}");
    assertThat(result.status()).isEqualTo(FlowTestResult.Status.ERROR);
    assertThat(result.message()).contains("push_to_crm").contains("\"network\": true");
  }

  @Test
  void mutatedOptionMakesTheTestFailAtTheRightPath() throws Exception {
    String text = Files.readString(EXAMPLE).replace("\"source\": \"website-contact-form\"",
        "\"source\": \"website-form\"");
    Flow mutated = FlowReader.read(text, "mutated.json").single();
    try (FlowTestRunner other = new FlowTestRunner(List.of(mutated))) {
      FlowTestResult result = run("{\"name\": \"src\", " + TRIGGER + ", "
          + "\"mock\": {\"push_to_crm\": {\"resolve\": {}}}, "
          + "\"expect\": {\"chain\": {\"lead_payload.source\": \"website-contact-form\"}}}", other);
      assertThat(result.status()).isEqualTo(FlowTestResult.Status.FAILED);
      assertThat(result.differences().get(0).path()).isEqualTo("chain.lead_payload.source");
      assertThat(result.differences().get(0).actual()).isEqualTo("\"website-form\"");
    }
  }

  @Test
  void unknownMockKeyIsAnError() throws Exception {
    FlowTestResult result = run("{\"name\": \"typo\", \"mock\": {\"push_to_cmr\": {\"resolve\": 1}}}");
    assertThat(result.status()).isEqualTo(FlowTestResult.Status.ERROR);
    assertThat(result.message()).contains("mock.push_to_cmr");
  }

  @Test
  void coverageListsOperationsAndBranchesNoTestWentThrough() throws Exception {
    FlowTestResult ok = run("{\"name\": \"ok\", " + TRIGGER + ", "
        + "\"mock\": {\"push_to_crm\": {\"resolve\": {\"data\": {\"id\": 1}}}}}");
    Coverage onlyOk = Coverage.of(flow, List.of(ok));
    assertThat(onlyOk.uncoveredOperations()).containsExactly("log_crm_failure", "queue_retry");
    assertThat(onlyOk.uncoveredBranches()).containsExactly("push_to_crm:reject", "log_crm_failure:resolve");
    assertThat(onlyOk.complete()).isFalse();
    FlowTestResult down = run("{\"name\": \"down\", " + TRIGGER + ", "
        + "\"mock\": {\"push_to_crm\": {\"reject\": {}}, \"queue_retry\": {\"resolve\": 1}}}");
    Coverage both = Coverage.of(flow, List.of(ok, down));
    assertThat(both.uncoveredOperations()).isEmpty();
    assertThat(both.uncoveredBranches()).isEmpty();
    assertThat(both.complete()).isTrue();
    assertThat(Coverage.of(flow, List.of()).uncoveredOperations()).hasSize(5);
  }
}
