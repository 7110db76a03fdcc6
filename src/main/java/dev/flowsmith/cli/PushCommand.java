package dev.flowsmith.cli;

import dev.flowsmith.workspace.server.DirectusCallException;
import dev.flowsmith.workspace.server.FlowStatus;
import dev.flowsmith.workspace.server.PushReport;
import dev.flowsmith.workspace.server.ServerSync;
import dev.flowsmith.workspace.server.SyncProgress;
import java.io.PrintWriter;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code flowsmith push}: makes a server's flows match the workspace's. */
@Command(name = "push", mixinStandardHelpOptions = true,
    description = {"Makes the server match the workspace's flows (or those of --flow), updating existing flows",
        "in place (ids kept), in batches and in the order Directus accepts: flows inactive, new operations",
        "unlinked, links, deletions, then entry operation and status. Flows only on the server are left alone.",
        "Refuses when a server flow changed since the last pull (unless --force). When a request fails",
        "halfway, the flows it touched are restored to their state before the push."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:pushed (or planned, with --dry-run)",
        "1:refused (changed on the server), or failed halfway and restored",
        "2:bad usage, unreadable workspace, or the server refused before anything changed"})
final class PushCommand extends SyncCommand {

  @Option(names = "--dry-run", description = "print the requests a push would make, and make none")
  boolean dryRun;

  @Option(names = "--force", description = "overwrite server flows that changed since the last pull")
  boolean force;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      ServerSync sync = connect();
      PushReport report = sync.push(flows, dryRun, force, SyncProgress.NONE);
      String url = sync.http().url().toString();
      if (report.refused()) {
        err.println("flowsmith push: refused: " + report.conflicts().size() + " flow(s) changed on " + url
            + " since the last pull; nothing was sent:");
        for (FlowStatus conflict : report.conflicts()) {
          err.println("  " + conflict.name() + " (" + conflict.id() + "): " + DiffCommand.describe(conflict.state()));
        }
        err.println("Run 'flowsmith diff' to see them, pull them, or push --force to overwrite them.");
        return FlowsmithCli.PROBLEMS;
      }
      if (report.planned().isEmpty()) {
        out.println("Nothing to push: " + url + " already has the workspace's flows");
        return FlowsmithCli.OK;
      }
      if (report.dryRun()) {
        out.println("Would push to " + url + " in " + report.planned().size() + " write request(s):");
        report.planned().forEach(step -> out.println("  " + step));
        out.println("  flows: " + flowNames(report));
        return FlowsmithCli.OK;
      }
      if (report.failure() != null) {
        err.println("flowsmith push: failed after " + report.done().size() + " of " + report.planned().size()
            + " write request(s): " + report.failure().plainMessage());
        report.rollback().forEach(line -> err.println("  " + line));
        return FlowsmithCli.PROBLEMS;
      }
      out.println("Pushed to " + url + " in " + report.done().size() + " write request(s) (" + report.requests()
          + " request(s) in all):");
      report.done().forEach(step -> out.println("  " + step));
      return FlowsmithCli.OK;
    } catch (DirectusCallException failed) {
      return fail(failed.plainMessage());
    }
  }

  private static String flowNames(PushReport report) {
    return report.planned().stream().flatMap(step -> step.flowIds().stream()).distinct()
        .collect(Collectors.joining(", "));
  }
}
