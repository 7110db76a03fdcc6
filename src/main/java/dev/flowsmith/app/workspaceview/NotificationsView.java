package dev.flowsmith.app.workspaceview;

import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.workspace.WorkspaceInbox;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/**
 * The notifications flows created (the workspace's {@code notifications.json}), newest first,
 * re-read every {@value OutboxView#POLL_SECONDS} s.
 */
public final class NotificationsView extends BorderPane implements AutoCloseable {

  private final WorkspaceInbox inbox;
  private final ViewTasks tasks;
  private final TableView<JsObject> table = new TableView<>();
  private final Label error = new Label();

  public NotificationsView(Path workspaceRoot) {
    this(new WorkspaceInbox(workspaceRoot, Clock.systemDefaultZone()), ViewTasks.onFxThread("notifications-view"));
  }

  NotificationsView(WorkspaceInbox inbox, ViewTasks tasks) {
    this.inbox = inbox;
    this.tasks = tasks;
    setId("notifications-view");
    getStyleClass().add("notifications-view");
    table.setId("notifications-table");
    table.getStyleClass().add("notifications-table");
    table.setPlaceholder(new Label("No notifications yet."));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getColumns().add(column("Recipient", "recipient"));
    table.getColumns().add(column("Subject", "subject"));
    table.getColumns().add(column("Message", "message"));
    table.getColumns().add(column("Date", "timestamp"));
    error.setId("notifications-error");
    error.getStyleClass().add("workspace-view-error");
    error.managedProperty().bind(error.textProperty().isNotEmpty());
    error.visibleProperty().bind(error.textProperty().isNotEmpty());
    setTop(error);
    setCenter(table);
    refresh();
    tasks.every(Duration.ofSeconds(OutboxView.POLL_SECONDS), this::refresh);
  }

  /** Re-reads notifications.json. */
  public CompletableFuture<Void> refresh() {
    return tasks.run(this::newestFirst, rows -> {
      error.setText("");
      if (!rows.equals(table.getItems())) {
        table.getItems().setAll(rows);
      }
    }, error::setText);
  }

  /** The shown notifications' subjects, newest first (tests). */
  public List<String> subjects() {
    return table.getItems().stream().map(row -> OutboxView.text(row.get("subject"))).toList();
  }

  private List<JsObject> newestFirst() {
    List<JsObject> rows = new ArrayList<>();
    for (JsValue row : inbox.rows().elements()) {
      if (row instanceof JsObject object) {
        rows.add(object);
      }
    }
    Collections.reverse(rows);
    return rows;
  }

  private static TableColumn<JsObject, String> column(String title, String field) {
    TableColumn<JsObject, String> column = new TableColumn<>(title);
    column.setCellValueFactory(row -> new SimpleStringProperty(OutboxView.text(row.getValue().get(field))));
    return column;
  }

  @Override
  public void close() {
    tasks.close();
  }
}
