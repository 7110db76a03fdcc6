package dev.flowsmith.mcp;

import dev.flowsmith.engine.operation.StandardOperations;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.OperationType;
import dev.flowsmith.model.OptionField;
import dev.flowsmith.model.TriggerCatalog;
import dev.flowsmith.model.TriggerType;
import java.util.List;
import java.util.Locale;

/**
 * The options of each operation type and trigger, written from {@link StandardOperations#types()} and
 * {@link TriggerCatalog} — the same description the side panel's forms and lint use — so the
 * resources can never disagree with what the editor offers and lint checks.
 */
final class OptionsGuide {

  private OptionsGuide() {}

  static String operation(OperationType type) {
    StringBuilder text = new StringBuilder();
    text.append("# Operation type `").append(type.id()).append("` (").append(type.displayName()).append(")\n\n");
    text.append("Create it with the operations tool: {\"action\": \"create\", \"data\": {\"flow\": FLOW_ID, \"key\": "
        + "\"a_slug\", \"type\": \"").append(type.id()).append("\", \"options\": {…}}}.\n\n");
    fields(text, type.fields());
    text.append(KINDS);
    return text.toString();
  }

  /** What a value of each kind looks like in the stored options. */
  private static final String KINDS = """

      Kinds: text, text-area, markdown: a string; number: a number (or a {{ }} string); toggle: true or false;       select, radio: one of the values (the Studio also takes another); multi-select, tags: an array of strings       (tags also take one {{ }} string); collection: a collection name; collections: an array of them; headers:       an array of {"header": NAME, "value": TEXT}; json: any JSON (objects and arrays are rendered member by       member, so {{ }} works inside); javascript: the script's source; flow: the id of another flow.
      """;

  /** All triggers with their options (the flow's {@code trigger} and {@code options} columns). */
  static String triggers() {
    StringBuilder text = new StringBuilder("# Triggers\n\nA flow's `trigger` column names one of these; its "
        + "`options` column holds the trigger's settings.\n\n");
    for (TriggerType type : TriggerType.values()) {
      text.append("## `").append(type.id()).append("` (").append(type.displayName()).append(")\n\n");
      fields(text, TriggerCatalog.fields(type));
      text.append('\n');
    }
    return text.toString();
  }

  /** One line per type: the index resource. */
  static String index() {
    StringBuilder text = new StringBuilder("# Operation types\n\nEach has its resource "
        + "flowsmith://operations/<type> listing its options.\n\n");
    for (OperationType type : StandardOperations.types().all()) {
      text.append("- `").append(type.id()).append("`: ").append(type.displayName()).append(" — options ")
          .append(String.join(", ", type.fields().stream().map(OptionField::key).toList())).append('\n');
    }
    return text.toString();
  }

  private static void fields(StringBuilder text, List<OptionField> fields) {
    if (fields.isEmpty()) {
      text.append("No options.\n");
      return;
    }
    text.append("| option | label | kind | required | default | values | templates | shown when |\n");
    text.append("|---|---|---|---|---|---|---|---|\n");
    for (OptionField field : fields) {
      text.append("| `").append(field.key()).append("` | ").append(field.label()).append(" | ")
          .append(field.kind().name().toLowerCase(Locale.ROOT).replace('_', '-')).append(" | ")
          .append(field.required() ? "yes" : "").append(" | ")
          .append(field.defaultOption().map(v -> "`" + JsonText.compact(v).replace("|", "\\|") + "`").orElse(""))
          .append(" | ").append(String.join(", ", field.choices())).append(" | ")
          .append(field.templatable() ? "{{ }} allowed" : "literal").append(" | ")
          .append(field.visibleWhen() == null ? "" : "`" + field.visibleWhen().key() + "` is "
              + String.join(" or ", field.visibleWhen().values()))
          .append(" |\n");
    }
  }
}
