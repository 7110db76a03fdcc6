package dev.flowsmith.app.panel;

import dev.flowsmith.model.JsonValue;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.jspecify.annotations.Nullable;

/**
 * The widget of one option field. {@link #show} puts a stored value on screen without reporting
 * it back (re-populating a form is not an edit); a change by the user reports the widget's value
 * to the sink, once per actual change.
 */
abstract class FieldEditor {

  private final Consumer<@Nullable JsonValue> sink;
  private boolean showing;
  private @Nullable JsonValue last;

  protected FieldEditor(Consumer<@Nullable JsonValue> sink) {
    this.sink = sink;
  }

  abstract Node node();

  /** Puts the value on screen in the widget's own terms. */
  protected abstract void display(@Nullable JsonValue value);

  /** The value the widget shows now, or null for "no value" (the option is removed). */
  protected abstract @Nullable JsonValue value();

  /** Whether the widget can show this value; otherwise the field switches to its raw text. */
  boolean accepts(@Nullable JsonValue value) {
    return true;
  }

  /** Shows {@code value}; a widget already showing it is left alone so caret and focus stay put. */
  final void show(@Nullable JsonValue value) {
    last = value;
    if (Objects.equals(value(), value)) {
      return;
    }
    showing = true;
    try {
      display(value);
    } finally {
      showing = false;
    }
  }

  /** Called by the widget's listeners; reports the value unless it is being shown or did not change. */
  protected final void changed() {
    if (showing) {
      return;
    }
    JsonValue now = value();
    if (Objects.equals(now, last)) {
      return;
    }
    last = now;
    sink.accept(now);
  }

  protected final boolean isShowing() {
    return showing;
  }

  /** For widgets that hold one string: absent or a JSON string. */
  static boolean isStringOrAbsent(@Nullable JsonValue value) {
    return value == null || value instanceof JsonValue.JsonString;
  }

  /** The text a value is shown as in a plain text box: a string as itself, anything else as compact JSON. */
  static String asText(@Nullable JsonValue value) {
    if (value == null || value.isNull()) {
      return "";
    }
    if (value instanceof JsonValue.JsonString string) {
      return string.value();
    }
    return dev.flowsmith.format.JsonText.compact(value);
  }
}
