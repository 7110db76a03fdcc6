package dev.flowsmith.app.canvas;

import dev.flowsmith.engine.operation.StandardOperations;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.JsonValue.JsonString;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.Operation;
import dev.flowsmith.model.OperationType;
import dev.flowsmith.model.OptionField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The overview lines of an operation tile (editor.md §7): the type's {@link OperationType#overview}
 * keys, labelled as the Studio labels them, with its fallbacks for missing values.
 */
public final class TileOverview {

  /** What a missing value shows, as the Studio does. */
  public static final String NONE = "--";

  /** The Studio's tile labels where they differ from the option form's. */
  private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("key", "IDs"),
      Map.entry("filter", "Condition Rules"), Map.entry("json", "JSON"), Map.entry("url", "URL"),
      Map.entry("code", "Code"), Map.entry("status", "Status"), Map.entry("subject", "Subject"),
      Map.entry("flow", "Flow"), Map.entry("replyTo", "Reply-To"));

  /** §7: mail adds these lines only when they are set. */
  private static final List<String> MAIL_EXTRAS = List.of("cc", "bcc", "replyTo");

  /** §7: Throw Error shows the form's placeholders when a value is missing. */
  private static final Map<String, String> THROW_ERROR_FALLBACKS =
      Map.of("code", "INTERNAL_SERVER_ERROR", "status", "500");

  private TileOverview() {}

  public static List<TriggerOverview.Line> lines(Operation op) {
    return lines(op, id -> null);
  }

  /**
   * @param flowName the name of a flow by id, or null when unknown; Trigger Flow tiles show the
   *     name where the Studio shows the raw UUID
   */
  public static List<TriggerOverview.Line> lines(Operation op, Function<String, @Nullable String> flowName) {
    OperationType type = StandardOperations.types().find(op.type()).orElse(null);
    List<TriggerOverview.Line> lines = new ArrayList<>();
    if (type == null) {
      return lines; // §4.1: an uninstalled type draws no overview
    }
    JsonObject options = op.optionsObject();
    for (String key : type.overview()) {
      lines.add(new TriggerOverview.Line(label(type, key), value(type, key, options, flowName)));
    }
    if (op.type().equals("mail")) {
      for (String key : MAIL_EXTRAS) {
        JsonValue value = options.get(key).orElse(JsonValue.NULL);
        if (!value.isNull() && !(value instanceof JsonArray array && array.size() == 0)) {
          lines.add(new TriggerOverview.Line(label(type, key), text(value)));
        }
      }
    }
    return lines;
  }

  private static String label(OperationType type, String key) {
    String fixed = LABELS.get(key);
    if (fixed != null) {
      return fixed;
    }
    return type.field(key).map(OptionField::label).orElse(key);
  }

  private static String value(OperationType type, String key, JsonObject options,
      Function<String, @Nullable String> flowName) {
    JsonValue value = options.get(key).orElse(JsonValue.NULL);
    if (value.isNull() || value instanceof JsonString s && s.value().isEmpty()) {
      if (type.id().equals("throw-error")) {
        return THROW_ERROR_FALLBACKS.getOrDefault(key, NONE);
      }
      return type.field(key).flatMap(OptionField::defaultOption).map(TileOverview::text).orElse(NONE);
    }
    if (type.id().equals("trigger") && key.equals("flow") && value instanceof JsonString id) {
      String name = flowName.apply(id.value());
      return name == null ? id.value() : name;
    }
    return text(value);
  }

  /** Strings bare, lists of strings comma-joined (IDs, recipients), anything else compact JSON. */
  static String text(JsonValue value) {
    if (value instanceof JsonString string) {
      return string.value();
    }
    if (value instanceof JsonArray array && array.elements().stream().allMatch(JsonString.class::isInstance)) {
      return array.size() == 0 ? NONE
          : array.elements().stream().map(e -> ((JsonString) e).value()).collect(Collectors.joining(", "));
    }
    return JsonText.compact(value);
  }
}
