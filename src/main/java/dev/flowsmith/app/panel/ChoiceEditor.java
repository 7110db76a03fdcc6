package dev.flowsmith.app.panel;

import dev.flowsmith.model.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.jspecify.annotations.Nullable;

/**
 * A plain choice box for a value that comes from a list: a click anywhere on it opens the list
 * (issue 18: an editable combo showed the default as a placeholder that a click blanked). Where
 * Directus takes a free value too ({@code allowOther}: a custom HTTP method, an error code, a role
 * id, a collection the schema does not list yet) the list ends with "Other…", which shows a text
 * field for it.
 */
final class ChoiceEditor extends ComboFieldEditor {

  static final String OTHER = "Other…";

  private final Supplier<List<String>> choices;
  private final boolean allowsOther;
  private final TextField other = new TextField();
  private final HBox box;
  private @Nullable String defaultChoice;
  /** Set while the editor itself changes the list or the default; those are not the user's edits. */
  private boolean quiet;

  /** @param id the form's id for the field; the list is {@code id-choice}, the free text {@code id-other} */
  ChoiceEditor(String id, Supplier<List<String>> choices, boolean allowsOther, Consumer<@Nullable JsonValue> sink) {
    super(sink);
    this.choices = choices;
    this.allowsOther = allowsOther;
    combo.setId(id + "-choice");
    combo.getStyleClass().add("choice-editor");
    other.setId(id + "-other");
    other.setPromptText("Value");
    box = new HBox(6, combo, other);
    HBox.setHgrow(other, Priority.ALWAYS);
    refill();
    showOther(false);
    // the host's list (collections) can change while the form is open
    combo.setOnShowing(e -> refill());
    combo.valueProperty().addListener((obs, old, now) -> {
      if (isShowing() || quiet) {
        return;
      }
      boolean freeValue = OTHER.equals(now);
      showOther(freeValue);
      if (freeValue) {
        other.requestFocus();
      }
      changed();
    });
    other.textProperty().addListener((obs, old, now) -> {
      if (!quiet) {
        changed();
      }
    });
  }

  /** The default the empty option means (editor.md §7): shown selected, written only when picked. */
  void useDefault(String value) {
    defaultChoice = value;
    if (combo.getValue() == null) {
      quietly(() -> display(null));
    }
  }

  private void refill() {
    List<String> items = new ArrayList<>(choices.get());
    if (allowsOther) {
      items.add(OTHER);
    }
    if (!combo.getItems().equals(items)) {
      String selected = combo.getValue();
      quietly(() -> {
        combo.getItems().setAll(items);
        combo.setValue(selected);
      });
    }
  }

  private void quietly(Runnable change) {
    quiet = true;
    try {
      change.run();
    } finally {
      quiet = false;
    }
  }

  private void showOther(boolean visible) {
    other.setVisible(visible);
    other.setManaged(visible);
    combo.setMaxWidth(visible ? Region.USE_PREF_SIZE : Double.MAX_VALUE);
    HBox.setHgrow(combo, visible ? Priority.NEVER : Priority.ALWAYS);
  }

  private boolean listed(String text) {
    return choices.get().contains(text);
  }

  @Override
  Node node() {
    return box;
  }

  @Override
  boolean accepts(@Nullable JsonValue value) {
    if (!isStringOrAbsent(value)) {
      return false;
    }
    String text = asText(value);
    return allowsOther || text.isEmpty() || listed(text);
  }

  @Override
  protected void display(@Nullable JsonValue value) {
    String text = asText(value);
    if (text.isEmpty()) {
      combo.setValue(defaultChoice);
      other.setText("");
      showOther(false);
    } else if (listed(text) || !allowsOther) {
      combo.setValue(text);
      showOther(false);
    } else {
      combo.setValue(OTHER);
      other.setText(text);
      showOther(true);
    }
  }

  @Override
  protected @Nullable JsonValue value() {
    String selected = combo.getValue();
    String text = OTHER.equals(selected) ? other.getText() : selected;
    return text == null || text.isEmpty() ? null : JsonValue.of(text);
  }
}
