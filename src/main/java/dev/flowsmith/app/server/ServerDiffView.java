package dev.flowsmith.app.server;

import dev.flowsmith.workspace.server.FlowDiff;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import java.util.function.Function;

/**
 * The Diff: one flow at a time (chosen above), its differing fields side by side — where (the
 * flow or an operation), field, the workspace's value, the server's — each row marked by how it
 * differs (changed, only here, only on the server) through pseudo-classes styled in flowsmith.css.
 */
public final class ServerDiffView extends VBox {

  private static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");
  private static final PseudoClass ONLY_HERE = PseudoClass.getPseudoClass("only-here");
  private static final PseudoClass ONLY_THERE = PseudoClass.getPseudoClass("only-there");

  private final ComboBox<FlowDiff> flows = new ComboBox<>();
  private final TableView<DiffRow> table = new TableView<>();

  public ServerDiffView(javafx.collections.ObservableList<FlowDiff> diffs) {
    setId("server-diff");
    getStyleClass().add("server-diff");
    flows.setId("server-diff-flow");
    flows.setItems(diffs);
    flows.setCellFactory(list -> new FlowCell());
    flows.setButtonCell(new FlowCell());
    flows.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(flows, Priority.ALWAYS);
    Label title = new Label("Diff");
    title.getStyleClass().add("server-diff-title");
    title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    HBox top = new HBox(8, title, flows);
    top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

    table.setId("server-diff-table");
    table.getStyleClass().add("server-diff-table");
    table.setPlaceholder(new Label("Select flows and press Diff to compare them field by field."));
    table.getColumns().add(column("Where", DiffRow::where, 0.14));
    table.getColumns().add(column("Field", DiffRow::field, 0.14));
    table.getColumns().add(valueColumn("Workspace (here)", DiffRow::local, "server-diff-local"));
    table.getColumns().add(valueColumn("Server", DiffRow::server, "server-diff-server"));
    TableColumn<DiffRow, String> how = column("", row -> row.change().label(), 0.14);
    how.setMinWidth(105);
    table.getColumns().add(how);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
    table.setRowFactory(view -> new MarkedRow());
    VBox.setVgrow(table, Priority.ALWAYS);
    getChildren().addAll(top, table);

    flows.valueProperty().addListener((obs, old, now) -> table.getItems().setAll(now == null ? java.util.List.of()
        : DiffRow.of(now)));
    diffs.addListener((ListChangeListener<FlowDiff>) change -> {
      if (!diffs.isEmpty()) {
        flows.getSelectionModel().selectFirst();
      } else {
        flows.setValue(null);
      }
    });
  }

  /** Shows {@code id}'s differences, if the last Diff found any. */
  public void show(String id) {
    flows.getItems().stream().filter(diff -> diff.id().equals(id)).findFirst().ifPresent(flows::setValue);
  }

  public TableView<DiffRow> table() {
    return table;
  }

  private static TableColumn<DiffRow, String> column(String title, Function<DiffRow, String> value, double share) {
    TableColumn<DiffRow, String> column = new TableColumn<>(title);
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    column.setMinWidth(70);
    column.setPrefWidth(1000 * share);
    return column;
  }

  private static TableColumn<DiffRow, String> valueColumn(String title, Function<DiffRow, String> value,
      String styleClass) {
    TableColumn<DiffRow, String> column = column(title, value, 0.27);
    column.setCellFactory(col -> new TableCell<>() {
      private final Label text = new Label();
      {
        text.getStyleClass().addAll("server-diff-value", styleClass);
        text.setWrapText(true);
        text.setMinWidth(0);
        text.maxWidthProperty().bind(col.widthProperty().subtract(12));
      }

      @Override
      protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        text.setText(empty || item == null ? "" : item);
        setGraphic(empty ? null : text);
      }
    });
    column.setSortable(false);
    return column;
  }

  private static final class MarkedRow extends TableRow<DiffRow> {
    @Override
    protected void updateItem(DiffRow row, boolean empty) {
      super.updateItem(row, empty);
      DiffRow.Change change = empty || row == null ? null : row.change();
      pseudoClassStateChanged(CHANGED, change == DiffRow.Change.CHANGED);
      pseudoClassStateChanged(ONLY_HERE, change == DiffRow.Change.ONLY_HERE);
      pseudoClassStateChanged(ONLY_THERE, change == DiffRow.Change.ONLY_THERE);
    }
  }

  private static final class FlowCell extends ListCell<FlowDiff> {
    @Override
    protected void updateItem(FlowDiff diff, boolean empty) {
      super.updateItem(diff, empty);
      setText(empty || diff == null ? "" : diff.name() + " — " + diff.state().label() + " ("
          + diff.differences().size() + (diff.differences().size() == 1 ? " field)" : " fields)"));
      getStyleClass().removeIf(style -> style.startsWith("sync-state"));
      if (!empty && diff != null) {
        getStyleClass().add("sync-state-" + diff.state().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      }
    }
  }
}
