package dev.flowsmith.app.panel;

import atlantafx.base.controls.ToggleSwitch;
import dev.flowsmith.model.JsonValue;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.jspecify.annotations.Nullable;

/** A boolean option as a switch; an absent value shows the field's default. */
final class ToggleEditor extends FieldEditor {

  private final ToggleSwitch toggle = new ToggleSwitch();
  private final boolean fallback;

  ToggleEditor(@Nullable JsonValue defaultValue, Consumer<@Nullable JsonValue> sink) {
    super(sink);
    fallback = defaultValue instanceof JsonValue.JsonBoolean b && b.value();
    toggle.setSelected(fallback);
    toggle.selectedProperty().addListener((obs, old, now) -> changed());
  }

  @Override
  Node node() {
    return toggle;
  }

  @Override
  boolean accepts(@Nullable JsonValue value) {
    return value == null || value instanceof JsonValue.JsonBoolean;
  }

  @Override
  protected void display(@Nullable JsonValue value) {
    toggle.setSelected(value instanceof JsonValue.JsonBoolean b ? b.value() : fallback);
  }

  @Override
  protected @Nullable JsonValue value() {
    return JsonValue.of(toggle.isSelected());
  }
}
