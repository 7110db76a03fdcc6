package dev.flowsmith.app.history;

import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.SourceLocation;
import dev.flowsmith.model.Flow;
import dev.flowsmith.workspace.history.DirectusLogImport;
import dev.flowsmith.workspace.history.RunRecord;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;

/**
 * "Paste Directus log…": a text area for a run log copied from Directus (the revision's data, a
 * revision row, or a {@code GET /revisions} answer). Import parses it against the open flow; on
 * a mistake the dialog stays open with the text, says where (line:column) and puts the caret there.
 */
final class PasteLogDialog extends Dialog<RunRecord> {

  static final ButtonType IMPORT = new ButtonType("Import", ButtonData.OK_DONE);

  private final TextArea text = new TextArea();
  private final Label error = new Label();
  private @Nullable RunRecord parsed;

  PasteLogDialog(@Nullable Flow flow) {
    setTitle("Paste Directus log");
    setHeaderText(flow == null ? "Paste a run log" : "Paste a run log of “" + flow.name() + "”");
    setResizable(true);
    text.setId("history-paste-text");
    text.getStyleClass().add("history-paste-text");
    text.setPromptText("{\"steps\": […], \"data\": {…}} — or a revision, or the answer of GET /revisions");
    text.setWrapText(false);
    error.setId("history-paste-error");
    error.getStyleClass().add("history-paste-error");
    error.setWrapText(true);
    error.managedProperty().bind(error.visibleProperty());
    error.setVisible(false);
    Label hint = new Label("Directus keeps run logs only for flows whose Activity & Logs tracking is "
        + "\"Track Activity & Logs\" (accountability all).");
    hint.getStyleClass().add("history-paste-hint");
    hint.setWrapText(true);
    VBox content = new VBox(hint, text, error);
    content.getStyleClass().add("history-paste");
    getDialogPane().setContent(content);
    getDialogPane().setId("history-paste-dialog");
    getDialogPane().getButtonTypes().setAll(IMPORT, ButtonType.CANCEL);
    Button importButton = (Button) getDialogPane().lookupButton(IMPORT);
    importButton.setId("history-paste-import");
    importButton.disableProperty().bind(text.textProperty().isEmpty());
    importButton.addEventFilter(ActionEvent.ACTION, event -> {
      try {
        parsed = DirectusLogImport.parse(text.getText(), flow);
      } catch (FlowFormatException mistake) {
        event.consume(); // keeps the dialog, and the pasted text, open
        showError(mistake);
      }
    });
    setResultConverter(button -> button == IMPORT ? parsed : null);
  }

  TextArea textArea() {
    return text;
  }

  private void showError(FlowFormatException mistake) {
    SourceLocation at = mistake.location();
    String where = at == null ? "" : "Line " + at.line() + ", column " + at.column() + ": ";
    String path = mistake.jsonPath() == null || mistake.jsonPath().equals("$") ? "" : " (" + mistake.jsonPath() + ")";
    error.setText(where + mistake.problem() + path);
    error.setVisible(true);
    if (at != null) {
      text.positionCaret(offsetOf(text.getText(), at));
      text.requestFocus();
    }
  }

  /** The character offset of a 1-based line and column, clamped to the text. */
  static int offsetOf(String content, SourceLocation at) {
    int offset = 0;
    for (int line = 1; line < at.line(); line++) {
      int next = content.indexOf('\n', offset);
      if (next < 0) {
        return content.length();
      }
      offset = next + 1;
    }
    return Math.min(content.length(), offset + Math.max(0, at.column() - 1));
  }
}
