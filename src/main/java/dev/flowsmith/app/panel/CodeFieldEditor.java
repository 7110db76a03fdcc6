package dev.flowsmith.app.panel;

import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.format.SourceLocation;
import dev.flowsmith.model.JsonValue;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;

/**
 * A JSON or JavaScript option in a code editor. JSON that parses is stored as its value; text
 * that does not (a payload with {@code {{ }}} in place of a value, or a half-typed object) is
 * stored as the string the user wrote, which the engine renders and parses at run time, and the
 * parse error is shown under the editor.
 */
final class CodeFieldEditor extends FieldEditor {

  private final CodeEditor editor;
  private final CodeLexer.Language language;
  private final Label error = new Label();
  private final VBox box;

  CodeFieldEditor(String id, CodeLexer.Language language, Supplier<List<String>> paths,
      Consumer<@Nullable JsonValue> sink) {
    super(sink);
    this.language = language;
    editor = new CodeEditor(language, paths);
    editor.area().setId(id);
    error.setId(id + "-error");
    error.getStyleClass().add("field-problem");
    error.setWrapText(true);
    box = new VBox(editor.node(), error);
    box.getStyleClass().add("code-field");
    showError(null);
    editor.textProperty().addListener((obs, old, now) -> {
      showError(language == CodeLexer.Language.JSON ? parseProblem(now) : null);
      changed();
    });
  }

  CodeEditor editor() {
    return editor;
  }

  private void showError(@Nullable String problem) {
    error.setText(problem == null ? "" : problem);
    error.setVisible(problem != null);
    error.setManaged(problem != null);
  }

  /** "line L, column C: problem" for text that is not JSON; null for JSON or an empty editor. */
  static @Nullable String parseProblem(String text) {
    if (text.isBlank()) {
      return null;
    }
    try {
      JsonText.parseValue(text);
      return null;
    } catch (FlowFormatException malformed) {
      SourceLocation at = malformed.location();
      String where = at == null ? "" : "line " + at.line() + ", column " + at.column() + ": ";
      return where + malformed.problem();
    }
  }

  @Override
  Node node() {
    return box;
  }

  @Override
  boolean accepts(@Nullable JsonValue value) {
    return language == CodeLexer.Language.JSON || value == null || value instanceof JsonValue.JsonString;
  }

  @Override
  protected void display(@Nullable JsonValue value) {
    String text;
    if (value == null || value.isNull()) {
      text = "";
    } else if (value instanceof JsonValue.JsonString string) {
      text = string.value();
    } else {
      text = JsonText.pretty(value).stripTrailing();
    }
    editor.setText(text);
  }

  @Override
  protected @Nullable JsonValue value() {
    String text = editor.text();
    if (text.isBlank()) {
      return null;
    }
    if (language == CodeLexer.Language.JSON) {
      try {
        return JsonText.parseValue(text);
      } catch (FlowFormatException notJsonYet) {
        return JsonValue.of(text);
      }
    }
    return JsonValue.of(text);
  }
}
