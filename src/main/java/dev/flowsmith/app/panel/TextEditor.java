package dev.flowsmith.app.panel;

import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.JsonValue;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import org.jspecify.annotations.Nullable;

/**
 * A text box over an option: plain text, multi-line text, an integer, or the raw value of any
 * field (editor.md §7), each a different reading of the same text.
 */
final class TextEditor extends FieldEditor {

  static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
  private static final Pattern INTEGER = Pattern.compile("-?\\d+");

  private final TextInputControl control;
  private final Function<String, @Nullable JsonValue> reading;
  private final Function<@Nullable JsonValue, Boolean> fits;

  private TextEditor(TextInputControl control, Function<String, @Nullable JsonValue> reading,
      Function<@Nullable JsonValue, Boolean> fits, Supplier<List<String>> paths, Consumer<@Nullable JsonValue> sink) {
    super(sink);
    this.control = control;
    this.reading = reading;
    this.fits = fits;
    TemplateCompletion.attach(control, paths);
    control.textProperty().addListener((obs, old, now) -> {
      // text that does not read as a value (a word in a number box) is flagged, never stored
      boolean invalid = reading.apply(now) == null && !now.isBlank();
      control.pseudoClassStateChanged(INVALID, invalid);
      if (!invalid) {
        changed();
      }
    });
  }

  /** A string option; an empty box removes it. */
  static TextEditor text(boolean multiline, Supplier<List<String>> paths, Consumer<@Nullable JsonValue> sink) {
    TextInputControl control = multiline ? new TextArea() : new TextField();
    if (multiline) {
      control.getStyleClass().add("code-text");
      ((TextArea) control).setPrefRowCount(5);
      ((TextArea) control).setWrapText(true);
    }
    return new TextEditor(control, text -> text.isEmpty() ? null : JsonValue.of(text),
        FieldEditor::isStringOrAbsent, paths, sink);
  }

  /** An integer option, stored as a JSON number; a template is kept as a string for the engine to render. */
  static TextEditor number(Supplier<List<String>> paths, Consumer<@Nullable JsonValue> sink) {
    return new TextEditor(new TextField(), TextEditor::readNumber,
        value -> value == null || value instanceof JsonValue.JsonNumber
            || value instanceof JsonValue.JsonString s && s.value().contains("{{"), paths, sink);
  }

  /** The raw value of any field: JSON where the text is JSON, else the text as a string. */
  static TextEditor raw(Supplier<List<String>> paths, Consumer<@Nullable JsonValue> sink) {
    return new TextEditor(new TextField(), TextEditor::readRaw, value -> true, paths, sink);
  }

  private static @Nullable JsonValue readNumber(String text) {
    String trimmed = text.strip();
    if (INTEGER.matcher(trimmed).matches()) {
      return new JsonValue.JsonNumber(trimmed);
    }
    return trimmed.contains("{{") ? JsonValue.of(trimmed) : null;
  }

  private static @Nullable JsonValue readRaw(String text) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      return JsonText.parseValue(text);
    } catch (FlowFormatException notJson) {
      return JsonValue.of(text);
    }
  }

  TextInputControl control() {
    return control;
  }

  @Override
  Node node() {
    return control;
  }

  @Override
  boolean accepts(@Nullable JsonValue value) {
    return fits.apply(value);
  }

  @Override
  protected void display(@Nullable JsonValue value) {
    control.setText(asText(value));
  }

  @Override
  protected @Nullable JsonValue value() {
    String text = control.getText();
    return text == null ? null : reading.apply(text);
  }
}
