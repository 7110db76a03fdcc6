package dev.flowsmith.cli;

import dev.flowsmith.engine.run.RunResult;
import dev.flowsmith.model.Flow;
import dev.flowsmith.workspace.WorkspaceRuntime;
import dev.flowsmith.workspace.history.GroupWriter;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * {@code serve}'s console: the line per finished run on stdout ("2026-12-07T12:03:04.5Z  Website
 * lead → CRM  webhook  resolve  12.3 ms") and the Log to Console lines on stderr ("[Website lead
 * → CRM › log] …"), written by one thread of its own: a webhook thread only hands a line over, and
 * the lines that queued up while the last ones were written, and while the writer rested after
 * them, go out with one flush per stream. Under load that is one write for many runs instead of a
 * lock and a write per run on the threads that answer requests.
 */
final class ServeRunLines implements Consumer<RunResult>, AutoCloseable {

  /** Lines waiting; a webhook thread waits when the console is this far behind. */
  private static final int QUEUE = 10_000;
  /** How long the writer rests after writing; a line shows at most this much later. */
  private static final long LINGER_MILLIS = 20;

  /** A line for one of the two streams; a run's line is formatted on the writer thread. */
  private record Line(boolean toErr, String text, @Nullable RunResult run) {}

  private final PrintWriter out;
  private final PrintWriter err;
  private final GroupWriter<Line> writer;
  private volatile @Nullable WorkspaceRuntime runtime;
  /** The flows by id as last seen on the writer thread (the runtime's list is copied per call). */
  private Map<String, Flow> flows = Map.of();

  /** Log lines are taken at once; run lines once {@link #showRunsOf} names their runtime. */
  ServeRunLines(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
    this.writer = new GroupWriter<>("serve-run-lines", QUEUE, QUEUE, LINGER_MILLIS, this::write);
  }

  /** Prints a line for every run {@code runtime} finishes from now on. */
  void showRunsOf(WorkspaceRuntime runtime) {
    this.runtime = runtime;
    runtime.history().subscribe(this);
  }

  @Override
  public void accept(RunResult result) {
    writer.put(new Line(false, "", result));
  }

  /** A Log to Console step's message, as {@code [flow › key] message} on stderr. */
  void log(String flow, String key, String message) {
    writer.put(new Line(true, "[" + flow + " › " + key + "] " + message, null));
  }

  /** Writes the lines still queued (for up to 5 s), then stops. */
  @Override
  public void close() {
    writer.close(TimeUnit.SECONDS.toMillis(5));
  }

  private void write(List<Line> lines) {
    // one print and one flush per stream: println on an autoflushing writer is a system call per line
    StringBuilder toOut = new StringBuilder();
    StringBuilder toErr = new StringBuilder();
    for (Line line : lines) {
      if (line.toErr()) {
        toErr.append(line.text()).append(System.lineSeparator());
      } else {
        toOut.append(line(Objects.requireNonNull(line.run()))).append(System.lineSeparator());
      }
    }
    print(out, toOut);
    print(err, toErr);
  }

  private static void print(PrintWriter stream, StringBuilder text) {
    if (text.length() > 0) {
      synchronized (stream) {
        stream.print(text);
        stream.flush();
      }
    }
  }

  private String line(RunResult result) {
    Flow flow = flow(result.flowId());
    String name = flow == null ? result.flowId() : flow.name();
    String trigger = flow == null ? "?" : flow.trigger() == null ? "none" : flow.trigger();
    return result.startedAt() + "  " + name + "  " + trigger + "  "
        + result.lastStatus().name().toLowerCase(Locale.ROOT) + "  " + millis(result.durationMicros()) + " ms";
  }

  private @Nullable Flow flow(String id) {
    Flow flow = flows.get(id);
    WorkspaceRuntime shown = runtime;
    if (flow == null && shown != null) {
      // the first run of a flow: look it up (the runtime copies its list per call)
      Map<String, Flow> byId = new HashMap<>();
      shown.flows().forEach(f -> byId.put(f.id(), f));
      flows = byId;
      flow = byId.get(id);
    }
    return flow;
  }

  /** Microseconds as milliseconds with one decimal, rounded half up as {@code %.1f} does. */
  static String millis(long micros) {
    long tenths = Math.floorDiv(micros + 50, 100);
    return Math.floorDiv(tenths, 10) + "." + Math.floorMod(tenths, 10);
  }
}
