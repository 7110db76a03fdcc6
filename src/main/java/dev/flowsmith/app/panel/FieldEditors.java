package dev.flowsmith.app.panel;

import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.OptionField;
import dev.flowsmith.model.TriggerCatalog;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** The one place a field kind becomes a widget (STYLE.md rule 3: no per-operation forms). */
final class FieldEditors {

  private FieldEditors() {}

  static FieldEditor create(OptionField field, String id, FormContext context, Consumer<@Nullable JsonValue> sink) {
    Supplier<List<String>> paths = context.chainPaths();
    FieldEditor editor = switch (field.kind()) {
      case TEXT -> TextEditor.text(false, paths, sink);
      case TEXT_AREA, MARKDOWN -> TextEditor.text(true, paths, sink);
      case NUMBER -> TextEditor.number(paths, sink);
      case TOGGLE -> new ToggleEditor(field.defaultValue(), sink);
      case SELECT -> new ChoiceEditor(id, field::choices, field.allowsOther(), sink);
      case COLLECTION -> new ChoiceEditor(id, context.collections(), true, sink);
      case RADIO -> new RadioEditor(id, field.choices(), sink);
      case MULTI_SELECT -> new TagsEditor(id, () -> multiSelectChoices(field), sink);
      case TAGS -> new TagsEditor(id, List::of, sink);
      case COLLECTIONS -> new TagsEditor(id, context.collections(), sink);
      case HEADERS -> new HeadersEditor(id, paths, sink);
      case JSON -> field.key().equals("filter") ? new FilterFieldEditor(id, paths, sink)
          : new CodeFieldEditor(id, CodeLexer.Language.JSON, paths, sink);
      case JAVASCRIPT -> new CodeFieldEditor(id, CodeLexer.Language.JAVASCRIPT, paths, sink);
      case FLOW -> new FlowPickerEditor(context.flows(), sink);
    };
    if (!(editor instanceof CodeFieldEditor || editor instanceof FilterFieldEditor)) {
      editor.node().setId(id);
    }
    promptFor(editor, field);
    return editor;
  }

  /** The event trigger's scope lists its choices in the catalog's scope lists, not on the field. */
  private static List<String> multiSelectChoices(OptionField field) {
    if (!field.choices().isEmpty()) {
      return field.choices();
    }
    LinkedHashSet<String> scopes = new LinkedHashSet<>(TriggerCatalog.ACTION_SCOPES);
    scopes.addAll(TriggerCatalog.FILTER_SCOPES);
    return new ArrayList<>(scopes);
  }

  /** editor.md §7: a default is what the empty field means, so it is shown as the prompt. */
  private static void promptFor(FieldEditor editor, OptionField field) {
    String prompt = field.defaultOption().map(FieldEditor::asText).orElse("");
    if (prompt.isEmpty()) {
      return;
    }
    if (editor instanceof TextEditor text) {
      text.control().setPromptText(prompt);
    } else if (editor instanceof ChoiceEditor choice) {
      choice.useDefault(prompt);
    }
  }
}
