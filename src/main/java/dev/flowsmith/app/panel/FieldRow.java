package dev.flowsmith.app.panel;

import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.OptionField;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;

/**
 * One field of a form: its label (with a marker when required), the widget, and the raw-value
 * toggle of editor.md §7 that swaps the widget for a plain text box so a template can be typed
 * where a switch or a list would not take one.
 */
final class FieldRow {

  private final OptionField field;
  private final FieldEditor typed;
  private final FieldEditor raw;
  private final ToggleButton rawToggle = new ToggleButton("{ }");
  private final StackPane holder = new StackPane();
  private final VBox box = new VBox();
  private @Nullable JsonValue current;
  /** The user turned raw mode on; otherwise it is on only while the widget cannot show the value. */
  private boolean rawByHand;

  FieldRow(OptionField field, String id, FormContext context, Consumer<@Nullable JsonValue> sink, Runnable onBlur) {
    this.field = field;
    Consumer<@Nullable JsonValue> tracking = value -> {
      current = value;
      sink.accept(value);
    };
    typed = FieldEditors.create(field, id, context, tracking);
    raw = TextEditor.raw(context.chainPaths(), tracking);
    raw.node().setId(id + "-raw-value");
    field.defaultOption().ifPresent(d -> ((TextEditor) raw).control().setPromptText(FieldEditor.asText(d)));

    Label label = PanelLayout.fieldLabel(field.label());
    HBox header = new HBox(label);
    header.getStyleClass().add("field-header");
    if (field.required()) {
      Label marker = new Label("*");
      marker.getStyleClass().add("required-marker");
      header.getChildren().add(marker);
      // the star stays right after the text; the free width goes after it
      HBox.setHgrow(label, Priority.NEVER);
      Region spacer = new Region();
      HBox.setHgrow(spacer, Priority.ALWAYS);
      header.getChildren().add(spacer);
    }
    rawToggle.setId(id + "-raw");
    rawToggle.getStyleClass().add("raw-toggle");
    rawToggle.setFocusTraversable(false);
    rawToggle.setTooltip(new Tooltip("Edit the raw value (for {{ templates }})"));
    rawToggle.selectedProperty().addListener((obs, old, on) -> swap());
    rawToggle.setOnAction(e -> rawByHand = rawToggle.isSelected());
    rawToggle.setMinWidth(Region.USE_PREF_SIZE);
    header.getChildren().add(rawToggle);

    holder.getChildren().setAll(typed.node());
    holder.focusWithinProperty().addListener((obs, was, now) -> {
      if (!now) {
        onBlur.run();
      }
    });
    holder.setMinWidth(0);
    box.getStyleClass().add("option-field");
    box.setMinWidth(0);
    box.getChildren().setAll(header, holder);
  }

  OptionField field() {
    return field;
  }

  Node node() {
    return box;
  }

  FieldEditor typed() {
    return typed;
  }

  /** Shows a stored value; one the widget cannot show switches the field to its raw text. */
  void show(@Nullable JsonValue value) {
    current = value;
    // the form is reused for the next operation of the same type: raw only where it is needed
    rawToggle.setSelected(rawByHand || !typed.accepts(value));
    active().show(value);
  }

  private FieldEditor active() {
    return rawToggle.isSelected() ? raw : typed;
  }

  private void swap() {
    FieldEditor now = active();
    now.show(current);
    holder.getChildren().setAll(now.node());
  }
}
