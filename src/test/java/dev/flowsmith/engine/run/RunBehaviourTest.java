package dev.flowsmith.engine.run;

import static dev.flowsmith.engine.run.FlowText.flow;
import static dev.flowsmith.engine.run.FlowText.js;
import static dev.flowsmith.engine.run.FlowText.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.Cancellation;
import dev.flowsmith.engine.TestOperations;
import dev.flowsmith.engine.operation.OperationContext;
import dev.flowsmith.engine.operation.OperationHandler;
import dev.flowsmith.engine.operation.RunServices;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.Operation;
import dev.flowsmith.model.OperationType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Result selection (§4.5), events, cancellation, crash containment and concurrency of runs. */
class RunBehaviourTest {

  private static final String REJECTING = "{'id':'boom','key':'boom','type':'throw-error','options':{}}";

  private static RunResult run(Flow flow, RunRequest request) throws FlowRunException {
    return new FlowRunner(TestOperations.registry(), FlowSource.NONE, RunLimits.DEFAULT).run(request);
  }

  private static RunResult run(Flow flow) throws FlowRunException {
    return run(flow, RunRequest.of(flow, js("{}"), RunServices.builder().build()));
  }

  @Test
  void errorOnRejectMakesASynchronousWebhookThrowLast() throws Exception {
    RunResult thrown = run(flow("webhook", "{'error_on_reject':true}", "boom", REJECTING));
    assertThat(thrown.thrown()).isTrue();
    assertThat(thrown.result()).isEqualTo(thrown.chain().get("boom"));

    assertThat(run(flow("webhook", "{'error_on_reject':true,'async':true}", "boom", REJECTING)).thrown()).isFalse();
    assertThat(run(flow("webhook", "{}", "boom", REJECTING)).thrown()).isFalse();
    assertThat(run(flow("manual", "{'collections':['a'],'error_on_reject':true}", "boom", REJECTING)).thrown())
        .isTrue();
  }

  @Test
  void aFilterEventFlowThatEndsOnARejectThrows() throws Exception {
    assertThat(run(flow("event", "{'type':'filter','scope':['items.create'],'collections':['a']}", "boom",
        REJECTING)).thrown()).isTrue();
    assertThat(run(flow("event", "{'type':'action','scope':['items.create'],'collections':['a']}", "boom",
        REJECTING)).thrown()).isFalse();
  }

  @Test
  void returnSelectsAPathManualAlwaysReturnsLastOperationDefaultsToUndefined() throws Exception {
    String calc = "{'id':'calc','key':'calc','type':'transform','options':{'json':{'a':1,'b':[null,1]}}}";
    assertThat(text(run(flow("operation", "{'return':'calc.b'}", "calc", calc)).result())).isEqualTo("[null,1]");
    assertThat(run(flow("operation", "{'return':'calc.missing'}", "calc", calc)).result().isUndefined()).isTrue();
    assertThat(run(flow("operation", "{}", "calc", calc)).result().isUndefined()).isTrue();
    assertThat(text(run(flow("manual", "{'return':'$all','collections':['x']}", "calc", calc)).result()))
        .isEqualTo("{\"a\":1,\"b\":[null,1]}");
    assertThat(text(run(flow("webhook", "{}", "calc", calc)).result())).isEqualTo("{\"a\":1,\"b\":[null,1]}");
  }

