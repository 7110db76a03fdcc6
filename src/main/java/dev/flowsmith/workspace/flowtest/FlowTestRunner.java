package dev.flowsmith.workspace.flowtest;

import dev.flowsmith.engine.operation.Cancellation;
import dev.flowsmith.engine.operation.OperationContext;
import dev.flowsmith.engine.operation.OperationHandler;
import dev.flowsmith.engine.operation.OperationRegistry;
import dev.flowsmith.engine.operation.RunServices;
import dev.flowsmith.engine.operation.StandardOperations;
import dev.flowsmith.engine.run.EnvValues;
import dev.flowsmith.engine.run.FlowRunException;
import dev.flowsmith.engine.run.FlowRunner;
import dev.flowsmith.engine.run.FlowSource;
import dev.flowsmith.engine.run.InMemoryWorld;
import dev.flowsmith.engine.run.RunLimits;
import dev.flowsmith.engine.run.RunListener;
import dev.flowsmith.engine.run.RunRequest;
import dev.flowsmith.engine.run.RunResult;
import dev.flowsmith.engine.run.StepRecord;
import dev.flowsmith.engine.run.StepStatus;
import dev.flowsmith.engine.script.ProcessScriptRunner;
import dev.flowsmith.engine.template.PathLookup;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Runs flow test cases against a workspace's flows with the real engine. Mocked operations
 * (any type) resolve or reject with the given value instead of doing their work; a
 * {@code request} without a mock is refused unless the test says {@code "network": true}.
 * One script worker stays warm for all tests; close the runner when done.
 */
public final class FlowTestRunner implements AutoCloseable {

  private static final Set<String> EXPECT_KEYS = Set.of("status", "steps", "chain", "error");

  private final List<Flow> flows;
  private final ProcessScriptRunner scripts = new ProcessScriptRunner(1);
  private final FlowRunner runner;

  public FlowTestRunner(List<Flow> flows) {
    this.flows = List.copyOf(flows);
    OperationRegistry standard = StandardOperations.registry(scripts);
    OperationRegistry mocking = new OperationRegistry();
    standard.all().forEach(handler -> mocking.register(new MockingHandler(handler)));
    this.runner = new FlowRunner(mocking, FlowSource.of(this.flows), new RunLimits(16));
  }

  /** Runs every case of a suite in file order, telling {@code listener} about each result. */
  public List<FlowTestResult> runAll(TestSuite suite, FlowTestListener listener) {
    List<FlowTestResult> results = new ArrayList<>();
    for (FlowTestFile file : suite.files()) {
      for (FlowTestCase testCase : file.cases()) {
        FlowTestResult result = run(file, testCase);
        results.add(result);
        listener.finished(result);
      }
    }
    return results;
  }

  /** Runs one case of {@code file}. */
  public FlowTestResult run(FlowTestFile file, FlowTestCase testCase) {
    long start = System.nanoTime();
    Path path = file.path();
    if (testCase.skip()) {
      return new FlowTestResult(testCase, path, FlowTestResult.Status.SKIPPED, List.of(), null, Set.of(),
          Set.of(), Duration.ZERO, null);
    }
    Flow flow = flows.stream().filter(f -> f.id().equals(file.flowId())).findFirst().orElse(null);
    if (flow == null) {
      return error(testCase, path, start, null, "no flow with id \"" + file.flowId() + "\" in the workspace");
    }
    for (String key : testCase.expect().members().keySet()) {
      if (!EXPECT_KEYS.contains(key)) {
        return error(testCase, path, start, null, "unknown expectation \"expect." + key + "\" (expected one of "
            + EXPECT_KEYS.stream().sorted().toList() + ")");
      }
    }
    for (String key : testCase.mocks().keySet()) {
      if (flow.operations().stream().noneMatch(op -> op.key().equals(key))) {
        return error(testCase, path, start, null, "mock." + key + ": flow \"" + flow.name()
            + "\" has no operation with key \"" + key + "\"");
      }
    }
    InMemoryWorld world = InMemoryWorld.empty();
    TestContext context = new TestContext(flow.id(), testCase.mocks(), testCase.network());
    RunServices services = world.services((flowName, key, message) -> { })
        .add(TestContext.class, context).build();
    JsObject env = EnvValues.allowListed(new ArrayList<>(testCase.env().keySet()), testCase.env());
    JsValue accountability = testCase.accountability() == null ? JsValue.NULL
        : JsJson.fromModel(testCase.accountability());
    RunResult run;
    try {
      run = runner.run(new RunRequest(flow, JsJson.fromModel(testCase.trigger()), accountability, env, services,
          Cancellation.none(), RunListener.NONE, null, 0));
    } catch (FlowRunException cannotRun) {
      return error(testCase, path, start, null, cannotRun.getMessage());
    }
    Set<String> visited = new LinkedHashSet<>();
    Set<String> branches = new LinkedHashSet<>();
    for (StepRecord step : run.steps()) {
      visited.add(step.key());
      if (step.status() != StepStatus.UNKNOWN) {
        branches.add(step.key() + ":" + step.status().id());
      }
    }
    if (context.refused != null) {
      return new FlowTestResult(testCase, path, FlowTestResult.Status.ERROR, List.of(), run, visited, branches,
          elapsed(start), context.refused);
    }
    List<Difference> differences;
    try {
      differences = check(testCase.expect(), run);
    } catch (IllegalArgumentException | JsException badExpectation) {
      String message = badExpectation instanceof JsException js
          ? JsJson.stringify(js.value()).orElse("bad path") : badExpectation.getMessage();
      return new FlowTestResult(testCase, path, FlowTestResult.Status.ERROR, List.of(), run, visited, branches,
          elapsed(start), "bad expectation: " + message);
    }
    return new FlowTestResult(testCase, path,
        differences.isEmpty() ? FlowTestResult.Status.PASSED : FlowTestResult.Status.FAILED, differences, run,
        visited, branches, elapsed(start), null);
  }

