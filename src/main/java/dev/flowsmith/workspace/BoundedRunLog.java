package dev.flowsmith.workspace;

import dev.flowsmith.engine.run.RunListener;
import dev.flowsmith.engine.run.RunResult;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.TriggerType;
import dev.flowsmith.workspace.history.RunLogStore;
import dev.flowsmith.workspace.history.RunRecord;
import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Run history for {@code serve}: every finished run goes to the workspace's {@code runs/} folder
 * (a {@link RunLogStore}, as the app keeps it) through a queue of at most {@code capacity} runs.
 * A store writes each run with a forced disk write, a few hundred per second; a webhook under
 * load finishes thousands, and an unbounded hand-off would grow without limit. When the queue is
 * full a run is not kept, and the count of runs not kept is reported once a second at most.
 *
 * <p>The source and {@code tracked} are what the store's own recorder gives a run no thread asked
 * a source for: {@code flow} for a run started by another flow, else the trigger type;
 * {@code tracked} when the flow's accountability is {@code all} (engine.md §8.1).
 */
public final class BoundedRunLog implements RunListener, AutoCloseable {

  private final WorkspaceRuntime runtime;
  private final RunLogStore store;
  private final BlockingQueue<RunResult> queue;
  private final Consumer<String> problems;
  private final AtomicLong dropped = new AtomicLong();
  private final Thread writer;
  private final Runnable detach;
  private volatile boolean closing;
  private long lastReport;

  /** @param capacity runs waiting to be written; 0 keeps no history at all (and reports nothing) */
  public BoundedRunLog(WorkspaceRuntime runtime, RunLogStore store, int capacity, Consumer<String> problems) {
    this.runtime = runtime;
    this.store = store;
    this.queue = new ArrayBlockingQueue<>(Math.max(1, capacity));
    this.problems = problems;
    this.writer = new Thread(this::drain, "serve-run-history");
    writer.setDaemon(true);
    writer.start();
    this.detach = capacity == 0 ? () -> {} : runtime.addListener(this);
  }

  @Override
  public void runFinished(RunResult result) {
    if (closing || !queue.offer(result)) {
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
    closing = true;
    try {
      writer.join(TimeUnit.SECONDS.toMillis(10));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void drain() {
    while (true) {
      RunResult result;
      try {
        // a timed wait, not an interrupt, ends it: an interrupt would close the store's file channel mid-write
        result = queue.poll(100, TimeUnit.MILLISECONDS);
      } catch (InterruptedException interrupted) {
        return;
      }
      if (result != null) {
        write(result);
      } else if (closing) {
        return;
      }
    }
  }

  private void write(RunResult result) {
    @Nullable Flow flow = runtime.flow(result.flowId()).orElse(null);
    String source = result.parentRunId() != null ? "flow"
        : flow == null ? "webhook" : flow.triggerType().map(TriggerType::id).orElse("app");
    boolean tracked = flow != null && "all".equals(flow.accountability());
    try {
      store.add(RunRecord.from(result, source), tracked);
    } catch (IOException | RuntimeException failed) {
      // history is a convenience: a full disk must not stop serving
      problems.accept("flowsmith serve: could not keep run " + result.runId() + ": " + failed.getMessage());
    }
  }
}
