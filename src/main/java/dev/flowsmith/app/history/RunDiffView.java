package dev.flowsmith.app.history;

import dev.flowsmith.app.run.ColumnFit;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.workspace.history.RunDiff;
import dev.flowsmith.workspace.history.RunDiff.Change;
import dev.flowsmith.workspace.history.RunDiff.StepDiff;
import dev.flowsmith.workspace.history.RunDiff.ValueDiff;
import dev.flowsmith.workspace.history.RunRecord;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;

/**
 * Two runs side by side: a steps table (key, status in A, status in B, what changed) and a chain
 * table (path | run A | run B) listing every leaf of the final chain that differs. Changed cells
 * carry CSS classes ({@code run-diff-changed}, {@code run-diff-absent}, {@code run-diff-only-a},
 * {@code run-diff-only-b}); the stylesheet colours them.
 */
public final class RunDiffView extends VBox {

  private final RunDiff diff;
  private final TableView<StepDiff> steps = new TableView<>();
  private final TableView<ValueDiff> chain = new TableView<>();

  public RunDiffView(RunRecord a, RunRecord b) {
    this.diff = RunDiff.compare(a, b);
    setId("run-diff");
    getStyleClass().add("run-diff");
    ZoneId zone = ZoneId.systemDefault();
    Label heading = new Label("A: " + describe(a, zone) + "\nB: " + describe(b, zone));
    heading.getStyleClass().add("run-diff-heading");
    heading.setMinHeight(Region.USE_PREF_SIZE); // two lines: the split pane below must not squeeze it to one
    Label summary = new Label(summary(diff));
    summary.setId("run-diff-summary");
    summary.getStyleClass().add("run-diff-summary");

    steps.setId("run-diff-steps");
    steps.getStyleClass().add("run-diff-steps");
    Function<StepDiff, String> statusA = step -> step.a() == null ? "—" : step.a().status();
    Function<StepDiff, String> statusB = step -> step.b() == null ? "—" : step.b().status();
    TableColumn<StepDiff, String> key = stepColumn("Key", StepDiff::key, null);
    TableColumn<StepDiff, String> runA = stepColumn("Run A", statusA, Change.ONLY_IN_B);
    TableColumn<StepDiff, String> runB = stepColumn("Run B", statusB, Change.ONLY_IN_A);
    TableColumn<StepDiff, String> changed = stepColumn("What changed", RunDiffView::changes, null);
    steps.getColumns().setAll(List.of(key, runA, runB, changed));
    steps.getItems().setAll(diff.steps());
    ColumnFit.of(steps).fitted(key, StepDiff::key, 0.4).fitted(runA, statusA, 0.2).fitted(runB, statusB, 0.2)
        .growing(changed, RunDiffView::changes).install();
    steps.setPlaceholder(new Label("Neither run executed a step"));

    chain.setId("run-diff-chain");
    chain.getStyleClass().add("run-diff-chain");
    Function<ValueDiff, String> valueA = value -> show(value.a());
    Function<ValueDiff, String> valueB = value -> show(value.b());
    TableColumn<ValueDiff, String> path = chainColumn("Path", ValueDiff::path, false);
    TableColumn<ValueDiff, String> chainA = chainColumn("Run A", valueA, true);
    TableColumn<ValueDiff, String> chainB = chainColumn("Run B", valueB, true);
    chain.getColumns().setAll(List.of(path, chainA, chainB));
    chain.getItems().setAll(diff.chain());
    // the path as wide as it reads (up to 40 %); both runs share the rest equally, so a wider window widens both
    ColumnFit.of(chain).fitted(path, ValueDiff::path, 0.4).growing(chainA, valueA).growing(chainB, valueB).install();
    chain.setPlaceholder(new Label("The data chains are the same"));

    SplitPane tables = new SplitPane(titled("Steps", steps), titled("Data chain", chain));
    tables.setOrientation(Orientation.VERTICAL);
    VBox.setVgrow(tables, Priority.ALWAYS);
    getChildren().setAll(heading, summary, tables);
  }