  private static List<Difference> check(JsonObject expect, RunResult run) {
    List<Difference> out = new ArrayList<>();
    String lastKey = run.steps().isEmpty() ? null : run.steps().get(run.steps().size() - 1).key();
    expect.get("status").ifPresent(status -> add(out, "status", status,
        JsonValue.of(run.lastStatus().id()), lastKey));
    expect.get("steps").ifPresent(steps -> add(out, "steps", steps,
        JsonArray.ofStrings(run.steps().stream().map(StepRecord::key).toList()), null));
    if (expect.get("chain").orElse(null) instanceof JsonObject chain) {
      for (Map.Entry<String, JsonValue> entry : chain.members().entrySet()) {
        List<String> names = PathLookup.names(entry.getKey());
        JsValue actual = PathLookup.resolve(names, run.chain());
        String first = names.isEmpty() ? null : names.get(0);
        String stepKey = "$last".equals(first) ? lastKey
            : run.steps().stream().map(StepRecord::key).filter(k -> k.equals(first)).findFirst().orElse(null);
        add(out, "chain." + entry.getKey(), entry.getValue(),
            actual.isUndefined() ? null : JsJson.toModel(actual), stepKey);
      }
    } else if (expect.has("chain")) {
      throw new IllegalArgumentException("\"expect.chain\" must be an object of path: value");
    }
    expect.get("error").ifPresent(error -> {
      if (run.lastStatus() != StepStatus.REJECT) {
        out.add(new Difference("error", JsonText.compact(error), "(no error: the run ended with "
            + run.lastStatus().id() + ")", lastKey));
        return;
      }
      JsonValue actual = JsJson.toModel(PathLookup.resolve(List.of("$last"), run.chain()));
      if (error instanceof JsonValue.JsonString && actual instanceof JsonObject object
          && object.has("message")) {
        actual = object.get("message").orElseThrow();
      }
      add(out, "error", error, actual, lastKey);
    });
    return out;
  }

  private static void add(List<Difference> out, String path, JsonValue expected, @Nullable JsonValue actual,
      @Nullable String stepKey) {
    JsonMatcher.Mismatch mismatch = JsonMatcher.compare(expected, actual);
    if (mismatch != null) {
      out.add(new Difference(path + mismatch.suffix(), mismatch.expected(), mismatch.actual(), stepKey));
    }
  }

  private static FlowTestResult error(FlowTestCase testCase, Path path, long start, @Nullable RunResult run,
      String message) {
    return new FlowTestResult(testCase, path, FlowTestResult.Status.ERROR, List.of(), run, Set.of(), Set.of(),
        elapsed(start), message);
  }

  private static Duration elapsed(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }

  @Override
  public void close() {
    scripts.close();
  }

  /** The running test's mocks and network permission, passed to the handlers as a run service. */
  private static final class TestContext {
    private final String flowId;
    private final Map<String, JsonValue> mocks;
    private final boolean network;
    private volatile @Nullable String refused;

    TestContext(String flowId, Map<String, JsonValue> mocks, boolean network) {
      this.flowId = flowId;
      this.mocks = mocks;
      this.network = network;
    }
  }

  /** Replaces a mocked operation's work; refuses unmocked requests without {@code network}. */
  private record MockingHandler(OperationHandler delegate) implements OperationHandler {
    @Override
    public String type() {
      return delegate.type();
    }

    @Override
    public JsValue run(JsObject options, OperationContext context) throws Exception {
      TestContext test = context.services().find(TestContext.class).orElse(null);
      if (test == null) {
        return delegate.run(options, context);
      }
      String key = context.operation().key();
      JsonValue mock = context.flow().id().equals(test.flowId) ? test.mocks.get(key) : null;
      if (mock instanceof JsonObject m) {
        if (m.has("reject")) {
          throw new JsException(JsJson.fromModel(m.get("reject").orElseThrow()));
        }
        return JsJson.fromModel(m.get("resolve").orElseThrow());
      }
      if ("request".equals(delegate.type()) && !test.network) {
        String message = "operation \"" + key + "\" (request) would use the network: mock it or set "
            + "\"network\": true";
        test.refused = message;
        throw new JsException(JsError.error(message));
      }
      return delegate.run(options, context);
    }
  }
}
