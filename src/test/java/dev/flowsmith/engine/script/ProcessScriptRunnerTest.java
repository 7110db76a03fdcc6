package dev.flowsmith.engine.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.flowsmith.engine.Cancellation;
import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsDate;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scripts in worker JVMs: the memory limit protects the app (engine.md §6.2, D12), workers are
 * reused, replaced and stopped. Prints the measured latencies.
 */
class ProcessScriptRunnerTest {

  /** D12's memory limit; one limit for the whole class, so one pool of warm workers. */
  private static final ScriptLimits LIMITS = new ScriptLimits(5_000, 8);
  private static final ScriptLimits TIGHT = new ScriptLimits(250, 8);
  private static final String D12_HOG = """
      const storage = [];
      const twoMegabytes = 1024 * 1024 * 2;
      while (true) {
        const array = new Uint8Array(twoMegabytes);
        for (let ii = 0; ii < twoMegabytes; ii += 4096) {
          array[ii] = 1; // we have to put something in the array to flush to real memory
        }
        storage.push(array);
      }""";

  private static ProcessScriptRunner runner;
  private static ScriptCalls calls;

  @BeforeAll
  static void startAndMeasure() {
    runner = new ProcessScriptRunner(1);
    calls = new ScriptCalls(runner);
    String code = "module.exports = async (data) => ({ greeting: data.greeting + '!', at: new Date(0) });";
    JsObject data = JsObject.of("greeting", JsValue.of("Hello"));
    long start = System.nanoTime();
    calls.run(code, data, new ScriptLimits(60_000, 8));
    long first = System.nanoTime() - start;
    List<Long> warm = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      start = System.nanoTime();
      calls.run(code, data, LIMITS);
      warm.add(System.nanoTime() - start);
    }
    warm.sort(null);
    System.out.printf("exec in a worker JVM: first call %d ms (worker start + warm-up), "
            + "next 30 calls: fastest %.1f ms, median %.1f ms, slowest %.1f ms%n",
        TimeUnit.NANOSECONDS.toMillis(first), warm.get(0) / 1e6, warm.get(15) / 1e6, warm.get(29) / 1e6);
  }

  @AfterAll
  static void stop() {
    runner.close();
  }

  private static List<ProcessHandle> workers() {
    return ProcessHandle.current().descendants()
        .filter(p -> p.info().commandLine().map(c -> c.contains(WorkerCommand.MARKER)).orElse(false))
        .toList();
  }

  @Test
  void resultsConsoleAndErrorsCrossTheProcessBoundary() {
    JsValue result = calls.run("""
        module.exports = async function (data) {
          console.info('in the worker', data.n);
          return { result: data.greeting + ', I ran asynchronously', a: undefined, b: [undefined, 1], at: new Date(5) };
        };""", JsObject.of("greeting", JsValue.of("Hello"), "n", JsValue.of(-0.0)), LIMITS);

    assertThat(result).isEqualTo(JsObject.builder()
        .put("result", "Hello, I ran asynchronously")
        .put("a", JsValue.UNDEFINED)
        .put("b", JsArray.of(JsValue.UNDEFINED, JsValue.of(1)))
        .put("at", JsDate.ofEpochMillis(5))
        .build());
    assertThat(calls.console()).containsExactly("info [\"in the worker\",0]");
    assertThat(calls.error("module.exports = () => { throw new TypeError('t \\u2028 \\ud800'); };").message())
        .isEqualTo("t \u2028 \ud800");
    assertThat(calls.error("\n\t\t~~\n\t").message()).isEqualTo("Unexpected end of input [<isolated-vm>:3:2]");
  }

  @Test
  void d12MemoryHogIsStoppedInsideTheWorker() {
    long start = System.nanoTime();
    JsError error = calls.error(D12_HOG, new ScriptLimits(10_000, 8));
    assertThat(error.message()).isEqualTo(ScriptFailures.OUT_OF_MEMORY);
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(10_000);
    assertThat(calls.json("module.exports = () => 'next run'")).isEqualTo("\"next run\"");
  }

  @Test
  void anAllocationLargerThanTheWorkerHeapRetiresTheWorker() {
    long pid = workers().get(0).pid();
    JsError error = calls.error("module.exports = () => new Float64Array(32 * 1024 * 1024).length;");
    assertThat(error.message()).isEqualTo(ScriptFailures.OUT_OF_MEMORY);
    assertThat(calls.json("module.exports = () => 'a fresh worker'")).isEqualTo("\"a fresh worker\"");
    assertThat(workers()).extracting(ProcessHandle::pid).doesNotContain(pid);
  }

  @Test
  void aRunawayScriptTimesOutAndTheWorkerIsReused() {
    long pid = workers().get(0).pid();
    assertThat(calls.error("module.exports = () => { while (true) {} };", TIGHT).message())
        .isEqualTo(ScriptFailures.TIMED_OUT);
    assertThat(calls.json("module.exports = () => 1")).isEqualTo("1");
    assertThat(workers()).extracting(ProcessHandle::pid).contains(pid);
  }

  @Test
  void cancellationReachesTheWorker() {
    Cancellation cancellation = new Cancellation();
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    try {
      timer.schedule(cancellation::cancel, 300, TimeUnit.MILLISECONDS);
      JsException thrown = catchThrowableOfType(JsException.class, () -> runner.run(
          new ScriptRequest("module.exports = () => { while (true) {} };", JsObject.EMPTY, JsObject.EMPTY,
              new ScriptLimits(60_000, 8)), ScriptConsole.DISCARD, cancellation::isCancelled));
      assertThat(((JsError) thrown.value()).message()).isEqualTo(ScriptFailures.CANCELLED);
    } finally {
      timer.shutdownNow();
    }
    assertThat(calls.json("module.exports = () => 2")).isEqualTo("2");
  }

  @Test
  void aWorkerThatDiesMidRunRejectsAndIsReplaced() {
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    try {
      timer.schedule(() -> workers().forEach(ProcessHandle::destroyForcibly), 500, TimeUnit.MILLISECONDS);
      JsError error = calls.error("module.exports = () => { while (true) {} };", new ScriptLimits(60_000, 8));
      assertThat(error.message()).startsWith("The script worker stopped unexpectedly");
    } finally {
      timer.shutdownNow();
    }
    assertThat(calls.json("module.exports = () => 3")).isEqualTo("3");
  }

  @Test
  void runsBeyondThePoolSizeWaitTheirTurn() {
    List<CompletableFuture<JsValue>> runs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String code = "module.exports = () => " + i + ";";
      runs.add(CompletableFuture.supplyAsync(() -> calls.run(code, JsObject.EMPTY, LIMITS)));
    }
    assertThat(runs).extracting(CompletableFuture::join)
        .containsExactly(JsValue.of(0), JsValue.of(1), JsValue.of(2));
  }

  @Test
  void closingTheRunnerStopsItsWorkers() throws Exception {
    ProcessScriptRunner other = new ProcessScriptRunner(1);
    List<ProcessHandle> before = workers();
    other.warmUp(new ScriptLimits(1_000, 16));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    List<ProcessHandle> started = List.of();
    while (started.isEmpty() && System.nanoTime() < deadline) {
      started = workers().stream().filter(p -> !before.contains(p)).toList();
      Thread.sleep(20);
    }
    assertThat(started).hasSize(1);
    other.close();
    assertThat(started.get(0).onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
  }
}
