package dev.flowsmith.app.tests;

import dev.flowsmith.model.Flow;
import dev.flowsmith.model.Operation;
import dev.flowsmith.workspace.ItemSnapshot;
import dev.flowsmith.workspace.WebhookServer;
import dev.flowsmith.workspace.flowtest.Coverage;
import dev.flowsmith.workspace.flowtest.FlowTestCase;
import dev.flowsmith.workspace.flowtest.FlowTestFile;
import dev.flowsmith.workspace.flowtest.FlowTestResult;
import dev.flowsmith.workspace.flowtest.FlowTestRunner;
import dev.flowsmith.workspace.flowtest.TestLoadError;
import dev.flowsmith.workspace.flowtest.TestSuite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The Tests view's view-model (STYLE.md rule 6: no nodes). Lists the open flow's tests from the
 * workspace's {@code tests/*.test.json} and the files that could not be read, runs them on its own
 * thread (never the FX thread) with the flows as they are in the editor, and posts each result,
 * the progress and the coverage (operation id → a test went through it) through {@code fxThread}.
 * Each test runs in a throw-away copy of the workspace's items, so {@code data.db} is never written.
 */
public final class TestsViewModel implements AutoCloseable {

  private final Supplier<@Nullable Path> workspace;
  private final Supplier<List<Flow>> flows;
  private final Executor fx;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
    Thread thread = new Thread(task, "flowsmith-tests");
    thread.setDaemon(true);
    return thread;
  });

  private final ObservableList<TestRow> rows = FXCollections.observableArrayList();
  private final ObservableList<TestLoadError> loadErrors = FXCollections.observableArrayList();
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
  private final ReadOnlyObjectWrapper<Map<String, Boolean>> coverage = new ReadOnlyObjectWrapper<>(this,
      "coverage", Map.of());
  private final BooleanProperty showCoverage = new SimpleBooleanProperty(this, "showCoverage", true);
  private @Nullable Flow flow;

  /**
   * @param workspace the open workspace's folder, or null (no tests then)
   * @param flows every flow tests may run, the open one as it is in the editor
   */
  public TestsViewModel(Supplier<@Nullable Path> workspace, Supplier<List<Flow>> flows, Executor fxThread) {
    this.workspace = workspace;
    this.flows = flows;
    this.fx = fxThread;
  }

  /** Follows another open flow (or none): its tests, no results or coverage yet. */
  public void setFlow(@Nullable Flow open) {
    boolean other = open == null || flow == null || !open.id().equals(flow.id());
    flow = open;
    if (other) {
      reload();
    }
  }

  /** Re-reads the test files (after a save, a rename, a new test); the results shown are dropped. */
  public void reload() {
    rows.clear();
    loadErrors.clear();
    coverage.set(Map.of());
    progress.set(0);
    Path root = workspace.get();
    Flow open = flow;
    if (root == null || open == null) {
      summary.set(root == null ? "Open a workspace to keep tests in its tests/ folder." : "");
      return;
    }
    try {
      TestSuite suite = TestSuite.load(root);
      loadErrors.setAll(suite.errors());
      for (FlowTestFile file : suite.files()) {
        if (file.flowId().equals(open.id())) {
          file.cases().forEach(test -> rows.add(new TestRow(file, test, null, false)));
        }
      }
      summary.set(rows.isEmpty() ? "No tests of this flow yet: History › Save as Test… makes one from a run."
          : rows.size() + (rows.size() == 1 ? " test" : " tests"));
    } catch (IOException unreadable) {
      summary.set("Cannot read " + root.resolve("tests") + ": " + unreadable.getMessage());
    }
  }

  /** Runs every test of the flow. */
  public void runAll() {
    reload();
    run(List.copyOf(rows));
  }

  /** Runs one test (its file is read again first). */
  public void runOne(TestRow row) {
    reload();
    rows.stream().filter(r -> r.file().path().equals(row.file().path()) && r.name().equals(row.name()))
        .findFirst().ifPresent(found -> run(List.of(found)));
  }

  private void run(List<TestRow> chosen) {
    Path root = workspace.get();
    Flow open = flow;
    if (running.get() || chosen.isEmpty() || root == null || open == null) {
      return;
    }
    running.set(true);
    progress.set(0);
    chosen.forEach(row -> replace(row, null, true));
    List<Flow> runnable = flows.get();
    worker.execute(() -> {
      List<FlowTestResult> results = new ArrayList<>();
      String problem = null;
      try (FlowTestRunner runner = new FlowTestRunner(runnable, ItemSnapshot.of(root),
          WebhookServer.DEFAULT_PORT)) {
        for (TestRow row : chosen) {
          FlowTestResult result = runner.run(row.file(), row.testCase());
          results.add(result);
          int done = results.size();
          fx.execute(() -> {
            replace(row, result, false);
            progress.set((double) done / chosen.size());
          });
        }
      } catch (IOException | RuntimeException failed) {
        problem = "The tests could not run: " + failed.getMessage();
      }
      String failure = problem;
      fx.execute(() -> finished(open, results, failure));
    });
  }

  private void finished(Flow ran, List<FlowTestResult> results, @Nullable String problem) {
    running.set(false);
    rows.replaceAll(row -> row.running() ? new TestRow(row.file(), row.testCase(), row.result(), false) : row);
    if (problem != null) {
      summary.set(problem);
      return;
    }
    Flow open = flow;
    if (open != null && open.id().equals(ran.id())) {
      coverage.set(coverageOf(open, rows.stream().map(TestRow::result).filter(r -> r != null).toList()));
    }
    long passed = rows.stream().filter(r -> r.result() != null
        && r.result().status() == FlowTestResult.Status.PASSED).count();
    long failed = rows.stream().filter(r -> r.result() != null
        && (r.result().status() == FlowTestResult.Status.FAILED
        || r.result().status() == FlowTestResult.Status.ERROR)).count();
    summary.set(passed + " passed, " + failed + " failed of " + rows.size());
  }

  /** Per operation id of {@code flow}: whether one of the results' runs went through it. */
  static Map<String, Boolean> coverageOf(Flow flow, List<FlowTestResult> results) {
    Set<String> uncovered = new HashSet<>(Coverage.of(flow, results).uncoveredOperations());
    Map<String, Boolean> out = new HashMap<>();
    for (Operation op : flow.operations()) {
      out.put(op.id(), !uncovered.contains(op.key()));
    }
    return out;
  }

  private void replace(TestRow row, @Nullable FlowTestResult result, boolean isRunning) {
    for (int i = 0; i < rows.size(); i++) {
      TestRow at = rows.get(i);
      FlowTestCase testCase = at.testCase();
      if (at.file().path().equals(row.file().path()) && testCase.name().equals(row.name())) {
        rows.set(i, new TestRow(at.file(), testCase, isRunning ? at.result() : result, isRunning));
      }
    }
  }

  public ObservableList<TestRow> rows() {
    return FXCollections.unmodifiableObservableList(rows);
  }

  /** Test files of the workspace that could not be read, with their file:line:column message. */
  public ObservableList<TestLoadError> loadErrors() {
    return FXCollections.unmodifiableObservableList(loadErrors);
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  /** 0 to 1 while tests run: finished / chosen. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** {@code 2 passed, 1 failed of 3}, a hint, or why the tests could not run. */
  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  /** After a run: operation id → covered; empty before. */
  public ReadOnlyObjectProperty<Map<String, Boolean>> coverageProperty() {
    return coverage.getReadOnlyProperty();
  }

  /** The toggle that shows the coverage on the tiles. */
  public BooleanProperty showCoverageProperty() {
    return showCoverage;
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
