package dev.flowsmith.app.panel;

import dev.flowsmith.model.JsonValue;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A dropdown that also takes a custom value, as the Studio's selects do (a role id for
 * permissions, a custom HTTP method, a collection the schema does not list yet).
 */
final class ChoiceEditor extends ComboFieldEditor {

  ChoiceEditor(Supplier<List<String>> choices, Consumer<@Nullable JsonValue> sink) {
    super(sink);
    combo.setEditable(true);
    combo.getItems().setAll(choices.get());
    // the host's list (collections) can change while the form is open
    combo.setOnShowing(e -> refill(choices.get()));
    combo.getEditor().textProperty().addListener((obs, old, now) -> changed());
    combo.valueProperty().addListener((obs, old, now) -> {
      if (now != null && !now.equals(combo.getEditor().getText())) {
        combo.getEditor().setText(now);
      }
    });
  }

  private void refill(List<String> choices) {
    if (!combo.getItems().equals(choices)) {
      combo.getItems().setAll(choices);
    }
  }

  @Override
  protected void display(@Nullable JsonValue value) {
    String text = asText(value);
    combo.setValue(text.isEmpty() ? null : text);
    combo.getEditor().setText(text);
  }

  @Override
  protected @Nullable JsonValue value() {
    String text = combo.getEditor().getText();
    return text == null || text.isEmpty() ? null : JsonValue.of(text);
  }
}
