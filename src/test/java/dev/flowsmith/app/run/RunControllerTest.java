package dev.flowsmith.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.app.Examples;
import dev.flowsmith.app.canvas.TileMark;
import dev.flowsmith.app.runtime.AppRuntime;
import dev.flowsmith.engine.run.RunListener;
import dev.flowsmith.engine.run.RunStart;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.Link;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run view-model without a stage: state changes apply on the run thread ({@code Runnable::run}). */
class RunControllerTest {

  @TempDir Path dir;
  private AppRuntime runtime;
  private RunController controller;

  @BeforeEach
  void open() throws Exception {
    runtime = RunFixtures.runtime(dir);
    controller = new RunController(runtime, Runnable::run);
  }

  @AfterEach
  void close() {
    controller.close();
    runtime.close();
  }

  @Test
  void webhookRunTakesTheErrorBranchAndShowsItsPath() throws Exception {
    Flow flow = RunFixtures.example(Examples.WEBHOOK);
    TriggerInput input = TriggerInput.webhook(JsonObject.EMPTY, JsonObject.EMPTY,
        JsonObject.builder().put("email", "ada@example.com").build());
    controller.start(flow, input).get(60, TimeUnit.SECONDS);

    assertThat(controller.steps()).extracting(LiveStep::key)
        .containsExactly("lead_payload", "push_to_crm", "log_crm_failure", "queue_retry");
    assertThat(controller.steps()).extracting(LiveStep::status)
        .containsExactly("resolve", "reject", "resolve", "reject"); // the empty store has no retry queue
    LiveStep first = controller.steps().get(0);
    assertThat(first.value()).isInstanceOf(JsonObject.class);
    assertThat(((JsonObject) first.value()).get("email")).contains(JsonValue.of("ada@example.com"));
    assertThat(first.chainAfter().members().keySet())
        .containsExactly("$trigger", "$last", "$accountability", "$env", "lead_payload");
    assertThat(controller.recordProperty().get()).isNotNull();
    assertThat(controller.recordProperty().get().source()).isEqualTo("app");
    assertThat(controller.rejectionProperty().get()).startsWith("step queue_retry (item-create) rejected: ");
    assertThat(controller.runningProperty().get()).isFalse();

    RunOverlay overlay = controller.overlay();
    assertThat(overlay.marks()).containsEntry("963bb55c-0a3d-4cbb-8d6c-9b2fe0fbd413", TileMark.RESOLVED)
        .containsEntry("6b7d5263-f53f-4232-b800-4fa52adaa1ba", TileMark.REJECTED)
        .containsEntry("83ca83b9-c813-4fea-acc4-cf9f5da3bd49", TileMark.DIMMED);
    assertThat(overlay.links()).contains(new Link(null, "963bb55c-0a3d-4cbb-8d6c-9b2fe0fbd413", Link.Kind.ENTRY),
        new Link("6b7d5263-f53f-4232-b800-4fa52adaa1ba", "d292aa72-4df9-4ef2-b09c-eba1c3dd7e27", Link.Kind.REJECT))
        .hasSize(4);
  }

  @Test
  void manualInvoiceRunGetsTheBodyWithCollectionAndKeys() throws Exception {
    Flow flow = RunFixtures.example(Examples.INVOICE_TOTALS);
    controller.start(flow, TriggerInput.manual("invoices", List.of(JsonValue.of("7")), JsonObject.EMPTY))
        .get(60, TimeUnit.SECONDS);

    assertThat(controller.errorProperty().get()).isNull();
    assertThat(controller.steps()).isNotEmpty();
    assertThat(controller.steps().get(0).key()).isEqualTo("read_lines");
    JsonObject chain = controller.steps().get(0).chainAfter();
    JsonObject trigger = (JsonObject) chain.get("$trigger").orElseThrow();
    assertThat(trigger.get("method")).contains(JsonValue.of("POST"));
    assertThat(((JsonObject) trigger.get("body").orElseThrow()).get("keys"))
        .contains(new JsonValue.JsonArray(List.of(JsonValue.of("7"))));
    assertThat(((JsonObject) chain.get("$accountability").orElseThrow()).get("admin")).contains(JsonValue.TRUE);
    assertThat(controller.overlay().marks()).containsEntry("409faa6f-f23c-4bca-99fc-1ef159f1bedd",
        controller.steps().get(0).rejected() ? TileMark.REJECTED : TileMark.RESOLVED);
  }

  @Test
  void aBreakpointPausesBeforeItsStepThenContinueFinishes() throws Exception {
    Flow flow = RunFixtures.threeSteps();
    controller.toggleBreakpoint("b");
    CompletableFuture<Void> done = controller.start(flow, input(5));
    waitUntil(() -> controller.pausedProperty().get());

    assertThat(controller.pausedBeforeProperty().get()).isEqualTo("b");
    assertThat(controller.currentOperationProperty().get()).isEqualTo("b");
    assertThat(controller.overlay().marks()).containsEntry("a", TileMark.RESOLVED).containsEntry("b",
        TileMark.RUNNING);
    assertThat(controller.steps()).extracting(LiveStep::key).containsExactly("a");
    assertThat(controller.chainSoFarProperty().get().members().keySet())
        .containsExactly("$trigger", "$last", "$accountability", "$env", "a");

    controller.continueRun();
    done.get(10, TimeUnit.SECONDS);
    assertThat(controller.pausedProperty().get()).isFalse();
    assertThat(controller.steps()).extracting(LiveStep::key).containsExactly("a", "b", "c");
    assertThat(controller.steps().get(1).value()).isEqualTo(JsonObject.builder().put("from_a", JsonValue.of(5)).build());
  }

