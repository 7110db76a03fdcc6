package dev.flowsmith.engine.run;

import static dev.flowsmith.engine.run.FlowText.flow;
import static dev.flowsmith.engine.run.FlowText.js;
import static dev.flowsmith.engine.run.FlowText.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowsmith.engine.operation.LogSink;
import dev.flowsmith.engine.operation.RunServices;
import dev.flowsmith.engine.TestOperations;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.model.Flow;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The run loop of engine.md §4, with the multi-operation vectors of §12.3 it can run on its own. */
class FlowRunnerTest {

  private final List<String> logLines = new ArrayList<>();
  private final RunServices services = RunServices.builder()
      .add(LogSink.class, (flow, key, message) -> logLines.add(key + ": " + message)).build();

  private RunResult run(Flow flow, String trigger) throws FlowRunException {
    return new FlowRunner(TestOperations.registry(), FlowSource.NONE, RunLimits.DEFAULT)
        .run(RunRequest.of(flow, js(trigger), services));
  }

  private static List<String> steps(RunResult result) {
    return result.steps().stream().map(s -> s.key() + ":" + s.status().id()).toList();
  }

  @Test
  void c05ThrowErrorRejectsAndTheRejectPathSeesTheError() throws Exception {
    Flow flow = flow("webhook", "{'method':'POST'}", "boom",
        "{'id':'boom','key':'boom','type':'throw-error','options':{'code':'my_code','status':'422',"
            + "'message':'Bad {{ $trigger.body.x }}'},'reject':'after'}",
        "{'id':'after','key':'after','type':'transform','options':{'json':{'raw':'{{ boom }}',"
            + "'msg':'{{ boom.message }}','code':'{{ $last.code }}','str':'e={{ boom }}'}}}");

    RunResult result = run(flow, "{'path':'/trigger/x','query':{},'body':{'x':42},'method':'POST',"
        + "'headers':{'authorization':'Bearer abc'}}");

    assertThat(steps(result)).containsExactly("boom:reject", "after:resolve");
    assertThat(text(result.steps().get(0).options())).isEqualTo(
        "{\"code\":\"my_code\",\"status\":\"422\",\"message\":\"Bad 42\"}");
    assertThat(text(result.result())).isEqualTo("{\"raw\":{\"name\":\"DirectusError\",\"code\":\"MY_CODE\","
        + "\"status\":422},\"msg\":\"Bad 42\",\"code\":\"MY_CODE\",\"str\":\"e={\\\"name\\\":\\\"DirectusError\\\","
        + "\\\"code\\\":\\\"MY_CODE\\\",\\\"status\\\":422}\"}");
    assertThat(result.thrown()).isFalse();
    JsObject log = result.log();
    assertThat(text(((JsObject) log.get("data")).get("boom")))
        .isEqualTo("{\"name\":\"DirectusError\",\"message\":\"Bad 42\"}");
    assertThat(text(((JsObject) log.get("data")).get("$trigger"))).contains("\"authorization\":\"--redacted--\"");
  }

  @Test
  void c07AnUnknownTypeStopsTheRunWithStatusUnknown() throws Exception {
    Flow flow = flow("operation", "{'return':'$all'}", "mystery",
        "{'id':'mystery','key':'mystery','type':'not-installed','options':{'a':'{{ $trigger }}'},'resolve':'never'}",
        "{'id':'never','key':'never','type':'log','options':{}}");

    RunResult result = run(flow, "{'a':1}");

    assertThat(text(result.result())).isEqualTo(
        "{\"$trigger\":{\"a\":1},\"$last\":null,\"$accountability\":null,\"$env\":{},\"mystery\":null}");
    assertThat(result.lastStatus()).isEqualTo(StepStatus.UNKNOWN);
    assertThat(text(result.log().get("steps")))
        .isEqualTo("[{\"operation\":\"mystery\",\"key\":\"mystery\",\"status\":\"unknown\",\"options\":null}]");
  }

  @Test
  void c08ATemplateErrorRejectsWithTheUnrenderedOptions() throws Exception {
    Flow flow = flow("operation", "{'return':'rec'}", "bad",
        "{'id':'bad','key':'bad','type':'transform','options':{'json':'x {{ oops'},'reject':'rec'}",
        "{'id':'rec','key':'rec','type':'transform','options':{'json':{'err':'{{ $last.message }}',"
            + "'name':'{{ bad.name }}'}}}");

    RunResult result = run(flow, "null");

    assertThat(text(result.result())).isEqualTo("{\"err\":\"Missing \\\"}}\\\" in the template for the \\\"{{\\\" "
        + "at position 2 within 1000 characters\",\"name\":\"SyntaxError\"}");
    assertThat(text(result.steps().get(0).options())).isEqualTo("{\"json\":\"x {{ oops\"}");
    assertThat(text(result.chain().get("bad"))).isEqualTo("{}");
    assertThat(text(((JsObject) result.log().get("data")).get("bad"))).startsWith("{\"name\":\"SyntaxError\",");
  }

