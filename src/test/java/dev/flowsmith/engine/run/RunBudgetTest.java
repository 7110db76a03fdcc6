package dev.flowsmith.engine.run;

import static dev.flowsmith.engine.run.FlowText.flow;
import static dev.flowsmith.engine.run.FlowText.js;
import static dev.flowsmith.engine.run.FlowText.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowsmith.engine.TestOperations;
import dev.flowsmith.engine.Cancellation;
import dev.flowsmith.engine.operation.ParallelRuns;
import dev.flowsmith.engine.operation.RunServices;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.model.Flow;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Run budgets and the depth limit (issue 17 items 1 and 2): what stops a run, and how it shows. */
class RunBudgetTest {

  /** Issue 17's fan-out: a flow that triggers itself with a two-item array, in parallel. */
  private static final Flow FAN_OUT = flow("{'id':'fan','name':'Fan','status':'active','trigger':'operation',"
      + "'accountability':'all','options':{'return':'$last'},'operation':'again','operations':[{'id':'again',"
      + "'key':'again','type':'trigger','position_x':19,'position_y':1,'flow':'fan','options':{'flow':'fan',"
      + "'payload':[1,2],'iterationMode':'parallel'}}]}");

  /** A flow that triggers itself once, passing its payload on. */
  private static final Flow SELF = flow("{'id':'rec','name':'Recursive','status':'active','trigger':'operation',"
      + "'accountability':'all','options':{'return':'$last'},'operation':'again','operations':[{'id':'again',"
      + "'key':'again','type':'trigger','position_x':19,'position_y':1,'flow':'rec','options':{'flow':'rec',"
      + "'payload':'{{ $trigger }}'}}]}");

  /** A flow that returns its payload. */
  private static final Flow CHILD = flow("{'id':'child','name':'Child','status':'active','trigger':'operation',"
      + "'accountability':null,'options':{'return':'$last'},'operation':'x','operations':[{'id':'x','key':'x',"
      + "'type':'transform','position_x':19,'position_y':1,'flow':'child','options':{'json':'{{ $trigger }}'}}]}");

  private final AtomicInteger flowsStarted = new AtomicInteger();
  private final Set<String> threads = ConcurrentHashMap.newKeySet();

  private RunResult run(Flow flow, RunLimits limits, List<Flow> workspace) throws FlowRunException {
    RunListener counting = new RunListener() {
      @Override
      public void runStarted(RunStart start) {
        flowsStarted.incrementAndGet();
        threads.add(Thread.currentThread().getName());
      }
    };
    return new FlowRunner(TestOperations.registry(), FlowSource.of(workspace), limits)
        .run(RunRequest.of(flow, js("{'n':1}"), RunServices.builder().build()).withListener(counting));
  }

  private static JsError error(JsValue value) {
    assertThat(value).isInstanceOf(JsError.class);
    return (JsError) value;
  }

  @Test
  void theFanOutStopsAtTheDefaultBudgetWithinASecondOnABoundedPool() throws Exception {
    run(FAN_OUT, RunLimits.DEFAULT.withMaxFlowDepth(10_000), List.of(FAN_OUT)); // warm up the JIT and the pool
    flowsStarted.set(0);
    threads.clear();

    long start = System.nanoTime();
    RunResult result = run(FAN_OUT, RunLimits.DEFAULT.withMaxFlowDepth(10_000), List.of(FAN_OUT));
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(result.lastStatus()).isEqualTo(StepStatus.REJECT);
    JsError stop = error(result.chain().get("again"));
    assertThat(stop.get("code")).isEqualTo(JsValue.of("FLOWSMITH_BUDGET"));
    assertThat(stop.message()).isEqualTo("Run budget exceeded: 1,000 flows (set budgets.maxFlows in workspace.json"
        + " or --max-flows)");
    assertThat(flowsStarted.get()).isEqualTo(1_000);
    // the shared pool, never a thread per item; besides it only the caller and a fresh stack every 64 levels
    assertThat(threads.stream().filter(name -> name.startsWith("flowsmith-subflow-")).count())
        .isLessThanOrEqualTo(ParallelRuns.DEFAULT_THREADS);
    assertThat(threads.stream().filter(name -> !name.startsWith("flowsmith-subflow-")).count())
        .isLessThanOrEqualTo(1 + 1_000 / 64);
    System.out.println("fan-out stopped after " + flowsStarted.get() + " flows in " + millis + " ms on "
        + threads.size() + " threads");
    assertThat(millis).as("the fan-out stops within a second (allowing for a loaded machine)").isLessThan(3_000);
  }

