package dev.flowsmith.app.view;

import dev.flowsmith.workspace.history.RunLogStore;
import dev.flowsmith.workspace.history.RunLogStore.Entry;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Tells of runs the user did not start from the app: a webhook call or a schedule ran a flow and
 * finished. It watches the workspace's run history and reports each new top-level run of those
 * sources once, with the flow's name, how it ended, its steps and its time. Runs stored before
 * it started watching are never reported.
 */
final class RunNotices {

  /** The sources of runs started outside the app (RunRecorder's trigger sources). */
  static final Set<String> BACKGROUND = Set.of("webhook", "schedule");

  /** One finished run to tell of. */
  record Notice(String flowId, String runId, String title, String text, boolean failed) {}

  private final Function<String, String> flowName;
  private final Consumer<Notice> sink;
  private final Clock clock;
  /** Every run that was the newest of its flow when looked at: each is told of once, even after a delete. */
  private final Set<String> seen = ConcurrentHashMap.newKeySet();
  private Instant since;

  /**
   * @param flowName the name of a flow by its id (the id itself when unknown)
   * @param sink gets each notice, on the thread that stored the run
   */
  RunNotices(Function<String, String> flowName, Consumer<Notice> sink, Clock clock) {
    this.flowName = flowName;
    this.sink = sink;
    this.clock = clock;
    this.since = clock.instant();
  }

  /** Watches this store from now on; returns the way to stop. */
  Runnable watch(RunLogStore store) {
    since = clock.instant();
    return store.addListener(flowId -> changed(store, flowId));
  }

  private void changed(RunLogStore store, String flowId) {
    List<Entry> runs;
    try {
      runs = store.list(flowId);
    } catch (IOException unreadable) {
      return; // the History tab shows the same problem
    }
    if (runs.isEmpty()) {
      return;
    }
    Entry newest = runs.get(0);
    if (!seen.add(newest.runId()) || !BACKGROUND.contains(newest.source())
        || newest.startedAt().isBefore(since)) {
      return;
    }
    sink.accept(notice(newest, flowName.apply(flowId)));
  }

  static Notice notice(Entry run, String flow) {
    boolean failed = !"resolve".equals(run.status());
    String source = "schedule".equals(run.source()) ? "Scheduled run" : "Webhook run";
    String steps = run.stepCount() == 1 ? "1 step" : run.stepCount() + " steps";
    String time = run.durationMicros() < 0 ? "" : " · " + milliseconds(run.durationMicros());
    return new Notice(run.flowId(), run.runId(), source + " of " + flow + " " + outcome(run.status()),
        steps + time, failed);
  }

  private static String outcome(String status) {
    return switch (status) {
      case "resolve" -> "finished";
      case "reject" -> "failed";
      case "thrown" -> "threw an error";
      case "cancelled" -> "was cancelled";
      case "empty" -> "ran no step";
      default -> "ended: " + status;
    };
  }

  private static String milliseconds(long micros) {
    return micros < 1000 ? "under 1 ms" : Math.round(micros / 1000.0) + " ms";
  }
}