  @Test
  void c10EnvValuesAreMaskedInTheRunLogButNotInTheLogLine() throws Exception {
    Flow flow = flow("schedule", "{'cron':'0 3 * * *'}", "script",
        "{'id':'script','key':'script','type':'throw-error','options':{'message':'key={{ $env.API_KEY }}'},"
            + "'reject':'log'}",
        "{'id':'log','key':'log','type':'log','options':{'message':'{{ script }}'}}");
    RunRequest request = RunRequest.of(flow, JsValue.NULL, services).withEnv((JsObject) js("{'API_KEY':'s3cr3t'}"));

    RunResult result = new FlowRunner(TestOperations.registry(), FlowSource.NONE, RunLimits.DEFAULT)
        .run(request);

    assertThat(text(result.chain().get("$env"))).isEqualTo("{\"API_KEY\":\"s3cr3t\"}");
    JsObject log = result.log();
    assertThat(text(log.get("steps"))).contains("\"message\":\"key=--redacted:API_KEY--\"");
    assertThat(text(((JsObject) log.get("data")).get("$env"))).isEqualTo("{\"API_KEY\":\"--redacted:API_KEY--\"}");
    assertThat(logLines).singleElement().asString().contains("key=s3cr3t");
  }

  @Test
  void c12ATransformGivenAsJsonTextIsRenderedThenParsed() throws Exception {
    Flow flow = flow("event", "{'type':'filter','scope':['items.create'],'collections':['directus_users']}",
        "parsed", "{'id':'parsed','key':'parsed','type':'transform','options':{'json':"
            + "'{\\'n\\': {{ $trigger.payload.n }}, \\'s\\': \\'{{ $trigger.payload.s }}\\'}'}}");
    RunResult result = run(flow, "{'payload':{'n':3,'s':'x','password':'pw'},'event':'users.create',"
        + "'collection':'directus_users'}");

    assertThat(text(result.chain().get("parsed"))).isEqualTo("{\"n\":3,\"s\":\"x\"}");
    assertThat(text(result.steps().get(0).options())).isEqualTo("{\"json\":\"{\\\"n\\\": 3, \\\"s\\\": \\\"x\\\"}\"}");
    assertThat(text(((JsObject) result.log().get("data")).get("$trigger"))).contains("\"password\":\"--redacted--\"");
    assertThat(result.result().isUndefined()).isTrue();
  }

  @Test
  void aRejectWithoutARejectPathEndsTheRun() throws Exception {
    Flow flow = flow("operation", "{}", "boom",
        "{'id':'boom','key':'boom','type':'throw-error','options':{},'resolve':'next'}",
        "{'id':'next','key':'next','type':'log','options':{}}");
    RunResult result = run(flow, "{}");
    assertThat(steps(result)).containsExactly("boom:reject");
    assertThat(result.chain().get("$last")).isEqualTo(result.chain().get("boom"));
  }

  @Test
  void chainKeysAreInExecutionOrderAndLastStaysSecond() throws Exception {
    Flow flow = flow("operation", "{'return':'$all'}", "a",
        "{'id':'a','key':'a','type':'transform','options':{'json':{'n':1}},'resolve':'b'}",
        "{'id':'b','key':'b','type':'transform','options':{'json':'{{ a.n }}'}}");
    RunResult result = run(flow, "{}");
    assertThat(result.chain().keys()).containsExactly("$trigger", "$last", "$accountability", "$env", "a", "b");
    assertThat(text(result.chain().get("$last"))).isEqualTo("1");
  }

  @Test
  void aLoopIsRefusedBeforeAnythingRuns() {
    Flow flow = flow("operation", "{}", "a",
        "{'id':'a','key':'a','type':'log','options':{},'resolve':'b'}",
        "{'id':'b','key':'b','type':'log','options':{},'resolve':'a'}");
    assertThatThrownBy(() -> run(flow, "{}")).isInstanceOf(FlowRunException.class)
        .hasMessageContaining("has a loop (a → b → …)");
    assertThat(logLines).isEmpty();
  }

  @Test
  void aDanglingLinkIsRefusedAsDirectusRefusesToLoadIt() {
    Flow flow = flow("operation", "{}", "a", "{'id':'a','key':'a','type':'log','options':{},'resolve':'gone'}");
    assertThatThrownBy(() -> run(flow, "{}")).hasMessageContaining("Undefined reference in operations");
  }

  @Test
  void aFlowWithoutOperationsEndsUnknown() throws Exception {
    RunResult result = run(flow("webhook", "{}", null), "{'x':1}");
    assertThat(result.steps()).isEmpty();
    assertThat(result.lastStatus()).isEqualTo(StepStatus.UNKNOWN);
    assertThat(text(result.result())).isEqualTo("{\"x\":1}");
  }
}