  @Test
  void stepToNextPausesAtTheFollowingOperation() throws Exception {
    controller.toggleBreakpoint("a");
    CompletableFuture<Void> done = controller.start(RunFixtures.threeSteps(), input(1));
    waitUntil(() -> "a".equals(controller.pausedBeforeProperty().get()));
    assertThat(controller.steps()).isEmpty();

    controller.stepToNext();
    waitUntil(() -> "b".equals(controller.pausedBeforeProperty().get()));
    assertThat(controller.steps()).extracting(LiveStep::key).containsExactly("a");

    controller.continueRun();
    done.get(10, TimeUnit.SECONDS);
    assertThat(controller.steps()).hasSize(3);
  }

  @Test
  void stopCancelsALongSleepQuickly() throws Exception {
    CompletableFuture<Void> done = controller.start(RunFixtures.sleeper(60_000), TriggerInput.payload(JsonValue.NULL));
    waitUntil(() -> "nap".equals(controller.currentOperationProperty().get()));
    long before = System.nanoTime();
    controller.stop();
    done.get(5, TimeUnit.SECONDS);

    assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(3));
    // the sleep rejects with the cancellation and the run ends there (nap has no reject branch)
    assertThat(controller.steps()).extracting(LiveStep::key).containsExactly("nap");
    assertThat(controller.rejectionProperty().get()).isEqualTo("step nap (sleep) rejected: The run was cancelled");
  }

  @Test
  void runsNeverExecuteOnTheCallingThread() throws Exception {
    List<String> threads = new CopyOnWriteArrayList<>();
    runtime.runtime().addListener(new RunListener() {
      @Override
      public void runStarted(RunStart start) {
        threads.add(Thread.currentThread().getName());
      }
    });
    controller.start(RunFixtures.threeSteps(), input(1)).get(10, TimeUnit.SECONDS);
    assertThat(threads).hasSize(1).doesNotContain(Thread.currentThread().getName());
    assertThat(threads.get(0)).isEqualTo("flowsmith-run");
  }

  @Test
  void aStoredRunShowsInTheSamePanel() throws Exception {
    Flow flow = RunFixtures.threeSteps();
    controller.start(flow, input(3)).get(10, TimeUnit.SECONDS);
    var stored = controller.recordProperty().get();

    RunController other = new RunController(runtime, Runnable::run);
    other.show(stored, flow);
    assertThat(other.steps()).extracting(LiveStep::key).containsExactly("a", "b", "c");
    assertThat(other.steps().get(1).chainAfter().get("b")).isEqualTo(controller.steps().get(1).chainAfter().get("b"));
    assertThat(other.overlay()).isEqualTo(controller.overlay());
    other.close();
  }

  @Test
  void aThrownDirectusErrorShowsItsMessageCodeAndStatusUpFront() throws Exception {
    Flow flow = RunFixtures.flow("operation", "{}", dev.flowsmith.workspace.TestWorkspace.op("boom", "throw-error",
        "{\"code\":\"not_today\",\"status\":\"418\",\"message\":\"Nope\"}", null, null));
    controller.start(flow, TriggerInput.payload(JsonValue.NULL)).get(10, TimeUnit.SECONDS);
    assertThat(controller.rejectionProperty().get()).isEqualTo("step boom (throw-error) rejected: Nope [NOT_TODAY] [418]");
    assertThat(controller.overlay().marks()).containsEntry("boom", TileMark.REJECTED);

    // a stored log has no code or status (engine.md §8.2): the message still leads
    RunController stored = new RunController(runtime, Runnable::run);
    stored.show(controller.recordProperty().get(), flow);
    assertThat(stored.rejectionProperty().get()).isEqualTo("step boom (throw-error) rejected: Nope");
    stored.close();
  }

  @Test
  void aFlowThatCannotRunSaysWhy() throws Exception {
    Flow loop = RunFixtures.flow("operation", "{}",
        dev.flowsmith.workspace.TestWorkspace.op("x", "transform", "{}", "y", null),
        dev.flowsmith.workspace.TestWorkspace.op("y", "transform", "{}", "x", null));
    controller.start(loop, TriggerInput.payload(JsonValue.NULL)).get(10, TimeUnit.SECONDS);
    assertThat(controller.errorProperty().get()).startsWith("The flow cannot run: ");
    assertThat(controller.runningProperty().get()).isFalse();
    assertThat(controller.recordProperty().get()).isNull();
  }

  private static TriggerInput input(int n) {
    return TriggerInput.webhook(JsonObject.EMPTY, JsonObject.EMPTY, JsonObject.builder().put("n", JsonValue.of(n))
        .build());
  }

  static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting");
      }
      Thread.sleep(10);
    }
  }
}
