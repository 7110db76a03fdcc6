package dev.flowsmith.app.workspaceview;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.workspace.WorkspaceOutbox;
import dev.flowsmith.workspace.WorkspaceOutbox.Sent;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;

/**
 * The mails flows sent to the workspace's outbox, newest first, re-read every
 * {@value #POLL_SECONDS} s. The selected mail shows its headers and its HTML as readable text,
 * or as source with the toggle.
 */
public final class OutboxView extends BorderPane implements AutoCloseable {

  static final int POLL_SECONDS = 2;
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
      .withZone(ZoneId.systemDefault());

  private final WorkspaceOutbox outbox;
  private final ViewTasks tasks;
  private final ListView<Sent> list = new ListView<>();
  private final Label headers = new Label();
  private final TextArea body = new TextArea();
  private final ToggleButton source = new ToggleButton("HTML source");
  private final Label error = new Label();

  public OutboxView(java.nio.file.Path workspaceRoot) {
    this(new WorkspaceOutbox(workspaceRoot, Clock.systemDefaultZone()), ViewTasks.onFxThread("outbox-view"));
  }

  OutboxView(WorkspaceOutbox outbox, ViewTasks tasks) {
    this.outbox = outbox;
    this.tasks = tasks;
    setId("outbox-view");
    getStyleClass().add("outbox-view");

    list.setId("outbox-list");
    list.getStyleClass().add("outbox-list");
    list.setPlaceholder(new Label("No mail sent yet. Mail operations write here unless SMTP is set up."));
    list.setCellFactory(view -> new MailCell());
    list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> showMail(now));
    headers.setId("outbox-headers");
    headers.getStyleClass().add("outbox-headers");
    headers.setWrapText(true);
    body.setId("outbox-body");
    body.getStyleClass().add("outbox-body");
    body.setEditable(false);
    body.setWrapText(true);
    source.setId("outbox-source");
    source.selectedProperty().addListener((obs, old, now) -> showMail(list.getSelectionModel().getSelectedItem()));
    error.setId("outbox-error");
    error.getStyleClass().add("workspace-view-error");
    error.managedProperty().bind(error.textProperty().isNotEmpty());
    error.visibleProperty().bind(error.textProperty().isNotEmpty());

    VBox detail = new VBox(new ToolBar(source), headers, body);
    detail.getStyleClass().add("outbox-detail");
    VBox.setVgrow(body, Priority.ALWAYS);
    SplitPane split = new SplitPane(list, detail);
    split.setDividerPositions(0.35);
    setTop(error);
    setCenter(split);
    refresh();
    tasks.every(Duration.ofSeconds(POLL_SECONDS), this::refresh);
  }

  /** Re-reads the outbox; the list changes only when the files did. */
  public CompletableFuture<Void> refresh() {
    return tasks.run(outbox::sent, this::show, error::setText);
  }

  /** The shown mails' subjects, newest first (tests). */
  public List<String> subjects() {
    return list.getItems().stream().map(mail -> text(mail.message().get("subject"))).toList();
  }

  private void show(List<Sent> mails) {
    error.setText("");
    List<java.nio.file.Path> files = mails.stream().map(Sent::file).toList();
    if (files.equals(list.getItems().stream().map(Sent::file).toList())) {
      return;
    }
    Sent selected = list.getSelectionModel().getSelectedItem();
    list.getItems().setAll(mails);
    if (selected != null) {
      mails.stream().filter(m -> m.file().equals(selected.file())).findFirst()
          .ifPresent(m -> list.getSelectionModel().select(m));
    }
  }

  private void showMail(@Nullable Sent mail) {
    if (mail == null) {
      headers.setText("");
      body.setText("");
      return;
    }
    JsObject message = mail.message();
    headers.setText("From: " + text(message.get("from")) + "\nTo: " + text(message.get("to"))
        + optional("Cc", message.get("cc")) + optional("Bcc", message.get("bcc"))
        + optional("Reply-To", message.get("replyTo")) + "\nSubject: " + text(message.get("subject"))
        + "\nDate: " + DATE.format(mail.sentAt()));
    String html = text(message.get("html"));
    if (message.get("template") instanceof JsObject template && html.isEmpty()) {
      body.setText("Template " + text(template.get("name")) + " with data:\n"
          + JsJson.stringify(template.get("data")).orElse("{}"));
    } else {
      body.setText(source.isSelected() ? html : HtmlText.toText(html));
    }
  }

  private static String optional(String name, JsValue value) {
    String shown = text(value);
    return shown.isEmpty() ? "" : "\n" + name + ": " + shown;
  }

  /** A string as is, a list of addresses joined by commas, nothing for null. */
  static String text(JsValue value) {
    if (value instanceof JsArray array) {
      return array.elements().stream().map(OutboxView::text).collect(Collectors.joining(", "));
    }
    return value instanceof JsString s ? s.value() : ItemRows.cellText(value);
  }

  @Override
  public void close() {
    tasks.close();
  }

  /** Subject over "to · date". */
  private static final class MailCell extends ListCell<Sent> {
    @Override
    protected void updateItem(@Nullable Sent mail, boolean empty) {
      super.updateItem(mail, empty);
      if (empty || mail == null) {
        setText(null);
        setGraphic(null);
        return;
      }
      Label subject = new Label(text(mail.message().get("subject")));
      subject.getStyleClass().add("outbox-subject");
      Label meta = new Label(text(mail.message().get("to")) + " · " + DATE.format(mail.sentAt()));
      meta.getStyleClass().add("outbox-meta");
      setText(null);
      setGraphic(new VBox(subject, meta));
    }
  }
}
