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
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.format.FlowReader;
import dev.flowsmith.model.Flow;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine in process, one thread: runs/s of the 3-step webhook flow of {@code ../shared/perf}
 * (transform → condition → log), and of one-operation flows per type next to an empty flow, so
 * an operation's overhead is its flow's time per run minus the empty flow's. Run with
 * {@code scripts/bench-engine.sh}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EngineBench {

  /** One operation's options per type; "none" is the flow without operations. */
  @Param({"none", "transform", "condition", "log", "sleep", "throw-error", "json-web-token", "exec"})
  public String type;

  private FlowRunner runner;
  private RunServices services;
  private Flow threeStep;
  private Flow single;
  private JsValue trigger;

  @Setup
  public void setUp() throws Exception {
    runner = new FlowRunner(StandardOperations.registry(new InProcessScriptRunner()), FlowSource.NONE,
        RunLimits.DEFAULT);
    services = RunServices.builder().add(LogSink.class, (flow, key, message) -> { }).build();
    try (InputStream in = EngineBench.class.getResourceAsStream("/bench/bench-3step.json")) {
      threeStep = FlowReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "bench-3step.json")
          .flows().get(0);
    }
    trigger = JsJson.parse("{\"path\":\"/trigger/x\",\"query\":{},\"method\":\"POST\",\"headers\":{},"
        + "\"body\":{\"n\":7,\"status\":\"published\"}}");
    single = singleOperation(type);
    RunResult check = runner.run(RunRequest.of(threeStep, trigger, services));
    if (check.steps().size() != 3) {
      throw new IllegalStateException("the 3-step flow ran " + check.steps().size() + " steps");
    }
  }

  static Flow singleOperation(String type) throws Exception {
    String options = switch (type) {
      case "none" -> null;
      case "transform" -> "{\"json\":{\"y\":\"{{$trigger.body.n}}\"}}";
      case "condition" -> "{\"filter\":{\"$trigger\":{\"body\":{\"status\":{\"_eq\":\"published\"}}}}}";
      case "log" -> "{\"message\":\"n={{$trigger.body.n}}\"}";
      case "sleep" -> "{\"milliseconds\":0}";
      case "throw-error" -> "{\"code\":\"X\",\"status\":\"400\",\"message\":\"bad {{$trigger.body.n}}\"}";
      case "json-web-token" -> "{\"operation\":\"sign\",\"payload\":{\"n\":1},\"secret\":\"s3cret\","
          + "\"options\":{}}";
      case "exec" -> "{\"code\":\"module.exports = function(data) { return data.$trigger.body.n + 1; }\"}";
      default -> throw new IllegalArgumentException("no bench options for type " + type);
    };
    String operations = options == null ? "" : "{\"id\":\"op\",\"key\":\"op\",\"type\":\"" + type
        + "\",\"position_x\":19,\"position_y\":1,\"options\":" + options + ",\"resolve\":null,\"reject\":null}";
    String text = "{\"id\":\"one\",\"name\":\"one\",\"status\":\"active\",\"trigger\":\"webhook\","
        + "\"options\":{\"method\":\"POST\"},\"operation\":" + (options == null ? "null" : "\"op\"")
        + ",\"operations\":[" + operations + "]}";
    return FlowReader.read(text, type + ".json").flows().get(0);
  }

  /** The 3-step flow; independent of {@code type} (read it from the "none" row). */
  @Benchmark
  public RunResult threeStepFlow() throws Exception {
    return runner.run(RunRequest.of(threeStep, trigger, services));
  }

  /** A flow of one operation of {@code type}. */
  @Benchmark
  public RunResult oneOperation() throws Exception {
    return runner.run(RunRequest.of(single, trigger, services));
  }
}
