package dev.flowsmith.cli;

import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.TriggerType;
import dev.flowsmith.workspace.WebhookLimits;
import dev.flowsmith.workspace.WebhookServer;
import dev.flowsmith.workspace.WorkspaceLimits;
import dev.flowsmith.workspace.WorkspaceRuntime;
import dev.flowsmith.workspace.history.BoundedRunLog;
import dev.flowsmith.workspace.history.RunLogStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: the workspace's webhook endpoint without the app, for curl, a local website or
 * CI. Runs until SIGINT/SIGTERM (a shutdown hook stops the server and the script workers) or
 * until its thread is interrupted, which is how tests stop it.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Runs the workspace's live triggers as Directus does: webhook and manual flows on",
        "http://127.0.0.1:PORT/flows/trigger/<flowId>, schedules, and item events (on DIR/data.db when it exists).",
        "Prints one line per finished run and keeps it under DIR/runs/ (runHistoryLimit per flow).",
        "Limits per client come from the workspace's webhookLimits setting. Stop with Ctrl+C."})
final class ServeCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--workspace", paramLabel = "DIR", required = true, description = "the workspace folder")
  private Path workspace;

  @Option(names = "--port", paramLabel = "N",
      description = "port on 127.0.0.1 (default: the workspace's webhookPort setting, else 8055; 0 = any free port)")
  private Integer port;

  @Option(names = "--no-history", description = "do not keep runs under DIR/runs/ (CI, load tests)")
  private boolean noHistory;
  @picocli.CommandLine.Mixin
  private BudgetOptions budgets = new BudgetOptions();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    WorkspaceFolder folder;
    try {
      folder = WorkspaceFolder.open(workspace);
    } catch (FlowFormatException | IOException unreadable) {
      err.println("flowsmith serve: " + unreadable.getMessage());
      return FlowsmithCli.BAD_INPUT;
    }
    folder.problems().forEach(problem -> err.println("flowsmith serve: skipped " + problem.getMessage()));
    WebhookLimits limits;
    try {
      limits = WebhookLimits.from(folder.settings());
    } catch (IllegalArgumentException badSetting) {
      err.println("flowsmith serve: " + badSetting.getMessage());
      return FlowsmithCli.BAD_INPUT;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    try (ServeRunLines lines = new ServeRunLines(out, err);
        WorkspaceRuntime runtime = WorkspaceRuntime.builder(folder)
        .limits(budgets.apply(WorkspaceLimits.runLimits(folder)))
        .log(lines::log).build();
        RunLogStore store = new RunLogStore(folder);
        BoundedRunLog history = new BoundedRunLog(runtime, store, !noHistory,
            line -> printProblem(err, line));
        WebhookServer server = new WebhookServer(runtime,
            port != null ? port : WebhookServer.configuredPort(folder), WebhookServer.DEFAULT_THREADS, limits)) {
      server.onProblem(line -> printProblem(err, line));
      server.start();
      runtime.startSchedules();
      runtime.warmUpScripts();
      runtime.schedules().problems().forEach((flowId, problem) -> err.println("flowsmith serve: " + problem));
      lines.showRunsOf(runtime);
      out.println("Listening on " + server.triggerBase() + "<flowId>");
      out.println(String.format(Locale.ROOT, "  limits: %d connections, %d s idle, %d s for a request head, "
          + "%d-byte JSON body, %d KB / %d header fields", limits.maxConnections(), limits.idleTimeout().toSeconds(),
          limits.headerTimeout().toSeconds(), limits.maxBodyBytes(), WebhookLimits.MAX_HEADER_BYTES / 1024,
          WebhookLimits.MAX_HEADERS));
      for (Flow flow : runtime.flows()) {
        flow.triggerType().filter(t -> t == TriggerType.WEBHOOK || t == TriggerType.MANUAL).ifPresent(t ->
            out.println("  " + method(flow, t) + " " + server.triggerBase() + flow.id() + "  " + flow.name()
                + (Flow.ACTIVE.equals(flow.status()) ? "" : " (inactive: answers 403)")));
      }
      out.flush();
      Thread hook = new Thread(() -> {
        stopped.countDown();
        server.stop();
        lines.close();
        history.close();
        store.close();
        runtime.close();
      }, "flowsmith-serve-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        stopped.await();
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      } finally {
        removeHook(hook);
      }
      // what ran until now is printed before the last line
      server.stop();
      lines.close();
      out.println("Stopped.");
      out.flush();
      return FlowsmithCli.OK;
    } catch (IOException | FlowFormatException cannotStart) {
      err.println("flowsmith serve: " + cannotStart.getMessage());
      return FlowsmithCli.BAD_INPUT;
    }
  }

  private static String method(Flow flow, TriggerType type) {
    return type == TriggerType.MANUAL ? "POST" : flow.triggerOptions().string("method").orElse("GET");
  }

  private static void printProblem(PrintWriter err, String line) {
    synchronized (err) {
      err.println(line);
      err.flush();
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the JVM is exiting and the hook is running: it stops everything itself
    }
  }
}
