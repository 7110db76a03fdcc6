package dev.flowsmith.app.workspaceview;

import dev.flowsmith.workspace.WorkspaceItems.PrimaryKey;
import dev.flowsmith.workspace.WorkspaceItems;
import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;

/**
 * The Data tab's two dialogs: New Collection (name, primary key, fields) and Import Items (a JSON
 * or CSV file into a collection). Each keeps itself open and shows the problem inline until its
 * action works.
 */
final class DataDialogs {

  /** The dialog's action: does the work, or throws with the message to show. */
  interface Action<T> {
    void run(T request) throws Exception;
  }

  /** What New Collection asks for. */
  record NewCollection(String name, PrimaryKey key, Map<String, String> fields) {}

  /** What Import Items asks for. */
  record ImportRequest(Path file, @Nullable String collection) {}

  private DataDialogs() {}

  static Dialog<ButtonType> newCollection(Window owner, Action<NewCollection> create) {
    TextField name = new TextField();
    name.setId("data-new-name");
    name.setPromptText("articles");
    ChoiceBox<String> key = new ChoiceBox<>();
    key.setId("data-new-key");
    key.getItems().setAll("integer (auto-increment)", "uuid (generated)", "string (entered)");
    key.getSelectionModel().selectFirst();
    TextArea fields = new TextArea();
    fields.setId("data-new-fields");
    fields.setPrefRowCount(6);
    fields.setPromptText("one field a line: name type\ntitle string\nbody text\npublished boolean");
    Label help = new Label("Types: " + String.join(", ", WorkspaceItems.FIELD_TYPES));
    help.setWrapText(true);
    help.getStyleClass().add("dialog-note");
    GridPane grid = grid();
    grid.addRow(0, new Label("Name"), name);
    grid.addRow(1, new Label("Primary key"), key);
    grid.addRow(2, new Label("Fields"), fields);
    grid.add(help, 1, 3);
    return dialog(owner, "New Collection", "data-new-collection-dialog", "Create", grid, () -> {
      PrimaryKey primary = PrimaryKey.values()[key.getSelectionModel().getSelectedIndex()];
      return new NewCollection(name.getText().strip(), primary, parseFields(fields.getText()));
    }, create);
  }

  static Dialog<ButtonType> importItems(Window owner, @Nullable String collection, List<String> collections,
      Action<ImportRequest> importer) {
    TextField file = new TextField();
    file.setId("data-import-file");
    file.setPromptText("items.json or items.csv");
    Button browse = new Button("Browse…");
    browse.setOnAction(e -> {
      FileChooser chooser = new FileChooser();
      chooser.setTitle("Import Items");
      chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Items (*.json, *.csv)", "*.json", "*.csv"));
      File chosen = chooser.showOpenDialog(browse.getScene().getWindow());
      if (chosen != null) {
        file.setText(chosen.getPath());
      }
    });
    HBox fileRow = new HBox(6, file, browse);
    HBox.setHgrow(file, Priority.ALWAYS);
    ChoiceBox<String> target = new ChoiceBox<>();
    target.setId("data-import-collection");
    target.getItems().setAll(collections);
    if (collection != null) {
      target.setValue(collection);
    }
    Label help = new Label("A JSON array or a CSV file goes into the chosen collection; a JSON object "
        + "{\"collection\": [items…]} fills the collections it names. Every value is checked before anything is "
        + "written.");
    help.setWrapText(true);
    help.getStyleClass().add("dialog-note");
    GridPane grid = grid();
    grid.addRow(0, new Label("File"), fileRow);
    grid.addRow(1, new Label("Collection"), target);
    grid.add(help, 1, 2);
    return dialog(owner, "Import Items", "data-import-dialog", "Import", grid,
        () -> new ImportRequest(Path.of(file.getText().strip()), target.getValue()), importer);
  }

  /** "title string" lines, in order; a line with only a name is a string field. */
  static Map<String, String> parseFields(String text) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String line : text.split("\\R")) {
      String[] parts = line.strip().split("[\\s:]+");
      if (parts.length == 0 || parts[0].isEmpty()) {
        continue;
      }
      if (parts.length > 2) {
        throw new IllegalArgumentException("\"" + line.strip() + "\": write one field a line as: name type");
      }
      fields.put(parts[0], parts.length == 2 ? parts[1] : "string");
    }
    return fields;
  }

  private static GridPane grid() {
    GridPane grid = new GridPane();
    grid.setHgap(12);
    grid.setVgap(8);
    return grid;
  }

  private interface Request<T> {
    T read();
  }

  private static <T> Dialog<ButtonType> dialog(Window owner, String title, String id, String actionText,
      GridPane grid, Request<T> request, Action<T> action) {
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.initModality(Modality.WINDOW_MODAL);
    dialog.setTitle(title);
    dialog.setResizable(true);
    dialog.getDialogPane().setId(id);
    ButtonType go = new ButtonType(actionText, ButtonBar.ButtonData.OK_DONE);
    dialog.getDialogPane().getButtonTypes().setAll(go, ButtonType.CANCEL);
    Label error = new Label();
    error.setId(id + "-error");
    error.getStyleClass().add("dialog-error");
    error.setWrapText(true);
    grid.add(error, 0, grid.getRowCount(), 2, 1);
    dialog.getDialogPane().setContent(grid);
    Button button = (Button) dialog.getDialogPane().lookupButton(go);
    button.setId(id + "-ok");
    button.addEventFilter(ActionEvent.ACTION, e -> {
      try {
        action.run(request.read());
      } catch (Exception failed) {
        String message = failed.getMessage() == null ? failed.getClass().getSimpleName() : failed.getMessage();
        error.setText(message);
        e.consume();
        dialog.getDialogPane().getScene().getWindow().sizeToScene();
      }
    });
    return dialog;
  }
}
