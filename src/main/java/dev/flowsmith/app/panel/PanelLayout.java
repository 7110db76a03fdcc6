package dev.flowsmith.app.panel;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
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
    VBox box = new VBox(new HBox(label), field);
    box.getStyleClass().add("option-field");
    return box;
  }

  /** A labelled field with the required marker of editor.md §10.1 (the star after the label). */
  static VBox required(String text, Node field) {
    VBox box = labelled(text, field);
    Label marker = new Label("*");
    marker.getStyleClass().add("required-marker");
    HBox header = (HBox) box.getChildren().get(0);
    header.getStyleClass().add("field-header");
    header.getChildren().add(marker);
    return box;
  }

  /** Sets the text only when it differs, so the caret of a field being typed in stays put. */
  static void setIfDifferent(TextField field, String text) {
    if (!text.equals(field.getText())) {
      field.setText(text);
    }
  }
}
