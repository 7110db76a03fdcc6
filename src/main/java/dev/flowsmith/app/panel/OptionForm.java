package dev.flowsmith.app.panel;

import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.OptionField;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import javafx.scene.Node;
import org.jspecify.annotations.Nullable;

/**
 * The form of an operation's or trigger's options, built from its {@link OptionField}s alone
 * (STYLE.md rule 3): a {@link FormGrid} where half fields sit side by side and full ones span
 * both (editor.md §7), one column in a narrow panel. Fields with a visibility condition come
 * and go as the controlling option changes; every user change is reported as {@code onChange(optionKey, value or null)}.
 */
public final class OptionForm {

  private final List<FieldRow> rows = new ArrayList<>();
  private final Set<String> controllingKeys;
  private final FormGrid grid = new FormGrid();
  private final BiConsumer<String, @Nullable JsonValue> onChange;
  private JsonObject options = JsonObject.EMPTY;
  private List<FieldRow> laidOut = List.of();

  /**
   * @param idPrefix node ids are {@code <idPrefix><option key>}, e.g. {@code option-url}
   * @param onBlur called when focus leaves a field (the host ends the merged undo step)
   */
  public OptionForm(List<OptionField> fields, FormContext context, String idPrefix,
      BiConsumer<String, @Nullable JsonValue> onChange, Runnable onBlur) {
    this.onChange = onChange;
    for (OptionField field : fields) {
      rows.add(new FieldRow(field, idPrefix + field.key(), context, value -> edited(field.key(), value), onBlur));
    }
    controllingKeys = fields.stream().map(OptionField::visibleWhen).filter(Objects::nonNull)
        .map(OptionField.Condition::key).collect(Collectors.toSet());
    layout();
  }

  public Node node() {
    return grid.node();
  }

  /** Shows these options without reporting anything back (a new selection, an undo). */
  public void show(JsonObject newOptions) {
    options = newOptions;
    for (FieldRow row : rows) {
      row.show(newOptions.get(row.field().key()).orElse(null));
    }
    layout();
  }

  /** The keys of the fields on screen now, in order. */
  public List<String> visibleKeys() {
    return laidOut.stream().map(r -> r.field().key()).toList();
  }

  private void edited(String key, @Nullable JsonValue value) {
    options = value == null ? options.without(key) : options.with(key, value);
    onChange.accept(key, value);
    if (controllingKeys.contains(key)) {
      layout();
    }
  }

  /** The options with defaults filled in: an absent {@code type} of a mail still means markdown. */
  private JsonObject effective() {
    JsonObject.Builder merged = JsonObject.builder();
    for (FieldRow row : rows) {
      row.field().defaultOption().ifPresent(d -> merged.put(row.field().key(), d));
    }
    return merged.putAll(options).build();
  }

  private void layout() {
    JsonObject visibleBy = effective();
    List<FieldRow> shown = rows.stream().filter(r -> r.field().appliesTo(visibleBy)).toList();
    if (shown.equals(laidOut)) {
      return;
    }
    laidOut = shown;
    grid.setCells(shown.stream()
        .map(r -> new FormGrid.Cell(r.node(), r.field().width() != OptionField.Width.HALF)).toList());
  }
}
