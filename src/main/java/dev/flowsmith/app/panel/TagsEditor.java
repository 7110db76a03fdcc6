package dev.flowsmith.app.panel;

import dev.flowsmith.model.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.jspecify.annotations.Nullable;

/**
 * A list of strings as chips (ids, recipients, scopes, collections): type and press Enter, or
 * pick a suggestion, to add one; the x on a chip removes it. Stored as a JSON string array.
 */
final class TagsEditor extends FieldEditor {

  private final FlowPane pane = new FlowPane();
  private final ComboBox<String> input = new ComboBox<>();
  private final List<String> tags = new ArrayList<>();
  private final String idPrefix;

  TagsEditor(String idPrefix, Supplier<List<String>> suggestions, Consumer<@Nullable JsonValue> sink) {
    super(sink);
    this.idPrefix = idPrefix;
    pane.getStyleClass().add("tag-input");
    input.setEditable(true);
    input.setId(idPrefix + "-input");
    input.getStyleClass().add("tag-entry");
    input.setPromptText("Type and press Enter");
    input.getItems().setAll(suggestions.get());
    if (input.getItems().isEmpty()) {
      input.getStyleClass().add("no-suggestions");
    }
    input.setOnShowing(e -> input.getItems().setAll(suggestions.get()));
    // an editable combo box is the focus owner and hands keys to its editor: catch Enter on it
    input.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == KeyCode.ENTER) {
        add(input.getEditor().getText());
        input.getEditor().clear();
        e.consume();
      }
    });
    input.valueProperty().addListener((obs, old, picked) -> {
      if (picked != null && !picked.isBlank() && input.isShowing()) {
        add(picked);
        // the combo is still committing the pick; clear it once it is done
        Platform.runLater(() -> {
          input.setValue(null);
          input.getEditor().clear();
        });
      }
    });
    layout();
  }

  private void add(@Nullable String text) {
    String tag = text == null ? "" : text.strip();
    if (tag.isEmpty() || tags.contains(tag)) {
      return;
    }
    tags.add(tag);
    layout();
    changed();
  }

  private void remove(String tag) {
    tags.remove(tag);
    layout();
    changed();
  }

  private void layout() {
    List<Node> children = new ArrayList<>();
    for (String tag : tags) {
      Label text = new Label(tag);
      Button close = new Button("×");
      close.getStyleClass().add("tag-remove");
      close.setId(idPrefix + "-remove-" + tag);
      close.setFocusTraversable(false);
      close.setOnAction(e -> remove(tag));
      HBox chip = new HBox(text, close);
      chip.getStyleClass().add("tag-chip");
      children.add(chip);
    }
    children.add(input);
    pane.getChildren().setAll(children);
  }

  List<String> tags() {
    return List.copyOf(tags);
  }

  @Override
  Node node() {
    return pane;
  }

  @Override
  boolean accepts(@Nullable JsonValue value) {
    return value == null || value instanceof JsonValue.JsonArray array
        && array.elements().stream().allMatch(JsonValue.JsonString.class::isInstance);
  }

  @Override
  protected void display(@Nullable JsonValue value) {
    tags.clear();
    if (value instanceof JsonValue.JsonArray array) {
      array.elements().forEach(e -> tags.add(asText(e)));
    }
    layout();
  }

  @Override
  protected @Nullable JsonValue value() {
    return tags.isEmpty() ? null : JsonValue.JsonArray.ofStrings(tags);
  }
}