  @Test
  void listenersSeeEveryStepWithRenderedOptionsAndTheChainAfterIt() throws Exception {
    Flow flow = flow("operation", "{}", "a",
        "{'id':'a','key':'a','type':'transform','options':{'json':'{{ $trigger.n }}'},'resolve':'b'}",
        "{'id':'b','key':'b','type':'transform','options':{'json':{'twice':'{{ a }}{{ a }}'}}}");
    List<String> events = Collections.synchronizedList(new ArrayList<>());
    RunListener listener = new RunListener() {
      @Override
      public void runStarted(RunStart start) {
        events.add("start " + start.flow().id());
      }

      @Override
      public void beforeStep(String runId, Operation operation) {
        events.add("before " + operation.key());
      }

      @Override
      public void stepStarted(String runId, Operation operation, JsValue options) {
        events.add("started " + operation.key() + " " + text(options));
      }

      @Override
      public void stepFinished(String runId, StepRecord step) {
        events.add("finished " + step.key() + " " + step.status().id() + " " + text(step.chainAfter().get("$last")));
      }

      @Override
      public void runFinished(RunResult result) {
        events.add("end " + result.steps().size());
      }
    };

    run(flow, RunRequest.of(flow, js("{'n':7}"), RunServices.builder().build()).withListener(listener));

    assertThat(events).containsExactly("start f", "before a", "started a {\"json\":7}", "finished a resolve 7",
        "before b", "started b {\"json\":{\"twice\":\"77\"}}", "finished b resolve {\"twice\":\"77\"}", "end 2");
  }

  @Test
  void aCrashingOperationBecomesARejectionNotACrash() throws Exception {
    Flow flow = flow("operation", "{'return':'$last'}", "x", "{'id':'x','key':'x','type':'crashy','options':{}}");
    OperationHandler crashy = new OperationHandler() {
      @Override
      public OperationType description() {
        return OperationType.of("crashy", "Crashy", "bug_report", List.of());
      }

      @Override
      public JsValue run(JsObject options, OperationContext context) {
        throw new IllegalStateException("boom inside a plugin");
      }
    };
    RunResult result = new FlowRunner(TestOperations.registry().register(crashy), FlowSource.NONE,
        RunLimits.DEFAULT).run(RunRequest.of(flow, JsValue.NULL, RunServices.builder().build()));

    assertThat(result.lastStatus()).isEqualTo(StepStatus.REJECT);
    assertThat(text(result.log().get("data"))).contains("\"x\":{\"name\":\"Error\",\"message\":\"boom inside a plugin\"}");
  }

  @Test
  void aCancelledRunStopsInsideASleepAndSaysSo() throws Exception {
    Flow flow = flow("operation", "{}", "nap",
        "{'id':'nap','key':'nap','type':'sleep','options':{'milliseconds':60000},'resolve':'after'}",
        "{'id':'after','key':'after','type':'log','options':{}}");
    Cancellation cancellation = new Cancellation();
    CountDownLatch sleeping = new CountDownLatch(1);
    RunListener listener = new RunListener() {
      @Override
      public void stepStarted(String runId, Operation operation, JsValue options) {
        sleeping.countDown();
      }
    };
    CompletableFuture<RunResult> running = CompletableFuture.supplyAsync(() -> {
      try {
        return run(flow, RunRequest.of(flow, JsValue.NULL, RunServices.builder().build())
            .withCancellation(cancellation).withListener(listener));
      } catch (FlowRunException e) {
        throw new IllegalStateException(e);
      }
    });
    assertThat(sleeping.await(10, TimeUnit.SECONDS)).isTrue();
    cancellation.cancel();
    RunResult result = running.get(10, TimeUnit.SECONDS);

    assertThat(result.steps()).extracting(StepRecord::key).containsExactly("nap");
    assertThat(text(result.log().get("data"))).contains("The run was cancelled");
    // a stop that lands in the last step still marks the run as cancelled, not as an ordinary reject
    assertThat(result.cancelled()).isTrue();
  }

  @Test
  void aSleepingRunDoesNotHoldUpAnother() throws Exception {
    Flow sleepy = flow("operation", "{}", "nap", "{'id':'nap','key':'nap','type':'sleep','options':{'milliseconds':3000}}");
    Flow quick = flow("operation", "{'return':'$last'}", "q", "{'id':'q','key':'q','type':'transform','options':{'json':1}}");
    CompletableFuture<RunResult> slow = CompletableFuture.supplyAsync(() -> {
      try {
        return run(sleepy);
      } catch (FlowRunException e) {
        throw new IllegalStateException(e);
      }
    });
    RunResult fast = run(quick);
    assertThat(text(fast.result())).isEqualTo("1");
    assertThat(slow).isNotDone();
    assertThat(slow.get(20, TimeUnit.SECONDS).steps()).hasSize(1);
  }
}
