package dev.flowsmith.app.settings;

import dev.flowsmith.app.settings.WorkspaceSettingsModel.Setting;
import java.io.IOException;
import javafx.event.ActionEvent;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * File › Workspace Settings…: the webhook port, run budgets, response limit, {@code $env}
 * allow-list and servers of {@code workspace.json}. Save checks every field and shows each problem
 * under its field; nothing is written while one is wrong.
 */
public final class WorkspaceSettingsDialog {

  /** Fired (bubbling) by a control that wants the dialog, e.g. the port-in-use message's link. */
  public static final EventType<Event> OPEN_REQUEST = new EventType<>(Event.ANY, "OPEN_WORKSPACE_SETTINGS");

  private static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);

  private final Dialog<ButtonType> dialog = new Dialog<>();
  private final Label failure = new Label();

  public WorkspaceSettingsDialog(Window owner, WorkspaceSettingsModel model) {
    dialog.initOwner(owner);
    dialog.initModality(Modality.WINDOW_MODAL);
    dialog.setTitle("Workspace Settings");
    dialog.setHeaderText("Settings of " + model.folder().root().resolve("workspace.json"));
    dialog.setResizable(true);
    dialog.getDialogPane().setId("workspace-settings-dialog");
    dialog.getDialogPane().getButtonTypes().setAll(SAVE, ButtonType.CANCEL);

    GridPane grid = new GridPane();
    grid.setHgap(12);
    grid.setVgap(4);
    int row = 0;
    for (Setting setting : Setting.values()) {
      TextInputControl input = setting == Setting.SERVERS ? new TextArea() : new TextField();
      if (input instanceof TextArea area) {
        area.setPrefRowCount(5);
        area.setPrefColumnCount(36);
      }
      input.setId(setting.id());
      input.setPromptText(prompt(setting));
      input.textProperty().bindBidirectional(model.text(setting));
      Label label = new Label(setting.label);
      label.setLabelFor(input);
      Label error = new Label();
      error.setId(setting.id() + "-error");
      error.getStyleClass().add("dialog-error");
      error.setWrapText(true);
      error.textProperty().bind(model.error(setting));
      error.visibleProperty().bind(model.error(setting).isNotEmpty());
      error.managedProperty().bind(error.visibleProperty());
      GridPane.setHgrow(input, Priority.ALWAYS);
      grid.add(label, 0, row);
      grid.add(input, 1, row++);
      grid.add(error, 1, row++);
    }
    Label note = new Label("Empty fields use the defaults. The webhook server and runs use the new values the next "
        + "time they start.");
    note.setWrapText(true);
    note.getStyleClass().add("dialog-note");
    failure.setId("workspace-settings-failure");
    failure.getStyleClass().add("dialog-error");
    failure.setWrapText(true);
    grid.add(note, 0, row++, 2, 1);
    grid.add(failure, 0, row, 2, 1);
    dialog.getDialogPane().setContent(grid);

    Button save = (Button) dialog.getDialogPane().lookupButton(SAVE);
    save.setId("workspace-settings-save");
    save.addEventFilter(ActionEvent.ACTION, e -> {
      try {
        if (!model.save()) {
          e.consume();
        }
      } catch (IOException | java.io.UncheckedIOException failed) {
        failure.setText("Could not write workspace.json: " + failed.getMessage());
        e.consume();
      }
      dialog.getDialogPane().getScene().getWindow().sizeToScene();
    });
  }

  private static String prompt(Setting setting) {
    return switch (setting) {
      case WEBHOOK_PORT -> "8055";
      case MAX_FLOW_DEPTH -> "16";
      case MAX_FLOWS -> "1000";
      case MAX_STEPS -> "10000";
      case MAX_RUN_TIME -> "5m";
      case MAX_CHAIN_BYTES -> "128MB";
      case MAX_RESPONSE_BYTES -> "50MB";
      case ENV_ALLOW_LIST -> "API_KEY, PUBLIC_URL";
      case SERVERS -> "{\"prod\": {\"url\": \"https://…\"}}";
    };
  }

  /** Shows the dialog without waiting; it closes on Save once everything is valid, or on Cancel. */
  public void show() {
    dialog.show();
  }
}
