package dev.flowsmith.app.panel;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The layout pieces every panel shares: labelled fields whose labels wrap (the grid is {@link FormGrid}). */
final class PanelLayout {

  private PanelLayout() {}

  /**
   * A field's label above its field. It wraps onto more lines rather than being cut with an
   * ellipsis when the panel is narrow, and grows to the free width of its header row.
   */
  static Label fieldLabel(String text) {
    Label label = new Label(text);
    label.getStyleClass().add("field-label");
    label.setWrapText(true);
    label.setMinWidth(0);
    label.setMinHeight(Region.USE_PREF_SIZE);
    label.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(label, Priority.ALWAYS);
    return label;
  }

  static VBox labelled(String text, Node field) {
    HBox header = new HBox(fieldLabel(text));
    header.getStyleClass().add("field-header");
    VBox box = new VBox(header, field);
    box.getStyleClass().add("option-field");
    box.setMinWidth(0);
    return box;
  }

  /** A labelled field with the required marker of editor.md §10.1 (the star after the label). */
  static VBox required(String text, Node field) {
    VBox box = labelled(text, field);
    Label marker = new Label("*");
    marker.getStyleClass().add("required-marker");
    HBox header = (HBox) box.getChildren().get(0);
    HBox.setHgrow(header.getChildren().get(0), Priority.NEVER);
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
