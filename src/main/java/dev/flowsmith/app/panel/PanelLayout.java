package dev.flowsmith.app.panel;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The layout pieces every panel shares: the two-column grid of editor.md §7 and labelled fields. */
final class PanelLayout {

  private PanelLayout() {}

  /** Two equal columns: half fields take one, full fields span both. */
  static GridPane twoColumns() {
    GridPane grid = new GridPane();
    grid.getStyleClass().add("option-form");
    ColumnConstraints half = new ColumnConstraints();
    half.setPercentWidth(50);
    grid.getColumnConstraints().setAll(half, half);
    return grid;
  }

  static VBox labelled(String text, Node field) {
    Label label = new Label(text);
    label.getStyleClass().add("field-label");
    VBox box = new VBox(label, field);
    box.getStyleClass().add("option-field");
    return box;
  }

  /** Sets the text only when it differs, so the caret of a field being typed in stays put. */
  static void setIfDifferent(TextField field, String text) {
    if (!text.equals(field.getText())) {
      field.setText(text);
    }
  }
}
