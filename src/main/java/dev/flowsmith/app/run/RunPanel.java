package dev.flowsmith.app.run;

import dev.flowsmith.app.viewmodel.TextClipboard;
import dev.flowsmith.model.Flow;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;

/**
 * The run panel: a toolbar (Run ▶, Continue, Step, Stop; enabled as the run allows), the error
 * banner ({@code step <key> (<type>) rejected: …}, or why the flow could not run), the steps in
 * order and the {@link StepInspector}. Only binds to its {@link RunController} (STYLE.md rule 6).
 * Selecting a step calls {@code selectOperation} so the canvas selection follows the list.
 */
public final class RunPanel extends BorderPane {

  /** Key, type, status and duration stay readable however wide the inspector wants to be. */
  private static final double STEPS_MIN_WIDTH = 240;

  private static final PseudoClass REJECTED = PseudoClass.getPseudoClass("rejected");

  private final RunController controller;
  private final TableView<LiveStep> table = new TableView<>();
  private final StepInspector inspector;
  private final Label banner = new Label();
  private final Label status = new Label();
  private final VBox top;
  private final VBox differences = new VBox();
  private final ToggleButton stepList = new ToggleButton("Steps");
  private @Nullable ColumnFit<LiveStep> fit;
  /**
   * The step list is as wide as its columns' content but never more than this share of the panel,
   * so the inspector keeps half; only a key longer than that leaves ellipsizes.
   */
  private static final double STEPS_MAX_SHARE = 0.5;

