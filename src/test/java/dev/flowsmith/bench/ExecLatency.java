package dev.flowsmith.bench;

import dev.flowsmith.engine.script.InProcessScriptRunner;
import dev.flowsmith.engine.script.ProcessScriptRunner;
import dev.flowsmith.engine.script.ScriptConsole;
import dev.flowsmith.engine.script.ScriptLimits;
import dev.flowsmith.engine.script.ScriptRequest;
import dev.flowsmith.engine.script.ScriptRunner;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.util.Arrays;

/** Warm exec call latency through a runner: p50 and p99 of {@code calls} sequential calls. */
public final class ExecLatency {

  static final String SCRIPT = "module.exports = function (data) { return { sum: data.$last.n + 1, at: data.$trigger.path }; }";

  /** p50 and p99 in milliseconds, and the first (cold) call. */
  public record Result(double coldMillis, double p50Millis, double p99Millis, int calls) {}

  private ExecLatency() {}

  public static Result measure(ScriptRunner runner, int warmup, int calls) {
    JsObject data = JsObject.builder()
        .put("$trigger", JsObject.builder().put("path", "/x").build())
        .put("$last", JsObject.builder().put("n", 41).build()).build();
    ScriptRequest request = new ScriptRequest(SCRIPT, data, JsObject.EMPTY, ScriptLimits.DEFAULT);
    long start = System.nanoTime();
    call(runner, request);
    double cold = (System.nanoTime() - start) / 1e6;
    for (int i = 0; i < warmup; i++) {
      call(runner, request);
    }
    long[] times = new long[calls];
    for (int i = 0; i < calls; i++) {
      long t = System.nanoTime();
      call(runner, request);
      times[i] = System.nanoTime() - t;
    }
    Arrays.sort(times);
    return new Result(cold, times[calls / 2] / 1e6, times[(int) Math.floor(calls * 0.99)] / 1e6, calls);
  }

  private static JsValue call(ScriptRunner runner, ScriptRequest request) {
    return runner.run(request, ScriptConsole.DISCARD, () -> false);
  }

  public static void main(String[] args) {
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    int calls = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
    String which = args.length > 0 ? args[0] : "both"; // both, inprocess, process, recycle (process twice: fresh, recycled)
    if (!which.equals("process") && !which.equals("recycle")) {
      try (InProcessScriptRunner runner = new InProcessScriptRunner()) {
        System.out.println("in-process " + measure(runner, warmup, calls));
      }
    }
    if (!which.equals("inprocess")) {
      try (ProcessScriptRunner runner = new ProcessScriptRunner()) {
        System.out.println("process    " + measure(runner, warmup, calls));
      }
    }
    if (which.equals("recycle")) {
      // the same in one run with context recycling on: workers started from now on inherit it
      System.setProperty("flowsmith.exec.recycle", "true");
      try (ProcessScriptRunner runner = new ProcessScriptRunner()) {
        System.out.println("process, recycling " + measure(runner, warmup, calls));
      }
    }
    System.exit(0);
  }
}
