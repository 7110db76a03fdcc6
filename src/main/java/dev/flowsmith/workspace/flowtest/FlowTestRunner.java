package dev.flowsmith.workspace.flowtest;

import dev.flowsmith.engine.Cancellation;
import dev.flowsmith.engine.item.InMemoryItemStore;
import dev.flowsmith.engine.mail.Mailer;
import dev.flowsmith.engine.mail.OutboxMailer;
import dev.flowsmith.engine.notification.InMemoryNotifier;
import dev.flowsmith.engine.notification.Notifier;
import dev.flowsmith.engine.operation.MailOperation;
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
import dev.flowsmith.engine.script.ScriptLimits;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.OperationType;
import dev.flowsmith.workspace.ItemSnapshot;
import dev.flowsmith.workspace.WebhookServer;
import dev.flowsmith.workspace.WorkspaceLimits;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Runs flow test cases against a workspace's flows with the real engine. Mocked operations
 * (any type) resolve or reject with the given value instead of doing their work; a
 * {@code request} without a mock is refused unless the test says {@code "network": true}.
 * One script worker stays warm for all tests; close the runner when done.
 */
public final class FlowTestRunner implements AutoCloseable {

  private final List<Flow> flows;
  private final ItemSnapshot items;
  private final int webhookPort;
  private final ProcessScriptRunner scripts = new ProcessScriptRunner(1);
  private final FlowRunner runner;

  /** Runs tests of {@code flows} with an empty item store (no collections but those a test seeds). */
  public FlowTestRunner(List<Flow> flows) {
    this(flows, ItemSnapshot.empty(), WebhookServer.DEFAULT_PORT);
  }

  /**
   * @param items what each test's throw-away item store starts with
   * @param webhookPort the port webhook triggers name in their {@code host} header
   */
  public FlowTestRunner(List<Flow> flows, ItemSnapshot items, int webhookPort) {
    this(flows, items, webhookPort, RunLimits.DEFAULT);
  }

  /** @param limits the depth limit and run budget of every test's run */
  public FlowTestRunner(List<Flow> flows, ItemSnapshot items, int webhookPort, RunLimits limits) {
    this.flows = List.copyOf(flows);
    this.items = items;
    this.webhookPort = webhookPort;
    OperationRegistry standard = StandardOperations.registry(scripts)
        .register(new MailOperation(Runnable::run)); // delivered before the step ends: expect.outbox sees it
    OperationRegistry mocking = new OperationRegistry();
    standard.all().forEach(handler -> mocking.register(new MockingHandler(handler)));
    this.runner = new FlowRunner(mocking, FlowSource.of(this.flows), limits);
    if (this.flows.stream().anyMatch(f -> f.operations().stream().anyMatch(op -> op.type().equals("exec")))) {
      scripts.warmUp(ScriptLimits.DEFAULT); // the worker starts while the first tests run
    }
  }

  /** A runner for a workspace folder: its flows, its {@code data.db} (read once) and its webhook port. */
  public static FlowTestRunner open(Path workspace) throws IOException, FlowFormatException {
    return open(workspace, UnaryOperator.identity());
  }

  /** Like {@link #open(Path)}, with the workspace.json {@code budgets} changed by {@code limits} (the CLI's options). */
  public static FlowTestRunner open(Path workspace, UnaryOperator<RunLimits> limits)
      throws IOException, FlowFormatException {
    WorkspaceFolder folder = WorkspaceFolder.open(workspace);
    return new FlowTestRunner(folder.flows(), ItemSnapshot.of(folder.root()), WebhookServer.configuredPort(folder),
        limits.apply(WorkspaceLimits.runLimits(folder)));
  }

  /** The flows tests run against. */
  public List<Flow> flows() {
    return flows;
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
      if (!Expectations.KEYS.contains(key)) {
        return error(testCase, path, start, null, "unknown expectation \"expect." + key + "\" (expected one of "
            + Expectations.KEYS.stream().sorted().toList() + ")");
      }
    }
    for (String key : testCase.mocks().keySet()) {
      if (flow.operations().stream().noneMatch(op -> op.key().equals(key))) {
        return error(testCase, path, start, null, "mock." + key + ": flow \"" + flow.name()
            + "\" has no operation with key \"" + key + "\"");
      }
    }
    TestTrigger.Start begin = TestTrigger.of(flow, testCase, webhookPort);
    if (begin.problem() != null) {
      return error(testCase, path, start, null, begin.problem());
    }
    Clock clock = testCase.now() == null ? Clock.systemDefaultZone()
        : Clock.fixed(Instant.parse(testCase.now()), ZoneId.systemDefault());
    InMemoryItemStore store;
    try {
      store = items.copy(clock, TestItems.unknownCollections(items.schema(), testCase.items()));
      TestItems.seed(store, testCase.items());
    } catch (IllegalArgumentException | JsException badItems) {
      return error(testCase, path, start, null, "items: " + message(badItems));
    }
    OutboxMailer outbox = new OutboxMailer();
    TestContext context = new TestContext(flow.id(), testCase.mocks(), testCase.network());
    RunServices.Builder services = new InMemoryWorld(store).services((flowName, key, line) -> { })
        .add(Mailer.class, outbox)
        .add(Notifier.class, new InMemoryNotifier(clock))
        .add(TestContext.class, context);
    if (testCase.now() != null) {
      services.add(Clock.class, clock); // $NOW in filters, Date in scripts, token times
    }
    JsObject env = EnvValues.allowListed(new ArrayList<>(testCase.env().keySet()), testCase.env());
    RunResult run;
    try {
      run = runner.run(new RunRequest(flow, begin.trigger(), begin.accountability(), env, services.build(),
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
      differences = Expectations.check(testCase.expect(), run, store, outbox.messages());
    } catch (IllegalArgumentException | JsException badExpectation) {
      return new FlowTestResult(testCase, path, FlowTestResult.Status.ERROR, List.of(), run, visited, branches,
          elapsed(start), "bad expectation: " + message(badExpectation));
    }
    return new FlowTestResult(testCase, path,
        differences.isEmpty() ? FlowTestResult.Status.PASSED : FlowTestResult.Status.FAILED, differences, run,
        visited, branches, elapsed(start), null);
  }

  private static String message(RuntimeException problem) {
    return problem instanceof JsException js ? JsJson.stringify(js.value()).orElse("bad value") : problem.getMessage();
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
    public OperationType description() {
      return delegate.description();
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
