package dev.flowsmith.workspace.history;

import dev.flowsmith.engine.run.RunListener;
import dev.flowsmith.engine.run.RunResult;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.TriggerType;
import dev.flowsmith.workspace.WorkspaceRuntime;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Run history for {@code serve}: every finished run goes to the workspace's {@code runs/} folder
 * (a {@link RunLogStore}, as the app keeps it) through a queue of at most {@code capacity} runs.
 * The writer takes what queued up while it last wrote and rested as one group ({@link RunLogStore#addAll}):
 * each flow's folder is written, listed and pruned once per group, and runs older than what the
 * flow keeps are not written at all, so the history keeps up with thousands of runs a second.
 * An unbounded hand-off would grow without limit on a slow disk: when the queue is full a run is
 * not kept, and the count of runs not kept is reported once a second at most.
 *
 * <p>The source and {@code tracked} are what the store's own recorder gives a run no thread asked
 * a source for: {@code flow} for a run started by another flow, else the trigger type;
 * {@code tracked} when the flow's accountability is {@code all} (engine.md §8.1).
 */
public final class BoundedRunLog implements RunListener, AutoCloseable {

  /**
   * How long the writer rests after a group commit. A group holds what queued up meanwhile, and
   * only the newest {@code runHistoryLimit} runs of it per flow are written, so at thousands of
   * runs a second a group costs what the limit costs, not what the rate does.
   */
  private static final long LINGER_MILLIS = 20;

  private final WorkspaceRuntime runtime;
  private final RunLogStore store;
  private final GroupWriter<RunResult> writer;
  private final Consumer<String> problems;
  private final AtomicLong dropped = new AtomicLong();
  private final Runnable detach;
  private long lastReport;

  /** @param capacity runs waiting to be written; 0 keeps no history at all (and reports nothing) */
  public BoundedRunLog(WorkspaceRuntime runtime, RunLogStore store, int capacity, Consumer<String> problems) {
    this.runtime = runtime;
    this.store = store;
    this.problems = problems;
    // a group takes the whole queue: runs beyond the flow's limit are dropped before any work
    this.writer = new GroupWriter<>("serve-run-history", capacity, capacity, LINGER_MILLIS, this::write);
    this.detach = capacity == 0 ? () -> {} : runtime.addListener(this);
  }

  @Override
  public void runFinished(RunResult result) {
    if (!writer.offer(result)) {
      long total = dropped.incrementAndGet();
      long now = System.nanoTime();
      synchronized (this) {
        if (now - lastReport > TimeUnit.SECONDS.toNanos(1) || lastReport == 0) {
          lastReport = now;
          problems.accept("flowsmith serve: run history is behind; " + total + " run(s) not kept so far");
        }
      }
    }
  }

  /** Runs not kept because the queue was full. */
  public long dropped() {
    return dropped.get();
  }

  /** Stops taking runs, writes what is queued (for up to 10 s), then stops. */
  @Override
  public void close() {
    detach.run();
    writer.close();
  }

  /** Group commit: whatever queued up while the last group was written goes to the store at once. */
  private void write(List<RunResult> results) {
    // runs the flow would not keep are not even turned into records
    Map<String, List<RunResult>> byFlow = new LinkedHashMap<>();
    results.forEach(result -> byFlow.computeIfAbsent(result.flowId(), id -> new ArrayList<>()).add(result));
    int limit = store.limit();
    List<RunLogStore.Pending> runs = new ArrayList<>(results.size());
    for (RunResult result : byFlow.values().stream()
        .flatMap(flow -> RunLogStore.newest(flow, limit, RunResult::startedAt, RunResult::runId).stream()).toList()) {
      @Nullable Flow flow = runtime.flow(result.flowId()).orElse(null);
      String source = result.parentRunId() != null ? "flow"
          : flow == null ? "webhook" : flow.triggerType().map(TriggerType::id).orElse("app");
      boolean tracked = flow != null && "all".equals(flow.accountability());
      runs.add(new RunLogStore.Pending(RunRecord.from(result, source), tracked));
    }
    try {
      store.addAll(runs);
    } catch (IOException | RuntimeException failed) {
      // history is a convenience: a full disk must not stop serving
      String first = results.get(0).runId();
      problems.accept("flowsmith serve: could not keep " + (results.size() == 1 ? "run " + first
          : results.size() + " runs from " + first) + ": " + failed.getMessage());
    }
  }
}