  /**
   * @param onRun what Run ▶ does: the lead's Run action (ask with {@link RunDialog}, then
   *     {@link RunController#start})
   * @param selectOperation moves the canvas selection to a step's operation
   */
  public RunPanel(RunController controller, TextClipboard clipboard, Runnable onRun,
      Consumer<String> selectOperation) {
    this.controller = controller;
    this.inspector = new StepInspector(clipboard);
    setId("run-panel");
    getStyleClass().add("run-panel");

    Button run = button("run-button", "Run ▶", onRun);
    Button resume = button("run-continue", "Continue", controller::continueRun);
    Button step = button("run-step", "Step", controller::stepToNext);
    Button stop = button("run-stop", "Stop", controller::stop);
    run.disableProperty().bind(controller.runningProperty());
    resume.disableProperty().bind(controller.pausedProperty().not());
    step.disableProperty().bind(controller.pausedProperty().not());
    stop.disableProperty().bind(controller.runningProperty().not());
    status.setId("run-status");
    status.getStyleClass().add("run-status");
    status.textProperty().bind(Bindings.createStringBinding(this::statusText, controller.runningProperty(),
        controller.pausedProperty(), controller.recordProperty()));
    stepList.setId("run-steps-toggle");
    stepList.setSelected(true);
    stepList.setTooltip(new Tooltip("Show or hide the step list beside the inspector"));
    ToolBar bar = new ToolBar(run, resume, step, stop, stepList, status);
    bar.getStyleClass().add("run-toolbar");

    banner.setId("run-error-banner");
    banner.getStyleClass().add("run-error-banner");
    banner.setWrapText(true);
    banner.setMaxWidth(Double.MAX_VALUE);
    banner.textProperty().bind(Bindings.createStringBinding(() -> {
      String fatal = controller.errorProperty().get();
      return fatal != null ? fatal : controller.rejectionProperty().get();
    }, controller.errorProperty(), controller.rejectionProperty()));
    banner.visibleProperty().bind(banner.textProperty().isNotEmpty());
    banner.managedProperty().bind(banner.visibleProperty());
    differences.setId("run-differences");
    differences.getStyleClass().add("run-differences");
    differences.managedProperty().bind(differences.visibleProperty());
    differences.setVisible(false);
    top = new VBox(bar, banner, differences);
    setTop(top);

    buildTable();
    table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
      inspector.show(now);
      if (now != null) {
        selectOperation.accept(now.operationId());
      }
    });
    controller.pausedProperty().addListener((obs, was, now) -> showPaused(now));
    SplitPane split = new SplitPane(table, inspector);
    split.setDividerPositions(0.3);
    SplitPane.setResizableWithParent(table, false);
    table.setMinWidth(STEPS_MIN_WIDTH);
    // the step list is as wide as its columns' content (up to half), so no key, type or status is cut
    Runnable widen = () -> {
      if (fit != null && split.getItems().size() > 1 && split.getWidth() > 0) {
        split.setDividerPosition(0, Math.min(STEPS_MAX_SHARE, Math.max(STEPS_MIN_WIDTH,
            fit.contentTotalProperty().get()) / split.getWidth()));
      }
    };
    if (fit != null) {
      fit.contentTotalProperty().addListener((obs, old, now) -> widen.run());
    }
    split.widthProperty().addListener((obs, old, now) -> {
      if (old.doubleValue() == 0) {
        widen.run();
      }
    });
    // the step list collapses so the inspector's tree can take the whole panel
    stepList.selectedProperty().addListener((obs, was, shown) -> {
      if (shown) {
        split.getItems().add(0, table);
        widen.run();
      } else {
        split.getItems().remove(table);
      }
    });
    setCenter(split);
  }

  /**
   * Shows what a failed test found, one line per difference, above the steps; the differing chain
   * paths are marked in the inspector's trees.
   */
  public void showDifferences(String heading, List<String> lines, List<String> chainPaths) {
    Label title = new Label(heading);
    title.getStyleClass().add("run-differences-title");
    differences.getChildren().setAll(title);
    for (String line : lines) {
      Label label = new Label(line);
      label.getStyleClass().add("run-difference");
      label.setWrapText(true);
      differences.getChildren().add(label);
    }
    differences.setVisible(true);
    inspector.chain().markPaths(chainPaths);
    inspector.value().markPaths(chainPaths);
  }

  /** Drops a failed test's differences and marks (another run is shown). */
  public void clearDifferences() {
    differences.getChildren().clear();
    differences.setVisible(false);
    inspector.chain().markPaths(List.of());
    inspector.value().markPaths(List.of());
  }

  /** The failed test's difference lines shown, or empty. */
  public List<String> differenceLines() {
    return differences.getChildren().stream().skip(1).map(node -> ((Label) node).getText()).toList();
  }

  /** Adds a strip under the toolbar (the server run's progress). */
  public void addStrip(Node strip) {
    top.getChildren().add(strip);
  }

  private void buildTable() {
    table.setId("run-steps");
    table.getStyleClass().add("run-steps");
    table.setItems(controller.steps());
    table.setPlaceholder(new Label("No run yet: Run ▶ runs the flow with a sample trigger"));
    Function<LiveStep, String> type = s -> s.type() == null ? "?" : s.type();
    TableColumn<LiveStep, String> key = column("Key", LiveStep::key);
    TableColumn<LiveStep, String> typeColumn = column("Type", type);
    TableColumn<LiveStep, String> statusColumn = column("Status", LiveStep::status);
    TableColumn<LiveStep, String> duration = column("Duration", LiveStep::durationText);
    table.getColumns().setAll(List.of(key, typeColumn, statusColumn, duration));
    // the key is what a reader looks for: never cut while the list has room (issue 16: "lead_pa…")
    fit = ColumnFit.of(table).fitted(key, LiveStep::key, 0.6).fitted(typeColumn, type, 0.25)
        .fitted(statusColumn, LiveStep::status, 0.2).growing(duration, LiveStep::durationText).install();
    table.setRowFactory(view -> new TableRow<>() {
      @Override
      protected void updateItem(@Nullable LiveStep item, boolean empty) {
        super.updateItem(item, empty);
        pseudoClassStateChanged(REJECTED, !empty && item != null && item.rejected());
      }
    });
  }

  private static TableColumn<LiveStep, String> column(String title, Function<LiveStep, String> text) {
    TableColumn<LiveStep, String> column = new TableColumn<>(title);
    column.setSortable(false);
    column.setCellValueFactory(cell -> (ObservableValue<String>) new ReadOnlyStringWrapper(
        text.apply(cell.getValue())).getReadOnlyProperty());
    return column;
  }

  private static Button button(String id, String text, Runnable action) {
    Button button = new Button(text);
    button.setId(id);
    button.setOnAction(event -> action.run());
    return button;
  }

  private void showPaused(boolean paused) {
    String before = controller.pausedBeforeProperty().get();
    Flow flow = controller.flowProperty().get();
    if (paused && before != null) {
      table.getSelectionModel().clearSelection();
      String key = flow == null ? before : flow.operationById(before).map(op -> op.key()).orElse(before);
      inspector.showPaused(key, controller.chainSoFarProperty().get());
    }
  }

  private String statusText() {
    if (controller.pausedProperty().get()) {
      return "Paused";
    }
    if (controller.runningProperty().get()) {
      return "Running…";
    }
    var record = controller.recordProperty().get();
    return record == null ? "" : "Finished: " + record.status() + ", " + record.steps().size() + " steps";
  }

  /** The Steps toggle: off hides the step list so the inspector has the panel's width. */
  public ToggleButton stepListToggle() {
    return stepList;
  }

  public StepInspector inspector() {
    return inspector;
  }

  public TableView<LiveStep> steps() {
    return table;
  }
}