  @Test
  void atTheDefaultDepthTheFanOutStopsWithTheDepthErrorOnEveryLevel() throws Exception {
    RunResult result = run(FAN_OUT, RunLimits.DEFAULT, List.of(FAN_OUT));

    assertThat(result.lastStatus()).isEqualTo(StepStatus.REJECT);
    JsError stop = error(result.chain().get("again"));
    assertThat(stop.get("code")).isEqualTo(JsValue.of("FLOWSMITH_DEPTH"));
    assertThat(stop.message()).startsWith("Flow depth limit exceeded: flows started by Trigger Flow operations are"
        + " nested deeper than 16 levels (flow \"Fan\"");
    assertThat(flowsStarted.get()).isLessThanOrEqualTo(1_000);
    // the run log and the JSON chain show the error, not {}
    assertThat(text(result.chain().get("again"))).contains("\"code\":\"FLOWSMITH_DEPTH\"");
    assertThat(text(result.log().get("data"))).contains("Flow depth limit exceeded");
  }

  @Test
  void aDeepSelfTriggerStopsAtItsDepthLimitWithoutOverflowingTheStack() throws Exception {
    RunResult result = run(SELF, RunLimits.DEFAULT.withMaxFlowDepth(3_000).withMaxFlows(5_000), List.of(SELF));

    JsError stop = error(result.chain().get("again"));
    assertThat(stop.get("code")).isEqualTo(JsValue.of("FLOWSMITH_DEPTH"));
    assertThat(stop.message()).contains("nested deeper than 3,000 levels");
    assertThat(flowsStarted.get()).isEqualTo(3_001);
    assertThat(result.lastStatus()).isEqualTo(StepStatus.REJECT);
  }

  @Test
  void depthLimitsBeyondTheCeilingAndBelowOneAreRefused() {
    assertThatThrownBy(() -> RunLimits.DEFAULT.withMaxFlowDepth(1_000_000))
        .hasMessage("maxFlowDepth must be at most 10,000, found 1,000,000");
    assertThatThrownBy(() -> RunLimits.DEFAULT.withMaxFlowDepth(0)).hasMessage("maxFlowDepth must be at least 1, found 0");
    assertThatThrownBy(() -> RunLimits.DEFAULT.withMaxSteps(-1)).hasMessage("maxSteps must be at least 1, found -1");
    assertThatThrownBy(() -> RunLimits.DEFAULT.withMaxRunTime(Duration.ZERO)).hasMessageContaining("maxRunTime");
  }

  @Test
  void theStepBudgetRejectsTheFirstStepOverItAndEndsTheRun() throws Exception {
    Flow flow = flow("manual", "{}", "a",
        "{'id':'a','key':'a','type':'transform','resolve':'b','reject':null,'options':{'json':1}}",
        "{'id':'b','key':'b','type':'transform','resolve':'c','reject':null,'options':{'json':2}}",
        "{'id':'c','key':'c','type':'transform','resolve':'d','reject':null,'options':{'json':3}}",
        "{'id':'d','key':'d','type':'transform','resolve':null,'reject':null,'options':{'json':4}}");
    RunResult result = run(flow, RunLimits.DEFAULT.withMaxSteps(2), List.of());

    assertThat(result.steps()).extracting(StepRecord::key).containsExactly("a", "b", "c");
    assertThat(result.steps()).extracting(StepRecord::status)
        .containsExactly(StepStatus.RESOLVE, StepStatus.RESOLVE, StepStatus.REJECT);
    JsError stop = error(result.chain().get("c"));
    assertThat(stop.message()).isEqualTo("Run budget exceeded: 2 steps (set budgets.maxSteps in workspace.json or "
        + "--max-steps)");
    assertThat(stop.get("code")).isEqualTo(JsValue.of("FLOWSMITH_BUDGET"));
  }

