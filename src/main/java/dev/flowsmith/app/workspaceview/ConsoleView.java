package dev.flowsmith.app.workspaceview;

import dev.flowsmith.app.runtime.ConsoleLog;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import java.util.function.Function;

/** What log operations printed (the app's {@link ConsoleLog}), following the newest line. */
public final class ConsoleView extends BorderPane {

  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

  private final ConsoleLog console;
  private final TableView<ConsoleLog.Line> table = new TableView<>();

  public ConsoleView(ConsoleLog console) {
    this.console = console;
    setId("console-view");
    getStyleClass().add("console-view");
    table.setId("console-table");
    table.getStyleClass().add("console-table");
    table.setPlaceholder(new Label("Nothing logged yet. Log operations print here."));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getColumns().add(column("Time", line -> TIME.format(line.at())));
    table.getColumns().add(column("Flow", ConsoleLog.Line::flowName));
    table.getColumns().add(column("Operation", ConsoleLog.Line::operationKey));
    table.getColumns().add(column("Message", ConsoleLog.Line::message));
    table.setItems(console.lines());
    console.lines().addListener((ListChangeListener<ConsoleLog.Line>) change -> {
      if (!table.getItems().isEmpty()) {
        table.scrollTo(table.getItems().size() - 1);
      }
    });

    Button clear = new Button("Clear");
    clear.setId("console-clear");
    clear.setOnAction(e -> console.clear());
    Button copy = new Button("Copy");
    copy.setId("console-copy");
    copy.setOnAction(e -> {
      ClipboardContent content = new ClipboardContent();
      content.putString(text());
      Clipboard.getSystemClipboard().setContent(content);
    });
    setTop(new ToolBar(clear, copy));
    setCenter(table);
  }

  /** Every line as "time  flow  operation  message", for Copy. */
  public String text() {
    return console.lines().stream()
        .map(line -> TIME.format(line.at()) + "  " + line.flowName() + "  " + line.operationKey() + "  "
            + line.message())
        .collect(Collectors.joining("\n"));
  }

  private static TableColumn<ConsoleLog.Line, String> column(String title, Function<ConsoleLog.Line, String> value) {
    TableColumn<ConsoleLog.Line, String> column = new TableColumn<>(title);
    column.setCellValueFactory(row -> new SimpleStringProperty(value.apply(row.getValue())));
    column.setSortable(false);
    return column;
  }
}
