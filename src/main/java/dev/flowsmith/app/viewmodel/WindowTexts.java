package dev.flowsmith.app.viewmodel;

import dev.flowsmith.app.viewmodel.WorkspaceEntry.ProblemEntry;
import dev.flowsmith.format.SourceFormat;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.Flow;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The window title and status-bar line, as pure functions of the view-model state. */
final class WindowTexts {

  private WindowTexts() {}

  /** "Flowsmith", or "Flowsmith — name" with " •" while there are unsaved changes. */
  static String title(@Nullable Flow flow, boolean dirty) {
    if (flow == null) {
      return MainViewModel.APP_NAME;
    }
    return MainViewModel.APP_NAME + " — " + flow.name() + (dirty ? " •" : "");
  }

  /** Where the flow lives, the format it came in, and how many operations it has. */
  static String status(@Nullable Flow flow, @Nullable Path path, @Nullable SourceFormat format,
      @Nullable WorkspaceFolder ws, List<WorkspaceEntry> entries) {
    if (flow == null) {
      if (ws == null) {
        return "No flow open — use File › New, Open File… or Open Workspace…";
      }
      long broken = entries.stream().filter(ProblemEntry.class::isInstance).count();
      return "Workspace " + ws.root() + " — " + count(ws.flows().size(), "flow")
          + (broken == 0 ? "" : ", " + count(broken, "broken file"));
    }
    return (path == null ? "Not saved" : path.toString()) + " — "
        + (format == null ? "new flow" : format.description()) + " — "
        + count(flow.operations().size(), "operation");
  }

  /** "1 operation", "4 operations". */
  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
