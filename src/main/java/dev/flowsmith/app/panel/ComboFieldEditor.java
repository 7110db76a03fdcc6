package dev.flowsmith.app.panel;

import dev.flowsmith.model.JsonValue;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import org.jspecify.annotations.Nullable;

/** A field whose widget is a dropdown of strings and whose value is one string or nothing. */
abstract class ComboFieldEditor extends FieldEditor {

  protected final ComboBox<String> combo = new ComboBox<>();

  protected ComboFieldEditor(Consumer<@Nullable JsonValue> sink) {
    super(sink);
    combo.setMaxWidth(Double.MAX_VALUE);
  }

  ComboBox<String> combo() {
    return combo;
  }

  @Override
  Node node() {
    return combo;
  }

  @Override
  boolean accepts(@Nullable JsonValue value) {
    return isStringOrAbsent(value);
  }
}
