package dev.flowsmith.app.server;

import dev.flowsmith.workspace.server.FlowState;
import dev.flowsmith.workspace.server.FlowStatus;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;

/**
 * The Server view: binds a {@link ServerViewModel}. A toolbar (Connect…, Refresh, Pull, Diff,
 * Push, a name filter and a state filter), the flows of the workspace and the server with their
 * state (symbol, words and colour; sortable by any column), the {@link ServerDiffView} beside it,
 * and a progress line with Cancel. Pull, Diff and Push act on the selected flows, or on all
 * when none is selected.
 */
public final class ServerView extends BorderPane {

  private final ServerViewModel vm;
  private final TableView<FlowStatus> table = new TableView<>();
  private final ServerDiffView diff;

  public ServerView(ServerViewModel vm, Runnable connect) {
    this.vm = vm;
    setId("server-view");
    getStyleClass().add("server-view");
    diff = new ServerDiffView(vm.diffs());

    Label connection = new Label();
    connection.setId("server-connection");
    connection.getStyleClass().add("server-connection");
    connection.textProperty().bind(Bindings.createStringBinding(() -> vm.connectionProperty().get() == null
        ? "Not connected." : "Connected: " + vm.connectionProperty().get().describe(), vm.connectionProperty()));
    connection.setMinWidth(0);
    Button connectButton = button("server-connect", "Connect…", "Connect to a Directus server", connect);
    connectButton.disableProperty().bind(vm.busyProperty());
    Button refresh = button("server-refresh", "Refresh", "List the flows again with their state", vm::refresh);
    Button pull = button("server-pull", "Pull", "Write the server's version of the selected flows (all when none "
        + "is selected) into the workspace", () -> vm.pull(selectedIds()));
    Button diffButton = button("server-diff-button", "Diff", "Compare the selected flows (all when none is "
        + "selected) field by field", () -> vm.diff(selectedIds()));
    Button push = button("server-push", "Push…", "Make the server match the workspace for the selected flows "
        + "(all when none is selected); shows the plan first", () -> vm.push(selectedIds()));
    for (Button action : List.of(refresh, pull, diffButton, push)) {
      action.disableProperty().bind(vm.busyProperty().or(vm.connectionProperty().isNull()));
    }
    TextField filter = new TextField();
    filter.setId("server-filter");
    filter.setPromptText("Filter by name");
    filter.textProperty().bindBidirectional(vm.filterProperty());
    filter.setPrefColumnCount(14);
    ComboBox<@Nullable FlowState> state = new ComboBox<>();
    state.setId("server-state-filter");
    state.getItems().add(null);
    state.getItems().addAll(Arrays.asList(FlowState.values()));
    state.setCellFactory(list -> new StateCell());
    state.setButtonCell(new StateCell());
    state.valueProperty().bindBidirectional(vm.stateFilterProperty());
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox toolbar = new HBox(6, connectButton, refresh, pull, diffButton, push, gap, filter, state);
    toolbar.setAlignment(Pos.CENTER_LEFT);
    toolbar.getStyleClass().add("server-toolbar");
    VBox top = new VBox(4, connection, toolbar);
    top.getStyleClass().add("server-top");
    setTop(top);

    table.setId("server-flows");
    table.getStyleClass().add("server-flows");
    table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    table.setPlaceholder(new Label("Connect to a server (File › Connect to Directus…) to list its flows."));
    TableColumn<FlowStatus, String> name = column("Flow", FlowStatus::name);
    name.setId("server-column-name");
    name.setPrefWidth(220);
    name.setMinWidth(120);
    TableColumn<FlowStatus, FlowState> stateColumn = new TableColumn<>("State");
    stateColumn.setId("server-column-state");
    stateColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().state()));
    stateColumn.setCellFactory(col -> new StateTableCell());
    stateColumn.setComparator(Comparator.naturalOrder());
    // wide enough for "⚠ changed on both" in bold, so the state is never cut to "changed t…"
    stateColumn.setPrefWidth(170);
    stateColumn.setMinWidth(165);
    TableColumn<FlowStatus, String> id = column("Id", FlowStatus::id);
    id.setPrefWidth(90);
    id.setMinWidth(40);
    // the id matters less than name and state on a small screen: shown from the table's column menu
    id.setVisible(false);
    table.setTableMenuButtonVisible(true);
    table.getColumns().addAll(List.of(name, stateColumn, id));
    SortedList<FlowStatus> sorted = new SortedList<>(vm.shownRows());
    sorted.comparatorProperty().bind(table.comparatorProperty());
    table.setItems(sorted);
    table.setOnMouseClicked(event -> {
      FlowStatus row = table.getSelectionModel().getSelectedItem();
      if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && row != null) {
        vm.diff(List.of(row.id())).thenRun(() -> javafx.application.Platform.runLater(() -> diff.show(row.id())));
      }
    });
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
    SplitPane split = new SplitPane(table, diff);
    split.setOrientation(Orientation.HORIZONTAL);
    split.setDividerPositions(0.45);
    setCenter(split);

    ProgressBar progress = new ProgressBar();
    progress.setId("server-progress");
    progress.progressProperty().bind(vm.progressProperty());
    progress.visibleProperty().bind(vm.busyProperty());
    progress.managedProperty().bind(progress.visibleProperty());
    progress.setPrefWidth(160);
    Button cancel = button("server-cancel", "Cancel", "Stop; the workspace and the server are left consistent",
        vm::cancel);
    cancel.visibleProperty().bind(vm.busyProperty());
    cancel.managedProperty().bind(cancel.visibleProperty());
    Label message = new Label();
    message.setId("server-message");
    message.getStyleClass().add("server-message");
    message.textProperty().bind(vm.messageProperty());
    message.setMinWidth(0);
    message.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(message, Priority.ALWAYS);
    Label error = new Label();
    error.setId("server-error");
    error.getStyleClass().add("server-error");
    error.textProperty().bind(vm.errorProperty());
    error.setWrapText(true);
    error.setMinHeight(Region.USE_PREF_SIZE);
    error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
    error.managedProperty().bind(error.visibleProperty());
    error.setMaxWidth(Double.MAX_VALUE);
    HBox status = new HBox(8, progress, cancel, message);
    status.setAlignment(Pos.CENTER_LEFT);
    VBox bottom = new VBox(4, error, status);
    bottom.getStyleClass().add("server-status");
    setBottom(bottom);
  }

  private List<String> selectedIds() {
    return List.copyOf(table.getSelectionModel().getSelectedItems().stream().map(FlowStatus::id).toList());
  }

  public TableView<FlowStatus> table() {
    return table;
  }

  public ServerDiffView diffView() {
    return diff;
  }

  public ServerViewModel viewModel() {
    return vm;
  }

  private static Button button(String id, String text, String tip, Runnable action) {
    Button button = new Button(text);
    button.setId(id);
    button.setTooltip(new Tooltip(tip));
    button.setMinWidth(Region.USE_PREF_SIZE);
    button.setOnAction(event -> action.run());
    return button;
  }

  private static TableColumn<FlowStatus, String> column(String title, Function<FlowStatus, String> value) {
    TableColumn<FlowStatus, String> column = new TableColumn<>(title);
    column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    return column;
  }

  private static final class StateTableCell extends TableCell<FlowStatus, FlowState> {
    @Override
    protected void updateItem(FlowState state, boolean empty) {
      super.updateItem(state, empty);
      getStyleClass().removeIf(style -> style.startsWith("sync-state"));
      if (empty || state == null) {
        setText(null);
        return;
      }
      setText(StateText.symbol(state) + "  " + StateText.words(state));
      getStyleClass().addAll("sync-state", StateText.styleClass(state));
    }
  }

  private static final class StateCell extends ListCell<@Nullable FlowState> {
    @Override
    protected void updateItem(@Nullable FlowState state, boolean empty) {
      super.updateItem(state, empty);
      setText(empty ? null : state == null ? "All states" : StateText.symbol(state) + "  " + StateText.words(state));
    }
  }
}
