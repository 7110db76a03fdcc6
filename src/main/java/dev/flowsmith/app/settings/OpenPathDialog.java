package dev.flowsmith.app.settings;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Predicate;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * File › Open Path…: a typed path, opened on Enter (issue 18). The platform's file chooser under
 * GTK ignores Enter on a typed path, and it is a native window the app cannot change, so this is
 * the keyboard way in. A folder opens as a workspace, a file as a flow.
 */
public final class OpenPathDialog {

  private static final ButtonType OPEN = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);

  private final Dialog<ButtonType> dialog = new Dialog<>();
  private final TextField path = new TextField();
  private final Label error = new Label();

  /** @param open opens the path and says whether it did (a failure shows its own error dialog) */
  public OpenPathDialog(Window owner, Path start, Predicate<Path> open) {
    dialog.initOwner(owner);
    dialog.initModality(Modality.WINDOW_MODAL);
    dialog.setTitle("Open Path");
    dialog.setHeaderText("Open a flow file or a workspace folder");
    dialog.getDialogPane().setId("open-path-dialog");
    dialog.getDialogPane().getButtonTypes().setAll(OPEN, ButtonType.CANCEL);
    path.setId("open-path-field");
    path.setPromptText("/path/to/flow.json or a workspace folder");
    path.setText(start.toAbsolutePath() + java.io.File.separator);
    path.setPrefColumnCount(40);
    error.setId("open-path-error");
    error.getStyleClass().add("dialog-error");
    error.setWrapText(true);
    error.setVisible(false);
    error.setManaged(false);
    dialog.getDialogPane().setContent(new VBox(8, new Label("Path"), path, error));
    Button openButton = (Button) dialog.getDialogPane().lookupButton(OPEN);
    // Enter in the field is the Open button (it is the dialog's default button)
    path.setOnAction(e -> {
      openButton.fire();
      e.consume();
    });
    openButton.addEventFilter(ActionEvent.ACTION, e -> {
      Path chosen = validPath();
      if (chosen == null || !open.test(chosen)) {
        e.consume();
      }
    });
    dialog.setOnShown(e -> {
      path.requestFocus();
      path.end();
    });
  }

  private Path validPath() {
    String text = path.getText() == null ? "" : path.getText().strip();
    try {
      Path chosen = Path.of(text.startsWith("~") ? System.getProperty("user.home") + text.substring(1) : text);
      if (text.isEmpty() || !Files.exists(chosen)) {
        showError(text.isEmpty() ? "Type a path." : "Nothing is at " + chosen + ".");
        return null;
      }
      return chosen;
    } catch (InvalidPathException e) {
      showError("Not a path: " + e.getMessage());
      return null;
    }
  }

  private void showError(String message) {
    error.setText(message);
    error.setVisible(true);
    error.setManaged(true);
    dialog.getDialogPane().getScene().getWindow().sizeToScene();
  }

  /** Shows the dialog without waiting: it closes itself once a path opened. */
  public void show() {
    dialog.show();
  }
}
