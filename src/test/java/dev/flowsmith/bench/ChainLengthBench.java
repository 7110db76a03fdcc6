package dev.flowsmith.bench;

import dev.flowsmith.engine.operation.LogSink;
import dev.flowsmith.engine.operation.RunServices;
import dev.flowsmith.engine.operation.StandardOperations;
import dev.flowsmith.engine.run.FlowRunner;
import dev.flowsmith.engine.run.FlowSource;
import dev.flowsmith.engine.run.RunLimits;
import dev.flowsmith.engine.run.RunRequest;
import dev.flowsmith.engine.run.RunResult;
import dev.flowsmith.engine.script.InProcessScriptRunner;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.format.FlowReader;
import dev.flowsmith.model.Flow;
import java.time.Duration;

/**
 * How the cost of a run grows with the flow's length: straight chains of 1,000 to 8,000
 * transforms, each reading {@code $last}. Prints milliseconds per run and per step.
 * {@code java -cp … dev.flowsmith.bench.ChainLengthBench [lengths…]}
 */
public final class ChainLengthBench {

  private ChainLengthBench() {}

  /** A webhook flow of {@code length} transforms in a row, each {@code {"n": "{{$last.n}}"}}. */
  public static Flow chain(int length) throws Exception {
    StringBuilder ops = new StringBuilder();
    for (int i = 0; i < length; i++) {
      if (i > 0) {
        ops.append(',');
      }
      ops.append("{\"id\":\"op").append(i).append("\",\"key\":\"t").append(i)
          .append("\",\"type\":\"transform\",\"position_x\":").append(19 + 18 * (i % 50))
          .append(",\"position_y\":").append(1 + 18 * (i / 50))
          .append(",\"options\":{\"json\":{\"n\":\"{{$last.n}}\",\"i\":").append(i).append("}}")
          .append(",\"resolve\":").append(i + 1 < length ? "\"op" + (i + 1) + "\"" : "null")
          .append(",\"reject\":null}");
    }
    String text = "{\"id\":\"chain\",\"name\":\"chain\",\"status\":\"active\",\"trigger\":\"webhook\","
        + "\"options\":{\"method\":\"POST\"},\"operation\":\"op0\",\"operations\":[" + ops + "]}";
    return FlowReader.read(text, "chain.json").flows().get(0);
  }

  public static void main(String[] args) throws Exception {
    int[] lengths = args.length == 0 ? new int[] {1_000, 2_000, 4_000, 8_000}
        : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    FlowRunner runner = new FlowRunner(StandardOperations.registry(new InProcessScriptRunner()), FlowSource.NONE,
        new RunLimits(16, 1_000, 1_000_000, Duration.ofMinutes(30), 1L << 40));
    RunServices services = RunServices.builder().add(LogSink.class, (flow, key, message) -> { }).build();
    Flow warmUp = chain(2_000);
    for (int i = 0; i < 10; i++) {
      runner.run(RunRequest.of(warmUp, JsJson.parse("{\"n\":1}"), services)); // JIT warm-up
    }
    for (int length : lengths) {
      Flow flow = chain(length);
      long best = Long.MAX_VALUE;
      int repeats = 5;
      for (int r = 0; r < repeats; r++) {
        long start = System.nanoTime();
        RunResult result = runner.run(RunRequest.of(flow, JsJson.parse("{\"n\":1}"), services));
        long took = System.nanoTime() - start;
        if (result.steps().size() != length) {
          throw new IllegalStateException("ran " + result.steps().size() + " of " + length + " steps");
        }
        best = Math.min(best, took);
      }
      System.out.printf("%,6d transforms: %,9.1f ms per run, %6.1f µs per step%n", length, best / 1e6,
          best / 1e3 / length);
    }
  }
}
