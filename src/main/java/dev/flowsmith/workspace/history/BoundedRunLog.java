package dev.flowsmith.workspace.history;

import dev.flowsmith.engine.run.RunListener;
import dev.flowsmith.engine.run.RunResult;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.TriggerType;
import dev.flowsmith.workspace.WorkspaceRuntime;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Run history for {@code serve}: every finished run goes to the workspace's {@code runs/} folder
 * (a {@link RunLogStore}, as the app keeps it), written by one thread of its own in groups
 * ({@link RunLogStore#addAll}), each flow's folder written, listed and pruned once per group.
 *
 * <p>What waits for the writer is, per flow, only the newest {@code runHistoryLimit} runs (by
 * start time, then id, as the store orders its files): a run pushed out of that was never going
 * to be kept, so it is dropped on arrival, before it costs a record, a file or a disk sync. The
 * folder ends as adding the runs one by one would leave it, the memory waiting is at most the limit
 * per flow, and no run that belongs in the history is refused however fast runs come. The writer
 * rests {@link #REST_MILLIS} after each group, so a busy flow costs at most its limit in files
 * twice a second, not one file per run.
 *
 * <p>The source and {@code tracked} are what the store's own recorder gives a run no thread asked
 * a source for: {@code flow} for a run started by another flow, else the trigger type;
 * {@code tracked} when the flow's accountability is {@code all} (engine.md §8.1).
 */
public final class BoundedRunLog implements RunListener, AutoCloseable {

  /** How long the writer rests after a group; a run is in {@code runs/} at most this much (and a write) later. */
  static final long REST_MILLIS = 500;

  /** A run with its place in the store's file order: start time to the millisecond, then the id as in the name. */
  private record Keyed(long startedMillis, String fileId, RunResult run) {
    static final Comparator<Keyed> FILE_ORDER = Comparator.comparingLong(Keyed::startedMillis).thenComparing(Keyed::fileId);

    Keyed(RunResult run) {
      this(run.startedAt().toEpochMilli(), RunLogStore.safe(run.runId()), run);
    }
  }

  private final WorkspaceRuntime runtime;
  private final RunLogStore store;
  private final Consumer<String> problems;
  private final int limit;
  private final Runnable detach;
  private final Thread writer;
  private final Object lock = new Object();
  /** Per flow, its newest runs not yet written, oldest first; guarded by {@link #lock}. */
  private Map<String, TreeSet<Keyed>> waiting = new LinkedHashMap<>();
  private boolean closing;

  /** @param keep false keeps no history at all ({@code serve --no-history}) */
  public BoundedRunLog(WorkspaceRuntime runtime, RunLogStore store, boolean keep, Consumer<String> problems) {
    this.runtime = runtime;
    this.store = store;
    this.problems = problems;
    this.limit = store.limit();
    this.writer = new Thread(this::drain, "serve-run-history");
    writer.setDaemon(true);
    if (keep) {
      writer.start();
      this.detach = runtime.addListener(this);
    } else {
      this.detach = () -> {};
    }
  }

  @Override
  public void runFinished(RunResult result) {
    Keyed keyed = new Keyed(result);
    synchronized (lock) {
      if (closing) {
        return;
      }
      TreeSet<Keyed> runs = waiting.computeIfAbsent(result.flowId(), id -> new TreeSet<>(Keyed.FILE_ORDER));
      runs.add(keyed);
      if (runs.size() > limit) {
        runs.pollFirst(); // older than every run the flow keeps
      }
      if (waiting.size() == 1 && runs.size() == 1) {
        lock.notifyAll(); // the first run since the last group: the writer may be waiting for one
      }
    }
  }

  /** Stops taking runs, writes what is waiting (for up to 10 s), then stops. */
  @Override
  public void close() {
    detach.run();
    synchronized (lock) {
      closing = true;
      lock.notifyAll();
    }
    try {
      writer.join(TimeUnit.SECONDS.toMillis(10));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void drain() {
    while (true) {
      Map<String, TreeSet<Keyed>> group;
      boolean last;
      synchronized (lock) {
        try {
          while (waiting.isEmpty() && !closing) {
            lock.wait();
          }
        } catch (InterruptedException interrupted) {
          return;
        }
        group = waiting;
        waiting = new LinkedHashMap<>();
        last = closing;
      }
      if (!group.isEmpty()) {
        write(group);
      }
      if (last) {
        return;
      }
      rest();
    }
  }

  /** The rest after a group; over at once when the log is closed. */
  private void rest() {
    long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(REST_MILLIS);
    synchronized (lock) {
      try {
        for (long left = until - System.nanoTime(); left > 0 && !closing; left = until - System.nanoTime()) {
          TimeUnit.NANOSECONDS.timedWait(lock, left);
        }
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Group commit: per flow its newest runs, as records, to the store at once. */
  private void write(Map<String, TreeSet<Keyed>> group) {
    List<RunLogStore.Pending> runs = new ArrayList<>();
    for (TreeSet<Keyed> flowRuns : group.values()) {
      for (Keyed keyed : flowRuns) {
        RunResult result = keyed.run();
        @Nullable Flow flow = runtime.flow(result.flowId()).orElse(null);
        String source = result.parentRunId() != null ? "flow"
            : flow == null ? "webhook" : flow.triggerType().map(TriggerType::id).orElse("app");
        boolean tracked = flow != null && "all".equals(flow.accountability());
        runs.add(new RunLogStore.Pending(RunRecord.from(result, source), tracked));
      }
    }
    try {
      store.addAll(runs);
    } catch (IOException | RuntimeException failed) {
      // history is a convenience: a full disk must not stop serving
      String first = runs.get(0).record().runId();
      problems.accept("flowsmith serve: could not keep " + (runs.size() == 1 ? "run " + first
          : runs.size() + " runs from " + first) + ": " + failed.getMessage());
    }
  }
}