  @Test
  void theStepBudgetCountsTheStepsOfEveryFlowTheRunStarts() throws Exception {
    Flow parent = flow("manual", "{}", "t",
        "{'id':'t','key':'t','type':'trigger','resolve':null,'reject':null,'options':{'flow':'child',"
            + "'payload':[1,2,3,4,5],'iterationMode':'serial'}}");
    RunResult result = run(parent, RunLimits.DEFAULT.withMaxSteps(4), List.of(CHILD));

    // t, then children 1-3 (steps 2-4); child 4's step is the fifth and is stopped; the stop reaches t
    assertThat(error(result.chain().get("t")).message()).startsWith("Run budget exceeded: 4 steps");
    assertThat(result.lastStatus()).isEqualTo(StepStatus.REJECT);
    assertThat(flowsStarted.get()).isEqualTo(5);
  }

  @Test
  void theRunTimeBudgetInterruptsTheStepUnderWayAndNamesTheLimit() throws Exception {
    Flow flow = flow("manual", "{}", "nap",
        "{'id':'nap','key':'nap','type':'sleep','resolve':'after','reject':null,'options':{'milliseconds':60000}}",
        "{'id':'after','key':'after','type':'transform','resolve':null,'reject':null,'options':{'json':1}}");
    long start = System.nanoTime();
    RunResult result = run(flow, RunLimits.DEFAULT.withMaxRunTime(Duration.ofMillis(200)), List.of());

    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    assertThat(result.steps()).extracting(StepRecord::status).containsExactly(StepStatus.REJECT);
    assertThat(error(result.chain().get("nap")).message()).isEqualTo("Run budget exceeded: 200 ms of run time (set "
        + "budgets.maxRunTime in workspace.json or --max-run-time)");
    assertThat(result.cancelled()).isFalse();
  }

  @Test
  void aUserCancellationStillCancelsAndSaysSo() throws Exception {
    Flow flow = flow("manual", "{}", "nap",
        "{'id':'nap','key':'nap','type':'sleep','resolve':null,'reject':null,'options':{'milliseconds':60000}}");
    Cancellation stop = new Cancellation();
    new Thread(() -> {
      try {
        Thread.sleep(100);
      } catch (InterruptedException ignored) {
        Thread.currentThread().interrupt();
      }
      stop.cancel();
    }).start();
    RunResult result = new FlowRunner(TestOperations.registry(), FlowSource.NONE, RunLimits.DEFAULT)
        .run(RunRequest.of(flow, JsValue.NULL, RunServices.builder().build()).withCancellation(stop));
    assertThat(result.cancelled()).isTrue();
    assertThat(error(result.chain().get("nap")).message()).isEqualTo("The run was cancelled");
  }

  @Test
  void theChainBudgetRejectsTheStepWhoseValueBreaksItAndDropsTheValue() throws Exception {
    Flow flow = flow("manual", "{}", "small",
        "{'id':'small','key':'small','type':'transform','resolve':'big','reject':null,'options':{'json':{'a':1}}}",
        "{'id':'big','key':'big','type':'transform','resolve':null,'reject':null,'options':{'json':{'s':'"
            + "x".repeat(5000) + "'}}}");
    RunResult result = run(flow, RunLimits.DEFAULT.withMaxChainBytes(1_000), List.of());

    assertThat(result.steps()).extracting(StepRecord::status).containsExactly(StepStatus.RESOLVE, StepStatus.REJECT);
    JsError stop = error(result.chain().get("big"));
    assertThat(stop.message()).isEqualTo("Run budget exceeded: 1,000 bytes of data chain (set budgets.maxChainBytes"
        + " in workspace.json or --max-chain-bytes)");
    assertThat(text(result.chain())).doesNotContain("xxxxxxxxxx");
  }

  @Test
  void ordinaryFlowsStayFarBelowTheDefaults() throws Exception {
    Flow parent = flow("manual", "{}", "t",
        "{'id':'t','key':'t','type':'trigger','resolve':null,'reject':null,'options':{'flow':'child',"
            + "'payload':[" + "1,".repeat(499) + "1],'iterationMode':'parallel'}}");
    RunResult result = run(parent, RunLimits.DEFAULT, List.of(CHILD));
    assertThat(result.lastStatus()).isEqualTo(StepStatus.RESOLVE);
    assertThat(text(result.chain().get("t"))).startsWith("[1,1,1");
  }
}
