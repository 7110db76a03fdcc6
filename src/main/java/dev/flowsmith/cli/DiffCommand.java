package dev.flowsmith.cli;

import dev.flowsmith.workspace.server.DirectusCallException;
import dev.flowsmith.workspace.server.FieldDifference;
import dev.flowsmith.workspace.server.FlowDiff;
import dev.flowsmith.workspace.server.FlowState;
import dev.flowsmith.workspace.server.ServerSync;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code flowsmith diff}: the workspace's flows against a server's, field by field. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = {"Prints, flow by flow and field by field, what is only here, only on the server, or changed",
        "(ids, dates and user fields ignored; operations matched by id, then by key; links shown by key).",
        "Lines read 'field: here → on the server'."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:nothing differs", "1:something differs", "2:bad usage, unreadable workspace, or the server "
        + "refused"})
final class DiffCommand extends SyncCommand {

  static final int MAX_VALUE_CHARS = 120;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try {
      ServerSync sync = connect();
      List<FlowDiff> diffs = sync.diff(flows);
      int differing = 0;
      for (FlowDiff diff : diffs) {
        if (diff.same()) {
          continue;
        }
        differing++;
        out.println(diff.name() + " (" + diff.id() + "): " + describe(diff.state()));
        for (FieldDifference field : diff.differences()) {
          out.println("  " + line(field));
        }
      }
      out.println(differing == 0 ? "No differences with " + sync.http().url() + " (" + diffs.size() + " flow(s))"
          : differing + " of " + diffs.size() + " flow(s) differ from " + sync.http().url());
      return differing == 0 ? FlowsmithCli.OK : FlowsmithCli.PROBLEMS;
    } catch (DirectusCallException failed) {
      return fail(failed.plainMessage());
    }
  }

  static String describe(FlowState state) {
    return switch (state) {
      case ONLY_HERE -> "only here";
      case ONLY_THERE -> "only on the server";
      case CHANGED_HERE -> "changed here";
      case CHANGED_THERE -> "changed on the server";
      case CHANGED_BOTH -> "changed here and on the server";
      case SAME -> "same";
    };
  }

  static String line(FieldDifference field) {
    return field.describe(MAX_VALUE_CHARS);
  }
}
