package dev.flowsmith.workspace.flowtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.format.FlowReader;
import dev.flowsmith.model.Flow;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Completing a test's trigger per trigger type, as the workspace's trigger sources do. */
class TestTriggerTest {

  private static Flow example(String name) throws Exception {
    return FlowReader.read(Path.of("resources/examples", name + ".json")).single();
  }

  private static TestTrigger.Start start(Flow flow, String testJson) throws Exception {
    FlowTestFile file = FlowTestReader.parse("{\"flow\": \"" + flow.id() + "\", \"tests\": [" + testJson + "]}",
        Path.of("tests/t.test.json"));
    return TestTrigger.of(flow, file.cases().get(0), 9000);
  }

  @Test
  void manualFlowGetsAPostWithTheAdminCallerAndTheServersChecks() throws Exception {
    Flow invoices = example("invoice-totals");
    TestTrigger.Start ok = start(invoices, "{\"name\": \"a\", \"trigger\": {\"body\": {\"collection\": \"invoices\", "
        + "\"keys\": [\"1\"]}, \"query\": {\"x\": \"1\"}}}");
    assertThat(ok.problem()).isNull();
    assertThat(JsJson.stringify(ok.trigger()).orElseThrow()).isEqualTo("{\"path\":\"/trigger/" + invoices.id()
        + "\",\"query\":{\"x\":\"1\"},\"body\":{\"collection\":\"invoices\",\"keys\":[\"1\"]},\"method\":\"POST\","
        + "\"headers\":{\"content-type\":\"application/json\",\"host\":\"127.0.0.1:9000\"}}");
    assertThat(JsJson.stringify(ok.accountability()).orElseThrow()).contains("\"admin\":true");
    TestTrigger.Start wrongCollection = start(invoices, "{\"name\": \"a\", \"trigger\": {\"body\": "
        + "{\"collection\": \"articles\", \"keys\": [\"1\"]}}}");
    assertThat(wrongCollection.problem()).contains("403").contains("collection");
    TestTrigger.Start noKeys = start(invoices, "{\"name\": \"a\", \"trigger\": {\"body\": {\"collection\": \"invoices\"}}}");
    assertThat(noKeys.problem()).contains("keys");
    TestTrigger.Start typo = start(invoices, "{\"name\": \"a\", \"trigger\": {\"bdy\": {}}}");
    assertThat(typo.problem()).startsWith("trigger.bdy:");
  }

  @Test
  void scheduleGetsNullAndAGivenAccountabilityWins() throws Exception {
    Flow cleanup = example("scheduled-cleanup");
    TestTrigger.Start schedule = start(cleanup, "{\"name\": \"a\", \"accountability\": {\"admin\": false}}");
    assertThat(schedule.trigger()).isEqualTo(dev.flowsmith.engine.value.JsValue.NULL);
    assertThat(JsJson.stringify(schedule.accountability()).orElseThrow()).isEqualTo("{\"admin\":false}");
    Flow webhook = example("webhook-with-error-branch");
    TestTrigger.Start anonymous = start(webhook, "{\"name\": \"a\", \"accountability\": null}");
    assertThat(anonymous.accountability()).isEqualTo(dev.flowsmith.engine.value.JsValue.NULL);
    TestTrigger.Start whole = start(webhook, "{\"name\": \"a\", \"trigger\": {\"path\": \"/x\", \"method\": \"PUT\"}}");
    assertThat(JsJson.stringify(whole.trigger()).orElseThrow()).isEqualTo("{\"path\":\"/x\",\"method\":\"PUT\"}");
    Flow event = example("email-on-publish");
    assertThat(JsJson.stringify(start(event, "{\"name\": \"a\", \"trigger\": {\"event\": \"e\"}}").trigger())
        .orElseThrow()).isEqualTo("{\"event\":\"e\"}");
  }
}
