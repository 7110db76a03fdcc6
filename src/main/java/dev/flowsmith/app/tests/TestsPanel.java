package dev.flowsmith.app.tests;

import dev.flowsmith.workspace.flowtest.FlowTestResult;
import dev.flowsmith.workspace.flowtest.TestLoadError;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;

/**
 * The Tests tab: Run All, Run (the selected test), progress, the coverage toggle; the open flow's
 * tests with result, duration and first difference; the workspace's unreadable test files with
 * their file:line:column messages. Only binds to its {@link TestsViewModel}. Clicking a failed
 * test hands its result to {@code openFailure} (the run panel shows it with the differences).
 */
public final class TestsPanel extends BorderPane {

  private static final PseudoClass PASSED = PseudoClass.getPseudoClass("passed");
  private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
  private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

  private final TestsViewModel model;
  private final TableView<TestRow> table = new TableView<>();
  private final VBox errors = new VBox();

  public TestsPanel(TestsViewModel model, Consumer<FlowTestResult> openFailure) {
    this.model = model;
    setId("tests-panel");
    getStyleClass().add("tests-panel");
    Button runAll = new Button("Run All");
    runAll.setId("tests-run-all");
    runAll.setOnAction(event -> model.runAll());
    runAll.disableProperty().bind(model.runningProperty().or(Bindings.isEmpty(model.rows())));
    Button runOne = new Button("Run");
    runOne.setId("tests-run");
    runOne.setOnAction(event -> {
      TestRow selected = table.getSelectionModel().getSelectedItem();
      if (selected != null) {
        model.runOne(selected);
      }
    });
    runOne.disableProperty().bind(model.runningProperty()
        .or(table.getSelectionModel().selectedItemProperty().isNull()));
    ProgressBar progress = new ProgressBar();
    progress.setId("tests-progress");
    progress.progressProperty().bind(model.progressProperty());
    progress.visibleProperty().bind(model.runningProperty());
    Label summary = new Label();
    summary.setId("tests-summary");
    summary.getStyleClass().add("tests-summary");
    summary.textProperty().bind(model.summaryProperty());
    CheckBox coverage = new CheckBox("Coverage on tiles");
    coverage.setId("tests-show-coverage");
    coverage.setTooltip(new Tooltip("After a run: a check on tiles a test went through, a dashed outline on the others"));
    coverage.selectedProperty().bindBidirectional(model.showCoverageProperty());
    ToolBar bar = new ToolBar(runAll, runOne, coverage, progress, summary);
    bar.getStyleClass().add("tests-toolbar");

    errors.setId("tests-errors");
    errors.getStyleClass().add("tests-errors");
    errors.managedProperty().bind(errors.visibleProperty());
    model.loadErrors().addListener((ListChangeListener<TestLoadError>) change -> showErrors());
    showErrors();
    setTop(new VBox(bar, errors));

    buildTable(openFailure);
    setCenter(table);
  }

  private void buildTable(Consumer<FlowTestResult> openFailure) {
    table.setId("tests-table");
    table.getStyleClass().add("tests-table");
    table.setItems(model.rows());
    table.setPlaceholder(new Label("No tests of this flow. In History, select a run and Save as Test…"));
    TableColumn<TestRow, String> name = column("Test", TestRow::name, 330);
    name.setMinWidth(160);
    table.getColumns().add(name);
    TableColumn<TestRow, String> result = column("Result", TestRow::resultText, 80);
    result.getStyleClass().add("tests-result-cell");
    result.setMinWidth(80);
    table.getColumns().add(result);
    TableColumn<TestRow, String> duration = column("Duration", TestRow::durationText, 90);
    duration.setMinWidth(90);
    table.getColumns().add(duration);
    table.getColumns().add(column("First difference", TestRow::firstProblem, 400));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setRowFactory(view -> {
      TableRow<TestRow> row = new TableRow<>() {
        @Override
        protected void updateItem(@Nullable TestRow item, boolean empty) {
          super.updateItem(item, empty);
          FlowTestResult.Status status = empty || item == null || item.result() == null ? null
              : item.result().status();
          pseudoClassStateChanged(PASSED, status == FlowTestResult.Status.PASSED);
          pseudoClassStateChanged(FAILED, status == FlowTestResult.Status.FAILED);
          pseudoClassStateChanged(ERROR, status == FlowTestResult.Status.ERROR);
        }
      };
      row.setOnMouseClicked(event -> {
        TestRow item = row.getItem();
        if (event.getButton() == MouseButton.PRIMARY && item != null && item.inspectable()) {
          openFailure.accept(item.result());
        }
      });
      return row;
    });
    table.setOnKeyPressed(event -> {
      TestRow item = table.getSelectionModel().getSelectedItem();
      if (event.getCode() == KeyCode.ENTER && item != null && item.inspectable()) {
        openFailure.accept(item.result());
      }
    });
  }

  private void showErrors() {
    errors.getChildren().clear();
    for (TestLoadError error : model.loadErrors()) {
      Label label = new Label(error.message());
      label.getStyleClass().add("tests-error");
      label.setWrapText(true);
      errors.getChildren().add(label);
    }
    errors.setVisible(!model.loadErrors().isEmpty());
  }

  private static TableColumn<TestRow, String> column(String title, Function<TestRow, String> text, double width) {
    TableColumn<TestRow, String> column = new TableColumn<>(title);
    column.setSortable(false);
    column.setPrefWidth(width);
    column.setCellValueFactory(cell -> (ObservableValue<String>) new ReadOnlyStringWrapper(
        text.apply(cell.getValue())).getReadOnlyProperty());
    return column;
  }

  public TableView<TestRow> table() {
    return table;
  }

  public VBox errors() {
    return errors;
  }
}
