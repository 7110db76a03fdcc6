package dev.flowsmith.cli;

import dev.flowsmith.workspace.server.DirectusCallException;
import dev.flowsmith.workspace.server.PullReport;
import dev.flowsmith.workspace.server.ServerSync;
import dev.flowsmith.workspace.server.SyncProgress;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code flowsmith pull}: the server's flows into the workspace's flow files. */
@Command(name = "pull", mixinStandardHelpOptions = true,
    description = {"Writes each flow of a Directus server as DIR/flows/<slug>.json (canonical form; a flow's",
        "existing file keeps its name) and records what was pulled in DIR/.flowsmith/sync.json.",
        "A file already holding the server's flow is left untouched; a flow changed here since the last",
        "pull is kept unless --force."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:pulled", "1:some flows were kept because they changed here (see --force)",
        "2:bad usage, unreadable workspace, or the server refused"})
final class PullCommand extends SyncCommand {

  @Option(names = "--force", description = "overwrite flows changed in the workspace since the last pull")
  boolean force;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try {
      ServerSync sync = connect();
      PullReport report = sync.pull(flows, force, SyncProgress.NONE);
      long written = report.flows().stream().filter(PullReport.PulledFlow::written).count();
      long kept = report.flows().stream().filter(PullReport.PulledFlow::skipped).count();
      out.println("Pulled " + report.flows().size() + " flow(s) from " + sync.http().url() + ": " + written
          + " written, " + (report.flows().size() - written - kept) + " unchanged, " + kept + " kept ("
          + report.requests() + " request(s))");
      for (PullReport.PulledFlow flow : report.flows()) {
        String what = flow.skipped() ? "kept     " : flow.written() ? "written  " : "unchanged";
        out.println("  " + what + " " + relative(flow.file()) + "  " + flow.name()
            + (flow.skipped() ? "  (changed here; pull --force overwrites it)" : ""));
      }
      return kept > 0 ? FlowsmithCli.PROBLEMS : FlowsmithCli.OK;
    } catch (DirectusCallException failed) {
      return fail(failed.plainMessage());
    }
  }
}
