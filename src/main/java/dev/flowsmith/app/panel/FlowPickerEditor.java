package dev.flowsmith.app.panel;

import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.util.StringConverter;
import org.jspecify.annotations.Nullable;

/** Trigger Flow's target (editor.md §7): flows shown by name, the UUID stored. */
final class FlowPickerEditor extends ComboFieldEditor {

  private final Supplier<List<Flow>> flows;

  FlowPickerEditor(Supplier<List<Flow>> flows, Consumer<@Nullable JsonValue> sink) {
    super(sink);
    this.flows = flows;
    combo.setConverter(new StringConverter<>() {
      @Override
      public String toString(@Nullable String id) {
        return id == null ? "" : nameOf(id);
      }

      @Override
      public String fromString(String text) {
        return text;
      }
    });
    combo.setOnShowing(e -> refill(combo.getValue()));
    refill(null);
    combo.valueProperty().addListener((obs, old, now) -> changed());
  }

  private String nameOf(String id) {
    return flows.get().stream().filter(f -> f.id().equals(id)).map(Flow::name).findFirst().orElse(id);
  }

  /** The flows on offer, plus the stored id when it names no known flow (shown raw, as the Studio does). */
  private void refill(@Nullable String current) {
    List<String> ids = new ArrayList<>();
    flows.get().forEach(f -> ids.add(f.id()));
    if (current != null && !ids.contains(current)) {
      ids.add(current);
    }
    if (!combo.getItems().equals(ids)) {
      combo.getItems().setAll(ids);
    }
  }

  @Override
  protected void display(@Nullable JsonValue value) {
    String id = value instanceof JsonValue.JsonString s ? s.value() : null;
    refill(id);
    combo.setValue(id);
  }

  @Override
  protected @Nullable JsonValue value() {
    return combo.getValue() == null ? null : JsonValue.of(combo.getValue());
  }
}
