package dev.flowsmith.app.viewmodel;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** One row of the workspace list: a flow that can be opened, or a flow file that failed to read. */
public sealed interface WorkspaceEntry {

  Path file();

  /** The first line of the row. */
  String label();

  /** The second line: where the flow lives, or what is wrong with the file. */
  String detail();

  /**
   * @param icon the flow's Directus icon name, null for the default
   * @param color the flow's colour ({@code #RRGGBB}), null for none
   */
  record FlowEntry(String flowId, String name, Path file, int operationCount, @Nullable String icon,
      @Nullable String color) implements WorkspaceEntry {
    @Override
    public String label() {
      return name;
    }

    @Override
    public String detail() {
      return file.getFileName() + " · " + WindowTexts.count(operationCount, "operation");
    }
  }

  /** {@code message} is the located error (file:line:col) from the reader. */
  record ProblemEntry(Path file, String message) implements WorkspaceEntry {
    @Override
    public String label() {
      return String.valueOf(file.getFileName());
    }

    /** The message without the file path the row already names: "3:1: unexpected end of input". */
    @Override
    public String detail() {
      String prefix = file + ":";
      return message.startsWith(prefix) ? message.substring(prefix.length()).strip() : message;
    }
  }
}
