package dev.flowsmith.cli;

import dev.flowsmith.engine.run.RunResult;
import dev.flowsmith.model.Flow;
import dev.flowsmith.workspace.WorkspaceRuntime;
import dev.flowsmith.workspace.history.GroupWriter;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@code serve}'s line per finished run ("12:03:04  Website lead → CRM  webhook  resolve  12.3 ms"),
 * written by one thread of its own: a webhook thread only hands the run over, and the lines that
 * queued up while the last ones were written go out with one flush. Under load that is one write
 * for many runs instead of a lock and a write per run on the threads that answer requests.
 */
final class ServeRunLines implements Consumer<RunResult>, AutoCloseable {

  /** Runs waiting for their line; a webhook thread waits when stdout is this far behind. */
  private static final int QUEUE = 10_000;

  private final PrintWriter out;
  private final WorkspaceRuntime runtime;
  private final GroupWriter<RunResult> writer;

  ServeRunLines(PrintWriter out, WorkspaceRuntime runtime) {
    this.out = out;
    this.runtime = runtime;
    this.writer = new GroupWriter<>("serve-run-lines", QUEUE, QUEUE, this::write);
  }

  @Override
  public void accept(RunResult result) {
    writer.put(result);
  }

  /** Writes the lines still queued (for up to 5 s), then stops. */
  @Override
  public void close() {
    writer.close(TimeUnit.SECONDS.toMillis(5));
  }

  private void write(List<RunResult> runs) {
    synchronized (out) {
      runs.forEach(result -> out.println(line(result)));
      out.flush();
    }
  }

  private String line(RunResult result) {
    Flow flow = runtime.flows().stream().filter(f -> f.id().equals(result.flowId())).findFirst().orElse(null);
    String name = flow == null ? result.flowId() : flow.name();
    String trigger = flow == null ? "?" : flow.trigger() == null ? "none" : flow.trigger();
    return String.format(Locale.ROOT, "%s  %s  %s  %s  %.1f ms", result.startedAt(), name, trigger,
        result.lastStatus().name().toLowerCase(Locale.ROOT), result.durationMicros() / 1000.0);
  }
}
