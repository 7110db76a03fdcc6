package dev.flowsmith.format.lint;

import dev.flowsmith.format.JsonPath;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.JsonValue.JsonString;
import dev.flowsmith.model.TriggerCatalog;
import dev.flowsmith.model.TriggerType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The flow's own columns: status, accountability, trigger and trigger options (format.md §2, §4, §13.5). */
final class TriggerChecks implements LintCheck {

  private static final Set<String> STATUSES = Set.of(Flow.ACTIVE, Flow.INACTIVE);
  private static final Set<String> ACCOUNTABILITIES = Set.of("all", "activity");
  /** engine.md §3.1: only these scopes expand per collection; with no collections they register nothing. */
  private static final Set<String> COLLECTION_SCOPES = Set.of("items.create", "items.update", "items.delete");
  /** engine.md §3.3: numbers, names, {@code * , - / ?} and the {@code L W #} forms of cron-parser. */
  private static final Pattern CRON_FIELD = Pattern.compile("[0-9A-Za-z*,/?#-]+");

  @Override
  public void check(LintContext context) {
    Flow flow = context.flow();
    if (!STATUSES.contains(flow.status())) {
      context.error("invalid-status", LintContext.flowField("status"), "The flow's status \"" + flow.status()
          + "\" is neither active nor inactive; Directus loads only active flows");
    }
    if (flow.accountability() != null && !ACCOUNTABILITIES.contains(flow.accountability())) {
      context.error("invalid-accountability", LintContext.flowField("accountability"), "The flow's accountability \""
          + flow.accountability() + "\" is not all, activity or null; it only chooses what a run logs");
    }
    if (flow.trigger() == null) {
      context.warning("missing-trigger", LintContext.flowField("trigger"),
          "The flow has no trigger yet, so nothing ever starts it");
    } else if (flow.triggerType().isEmpty()) {
      context.error("unknown-trigger", LintContext.flowField("trigger"), "The trigger \"" + flow.trigger()
          + "\" is unknown; Directus knows event, webhook, schedule, operation and manual");
    }
    if (!(flow.options() instanceof JsonObject) && !flow.options().isNull()) {
      context.error("options-not-object", LintContext.flowField("options"), "The trigger options are "
          + flow.options().typeName() + "; they must be an object (or null)");
      return;
    }
    flow.triggerType().ifPresent(type -> checkOptions(context, type, flow.triggerOptions()));
  }

  private static void checkOptions(LintContext context, TriggerType type, JsonObject options) {
    String subject = "The " + type.displayName() + " trigger has no ";
    OptionChecks.reportMissing(context, TriggerCatalog.fields(type), options, TriggerChecks::optionPath, subject);
    switch (type) {
      case EVENT -> checkEvent(context, options);
      case WEBHOOK -> checkWebhook(context, options);
      case SCHEDULE -> checkSchedule(context, options);
      default -> {
        // operation and manual: the catalog's required fields are all there is
      }
    }
  }

  /** engine.md §3.2: the flow is registered under its method; the endpoint serves GET and POST only. */
  private static void checkWebhook(LintContext context, JsonObject options) {
    options.get("method").filter(m -> !m.equals(JsonValue.of("GET")) && !m.equals(JsonValue.of("POST")))
        .ifPresent(m -> context.error("invalid-trigger-option", optionPath("method"), "The webhook method "
            + describe(m) + " is neither GET nor POST; the flow would never be called"));
  }

  private static void checkSchedule(LintContext context, JsonObject options) {
    options.get("cron").filter(c -> !OptionChecks.isMissing(c)).filter(c -> !isCron(c))
        .ifPresent(c -> context.error("invalid-cron", optionPath("cron"), "The schedule " + describe(c)
            + " is not a cron expression of 5 fields (or 6 with seconds); Directus skips it and the flow never"
            + " runs"));
  }

  private static void checkEvent(LintContext context, JsonObject options) {
    options.get("type").filter(t -> !OptionChecks.isMissing(t))
        .filter(t -> !t.equals(JsonValue.of("filter")) && !t.equals(JsonValue.of("action")))
        .ifPresent(t -> context.error("invalid-trigger-option", optionPath("type"), "The event type " + describe(t)
            + " is neither filter nor action; Directus registers nothing for the flow"));
    List<String> itemScopes = names(options.get("scope")).stream().filter(COLLECTION_SCOPES::contains).toList();
    if (!itemScopes.isEmpty() && names(options.get("collections")).isEmpty()) {
      context.error("missing-required-option", optionPath("collections"), "The Event Hook trigger has no"
          + " Collections (collections), but its scope " + String.join(", ", itemScopes)
          + " listens per collection; without any it registers nothing");
    }
  }

  /** engine.md §3.1: scope and collections may be arrays or comma-separated strings. */
  private static List<String> names(Optional<JsonValue> value) {
    List<String> names = new ArrayList<>();
    if (value.orElse(null) instanceof JsonArray array) {
      array.elements().forEach(e -> {
        if (e instanceof JsonString s && !s.value().isBlank()) {
          names.add(s.value().trim());
        }
      });
    } else if (value.orElse(null) instanceof JsonString s) {
      Arrays.stream(s.value().split(",")).map(String::trim).filter(n -> !n.isEmpty()).forEach(names::add);
    }
    return names;
  }

  private static boolean isCron(JsonValue value) {
    if (!(value instanceof JsonString text)) {
      return false;
    }
    String[] fields = text.value().trim().split("\\s+");
    return (fields.length == 5 || fields.length == 6)
        && Arrays.stream(fields).allMatch(f -> CRON_FIELD.matcher(f).matches());
  }

  private static String describe(JsonValue value) {
    return value instanceof JsonString s ? "\"" + s.value() + "\"" : value.typeName();
  }

  private static String optionPath(String name) {
    return JsonPath.member(LintContext.flowField("options"), name);
  }
}
