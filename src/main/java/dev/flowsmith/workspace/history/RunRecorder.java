package dev.flowsmith.workspace.history;

import dev.flowsmith.engine.run.RunListener;
import dev.flowsmith.engine.run.RunResult;
import dev.flowsmith.engine.run.RunStart;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.TriggerType;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The listener {@link RunLogStore#attach} puts on a runtime. It stores every finished run —
 * top-level and nested, from every trigger source. Directus only logs flows whose accountability
 * is {@code all} (engine.md §8.1); we differ on purpose, because the user asked for history from
 * every source, and mark the others {@code tracked: false} so the UI can say Directus would not
 * have kept them.
 *
 * <p>The source comes from the run's start: a run with a parent was started by another flow
 * ({@code flow}); otherwise the flow's trigger type ({@code webhook}, {@code schedule},
 * {@code event}, {@code manual}, {@code operation}), unless the thread that launched it asked for
 * another with {@link #launchAs}. The run id exists only once the run has started, so the app
 * cannot name its runs ahead; a thread-local set around the launch is what it can do.
 */
final class RunRecorder implements RunListener {

  private static final System.Logger LOG = System.getLogger(RunRecorder.class.getName());

  private final RunLogStore store;
  /** The source the next top-level run started on this thread gets; taken by that run. */
  private final ThreadLocal<@Nullable String> override = new ThreadLocal<>();
  /**
   * Runs between start and finish. A run that crashes before it finishes leaves its small entry
   * behind; that is rare (engine bugs) and cheaper than a timer sweeping the map.
   */
  private final Map<String, Started> started = new ConcurrentHashMap<>();
  private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "flowsmith-run-history");
    thread.setDaemon(true); // a queued write must not keep the app alive after its window closed
    return thread;
  });

  private record Started(String source, boolean tracked) {}

  RunRecorder(RunLogStore store) {
    this.store = store;
  }

  @Override
  public void runStarted(RunStart start) {
    String source;
    if (start.parentRunId() != null) {
      source = "flow";
    } else {
      String asked = override.get();
      override.remove(); // only the first run: event flows its item changes fire keep their own source
      source = asked != null ? asked : triggerSource(start.flow());
    }
    started.put(start.runId(), new Started(source, "all".equals(start.flow().accountability())));
  }

  @Override
  public void runFinished(RunResult result) {
    Started start = started.remove(result.runId());
    if (start == null) {
      start = new Started(result.parentRunId() != null ? "flow" : "app", result.log() != null);
    }
    storeAs(result, start.source(), start.tracked());
  }

  static String triggerSource(Flow flow) {
    // "hook" is the old name of the event trigger (format.md §2)
    return flow.triggerType().map(TriggerType::id).orElse(flow.trigger() == null ? "app" : flow.trigger());
  }

  <T, E extends Exception> T launchAs(String source, RunLogStore.Launch<T, E> launch) throws E {
    override.set(source);
    try {
      return launch.run();
    } finally {
      override.remove();
    }
  }

  void storeAs(RunResult result, String source, boolean tracked) {
    try {
      writer.execute(() -> {
        try {
          store.add(RunRecord.from(result, source), tracked);
        } catch (IOException | RuntimeException failed) {
          // history is a convenience: a full disk must not fail the run that was recorded
          LOG.log(System.Logger.Level.WARNING, "could not store run " + result.runId(), failed);
        }
      });
    } catch (RejectedExecutionException closed) {
      LOG.log(System.Logger.Level.DEBUG, "run history closed; not storing run " + result.runId());
    }
  }

  void flush() {
    try {
      writer.submit(() -> {}).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | RejectedExecutionException e) {
      // nothing was waiting, or the writer has stopped: either way nothing is left to wait for
    }
  }

  void close() {
    writer.shutdown();
    try {
      writer.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
