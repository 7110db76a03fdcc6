package dev.flowsmith.format.lint;

import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.JsonValue.JsonString;
import dev.flowsmith.model.Operation;
import dev.flowsmith.model.OperationType;
import dev.flowsmith.model.OptionField;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Operation options against their type's description (STYLE.md rule 3: lint is derived from the option
 * descriptions): the options must be an object, the type should be known, and every required
 * field that the form shows must have a value.
 */
final class OptionChecks implements LintCheck {

  @Override
  public void check(LintContext context) {
    for (int i = 0; i < context.operations().size(); i++) {
      Operation op = context.operations().get(i);
      Optional<OperationType> type = context.types().find(op.type());
      if (type.isEmpty()) {
        context.warning("unknown-operation-type", LintContext.operationField(i, "type"), LintContext.subject(op)
            + " has the type \"" + op.type() + "\", which no installed operation provides; it is kept, but unless"
            + " an extension provides it where it runs, the run stops there with status unknown");
      }
      if (!(op.options() instanceof JsonObject options)) {
        // engine.md §5.1: rendering needs an object; null throws "Cannot convert undefined or null to object"
        context.error("options-not-object", LintContext.operationField(i, "options"), LintContext.subject(op)
            + " has " + op.options().typeName() + " options; they must be an object ({} for none),"
            + " otherwise the step rejects before it runs");
        continue;
      }
      if (type.isPresent()) {
        int index = i;
        reportMissing(context, type.get().fields(), options, name -> LintContext.optionPath(index, name),
            LintContext.subject(op) + " has no ");
      }
      checkFlowReference(context, i, op, options);
    }
  }

  /**
   * Reports each required field that applies to {@code options} (its visibility condition holds,
   * as the Studio hides and skips the others) but has no value.
   *
   * @param subject the start of the message, e.g. {@code Operation "x" has no }
   */
  static void reportMissing(LintContext context, List<OptionField> fields, JsonObject options,
      Function<String, String> pathOf, String subject) {
    for (OptionField field : fields) {
      if (field.required() && field.appliesTo(options) && isMissing(options.members().get(field.key()))) {
        context.error("missing-required-option", pathOf.apply(field.key()), subject + field.label() + " ("
            + field.key() + "); the option is required");
      }
    }
  }

  /** Absent, null, blank text, {@code []} and {@code {}} all leave a required option unset. */
  static boolean isMissing(@Nullable JsonValue value) {
    if (value == null || value.isNull()) {
      return true;
    }
    if (value instanceof JsonString string) {
      return string.value().isBlank();
    }
    if (value instanceof JsonArray array) {
      return array.size() == 0;
    }
    return value instanceof JsonObject object && object.size() == 0;
  }

  /** format.md §13.7: a Trigger Flow operation must call a flow that exists where the flow is deployed. */
  private static void checkFlowReference(LintContext context, int index, Operation op, JsonObject options) {
    Set<String> known = context.knownFlowIds();
    if (known == null || !op.type().equals("trigger")) {
      return;
    }
    options.string("flow").filter(id -> !id.isBlank() && !TemplateScanner.hasTemplate(id))
        .filter(id -> !known.contains(id))
        .ifPresent(id -> context.error("unknown-flow-reference", LintContext.optionPath(index, "flow"),
            LintContext.subject(op) + " triggers the flow " + id + ", which is not in the workspace; Directus"
                + " logs \"Couldn't find operation triggered flow\" and the step yields null"));
  }
}
