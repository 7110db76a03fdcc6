package dev.flowsmith.app.panel;

import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.JsonValue;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;

/**
 * All options of an operation type this editor does not know (an extension's), as one JSON
 * document (editor.md §7). Only a JSON object is written back, so a typo never loses options.
 */
final class RawOptionsEditor {

  private final CodeEditor editor;
  private final Label error = new Label();
  private final VBox box;
  private boolean showing;

  RawOptionsEditor(FormContext context, Consumer<JsonValue> onChange, Runnable onBlur) {
    editor = new CodeEditor(CodeLexer.Language.JSON, context.chainPaths());
    editor.area().setId("option-raw");
    error.setId("option-raw-error");
    error.getStyleClass().add("field-problem");
    error.setWrapText(true);
    box = new VBox(editor.node(), error);
    box.getStyleClass().addAll("code-field", "raw-options");
    box.focusWithinProperty().addListener((obs, was, now) -> {
      if (!now) {
        onBlur.run();
      }
    });
    editor.textProperty().addListener((obs, old, now) -> {
      if (showing) {
        return;
      }
      String problem = CodeFieldEditor.parseProblem(now.isBlank() ? "{}" : now);
      JsonValue parsed = problem == null ? parse(now) : null;
      if (problem == null && !(parsed instanceof JsonValue.JsonObject)) {
        problem = "The options of an operation are a JSON object.";
      }
      error.setText(problem == null ? "" : problem);
      if (problem == null && parsed != null) {
        onChange.accept(parsed);
      }
    });
  }

  private static @Nullable JsonValue parse(String text) {
    try {
      return text.isBlank() ? JsonValue.JsonObject.EMPTY : JsonText.parseValue(text);
    } catch (FlowFormatException notJson) {
      return null;
    }
  }

  Node node() {
    return box;
  }

  /** Shows the options; text that already reads as them is left alone (caret stays). */
  void show(JsonValue options) {
    JsonValue shown = parse(editor.text());
    JsonValue wanted = options.isNull() ? JsonValue.JsonObject.EMPTY : options;
    if (Objects.equals(shown, wanted)) {
      return;
    }
    showing = true;
    try {
      editor.setText(JsonText.pretty(wanted).stripTrailing());
      error.setText("");
    } finally {
      showing = false;
    }
  }
}
