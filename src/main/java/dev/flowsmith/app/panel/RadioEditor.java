package dev.flowsmith.app.panel;

import dev.flowsmith.model.JsonValue;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import org.jspecify.annotations.Nullable;

/** One of a few fixed values as radio buttons; another value is edited through the raw toggle. */
final class RadioEditor extends FieldEditor {

  private final HBox box = new HBox();
  private final ToggleGroup group = new ToggleGroup();

  RadioEditor(String idPrefix, List<String> choices, Consumer<@Nullable JsonValue> sink) {
    super(sink);
    box.getStyleClass().add("radio-row");
    for (String choice : choices) {
      RadioButton button = new RadioButton(choice);
      button.setUserData(choice);
      button.setId(idPrefix + "-" + choice.replace("$", ""));
      button.setToggleGroup(group);
      box.getChildren().add(button);
    }
    group.selectedToggleProperty().addListener((obs, old, now) -> changed());
  }

  @Override
  Node node() {
    return box;
  }

  @Override
  boolean accepts(@Nullable JsonValue value) {
    return value == null || value instanceof JsonValue.JsonString s
        && group.getToggles().stream().anyMatch(t -> s.value().equals(t.getUserData()));
  }

  @Override
  protected void display(@Nullable JsonValue value) {
    String wanted = asText(value);
    group.selectToggle(group.getToggles().stream().filter(t -> wanted.equals(t.getUserData())).findFirst()
        .orElse(null));
  }

  @Override
  protected @Nullable JsonValue value() {
    Toggle selected = group.getSelectedToggle();
    return selected == null ? null : JsonValue.of((String) selected.getUserData());
  }
}
