package dev.flowsmith.app.server;

import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.workspace.server.FieldDifference;
import dev.flowsmith.workspace.server.FlowDiff;
import dev.flowsmith.workspace.server.FlowState;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One line of the side-by-side diff: where (the flow itself or one operation, by key), which
 * field, the workspace's value and the server's, and how they differ.
 */
public record DiffRow(String where, String field, String local, String server, Change change) {

  /** How a field differs. */
  public enum Change {
    CHANGED("changed"), ONLY_HERE("only here"), ONLY_THERE("only on the server");

    private final String label;

    Change(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** The flow's own fields are listed under this. */
  public static final String FLOW = "flow";
  /** Shown for a value one side does not have. */
  public static final String ABSENT = "—";

  private static final Pattern OPERATION = Pattern.compile("^operations\\[([^\\]]+)\\](?:\\.(.+))?$");

  /** The rows of one flow's diff: the flow's fields first, then each operation's, in the API's order. */
  public static List<DiffRow> of(FlowDiff diff) {
    List<DiffRow> flowRows = new ArrayList<>();
    List<DiffRow> operationRows = new ArrayList<>();
    // a flow on one side only has no fields to compare: say where it is
    if (diff.differences().isEmpty() && diff.state() == FlowState.ONLY_HERE) {
      return List.of(new DiffRow(FLOW, "(whole flow)", "only in the workspace", ABSENT, Change.ONLY_HERE));
    }
    if (diff.differences().isEmpty() && diff.state() == FlowState.ONLY_THERE) {
      return List.of(new DiffRow(FLOW, "(whole flow)", ABSENT, "only on the server", Change.ONLY_THERE));
    }
    for (FieldDifference difference : diff.differences()) {
      Matcher operation = OPERATION.matcher(difference.path());
      Change change = difference.local() == null ? Change.ONLY_THERE
          : difference.server() == null ? Change.ONLY_HERE : Change.CHANGED;
      if (operation.matches()) {
        String field = operation.group(2) == null ? "(whole operation)" : operation.group(2);
        operationRows.add(new DiffRow("operation " + operation.group(1), field, text(difference.local()),
            text(difference.server()), change));
      } else {
        flowRows.add(new DiffRow(FLOW, difference.path(), text(difference.local()), text(difference.server()),
            change));
      }
    }
    flowRows.addAll(operationRows);
    return flowRows;
  }

  /** A value as the user would write it: strings bare, anything else as indented JSON. */
  static String text(@Nullable JsonValue value) {
    if (value == null) {
      return ABSENT;
    }
    if (value instanceof JsonValue.JsonString string) {
      return string.value();
    }
    return JsonText.pretty(value).strip();
  }
}