  /** Opens the comparison in a window of its own with the owner's stylesheets (the default Compare). */
  public static void showWindow(RunRecord a, RunRecord b) {
    Stage stage = new Stage();
    Window owner = Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(null);
    Scene scene = new Scene(new RunDiffView(a, b), 900, 640);
    if (owner != null && owner.getScene() != null) {
      stage.initOwner(owner);
      scene.getStylesheets().setAll(owner.getScene().getStylesheets());
    }
    stage.setTitle("Compare runs " + HistoryText.exact(a.startedAt(), ZoneId.systemDefault()) + " and "
        + HistoryText.exact(b.startedAt(), ZoneId.systemDefault()));
    stage.setScene(scene);
    stage.show();
  }

  public RunDiff diff() {
    return diff;
  }

  private static VBox titled(String title, TableView<?> table) {
    Label label = new Label(title);
    label.getStyleClass().add("run-diff-title");
    VBox.setVgrow(table, Priority.ALWAYS);
    return new VBox(label, table);
  }

  private static String describe(RunRecord run, ZoneId zone) {
    return HistoryText.exact(run.startedAt(), zone) + " · " + run.source() + " · " + run.status() + " · "
        + HistoryText.steps(run.steps().size());
  }

  static String summary(RunDiff diff) {
    if (!diff.hasDifferences()) {
      return "The runs are the same.";
    }
    return diff.changedSteps().size() + " of " + diff.steps().size() + " steps differ, "
        + diff.chain().size() + (diff.chain().size() == 1 ? " value" : " values") + " of the chain differ.";
  }

  static String changes(StepDiff step) {
    if (step.changes().contains(Change.ONLY_IN_A)) {
      return "only in A";
    }
    if (step.changes().contains(Change.ONLY_IN_B)) {
      return "only in B";
    }
    StringBuilder text = new StringBuilder();
    for (Change change : List.of(Change.STATUS, Change.OPTIONS, Change.VALUE)) {
      if (step.changes().contains(change)) {
        text.append(text.isEmpty() ? "" : ", ").append(switch (change) {
          case STATUS -> "status";
          case OPTIONS -> "options";
          default -> "value";
        });
      }
    }
    return text.toString();
  }

  /** A JSON value on one line; absent is a dash (a JSON null shows as {@code null}). */
  static String show(@Nullable JsonValue value) {
    return value == null ? "—" : JsonText.compact(value);
  }

  /** The classes a step cell gets: how the step changed, and whether this column's run skipped it. */
  private static List<String> stepClasses(StepDiff step, @Nullable Change absentWhen) {
    List<String> classes = new ArrayList<>();
    if (step.changes().contains(Change.ONLY_IN_A)) {
      classes.add("run-diff-only-a");
    } else if (step.changes().contains(Change.ONLY_IN_B)) {
      classes.add("run-diff-only-b");
    } else if (step.changed()) {
      classes.add("run-diff-changed");
    }
    if (absentWhen != null && step.changes().contains(absentWhen)) {
      classes.add("run-diff-absent");
    }
    return classes;
  }

  private static TableColumn<StepDiff, String> stepColumn(String title, Function<StepDiff, String> text,
      @Nullable Change absentWhen) {
    return column(title, text, (step, shown) -> stepClasses(step, absentWhen));
  }

  /** Every listed chain value differs; a dash is a value missing from that run. */
  private static TableColumn<ValueDiff, String> chainColumn(String title, Function<ValueDiff, String> text,
      boolean value) {
    return column(title, text, (row, shown) -> !value ? List.of("run-diff-path")
        : shown.equals("—") ? List.of("run-diff-changed", "run-diff-absent") : List.of("run-diff-changed"));
  }

  /** A text column whose cells get the style classes {@code classes} gives for their row and text. */
  private static <T> TableColumn<T, String> column(String title, Function<T, String> text,
      BiFunction<T, String, List<String>> classes) {
    TableColumn<T, String> column = new TableColumn<>(title);
    column.setCellValueFactory(row -> new ReadOnlyStringWrapper(text.apply(row.getValue())));
    column.setCellFactory(col -> new TableCell<>() {
      private List<String> added = List.of();

      @Override
      protected void updateItem(@Nullable String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : item);
        getStyleClass().removeAll(added);
        @Nullable T row = empty || item == null || getTableRow() == null ? null : getTableRow().getItem();
        added = row == null ? List.of() : classes.apply(row, item);
        getStyleClass().addAll(added);
      }
    });
    return column;
  }
}
