package dev.flowsmith.app.canvas;

import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.JsonValue.JsonString;
import dev.flowsmith.model.TriggerType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** What the trigger tile shows: its title and overview lines (editor.md §4.2 and §8). */
public final class TriggerOverview {

  /** One overview line: a small label and the value under it. */
  public record Line(String label, String value) {}

  private TriggerOverview() {}

  /** The trigger type's display name; an unknown stored id is shown as it is rather than hidden. */
  public static String title(Flow flow) {
    if (flow.trigger() == null) {
      return "No trigger";
    }
    return flow.triggerType().map(TriggerType::displayName).orElse(flow.trigger());
  }

  public static List<Line> lines(Flow flow) {
    JsonObject options = flow.triggerOptions();
    List<Line> lines = new ArrayList<>();
    TriggerType type = flow.triggerType().orElse(null);
    if (type == null) {
      return lines;
    }
    switch (type) {
      case EVENT -> {
        add(lines, "Type", options, "type");
        add(lines, "Scope", options, "scope");
        add(lines, "Collections", options, "collections");
      }
      case WEBHOOK -> {
        lines.add(new Line("Method", options.string("method").orElse("GET")));
        // The Studio prefixes the server's public URL, which a file does not know.
        lines.add(new Line("URL", "/flows/trigger/" + flow.id()));
      }
      case SCHEDULE -> add(lines, "Interval", options, "cron");
      case MANUAL -> add(lines, "Collections", options, "collections");
      case OPERATION -> { }
    }
    return lines;
  }

  private static void add(List<Line> lines, String label, JsonObject options, String name) {
    JsonValue value = options.get(name).orElse(JsonValue.NULL);
    lines.add(new Line(label, value.isNull() ? "--" : text(value)));
  }

  /** Strings bare, string lists comma-joined (as the Studio shows scopes), anything else as JSON. */
  private static String text(JsonValue value) {
    if (value instanceof JsonString string) {
      return string.value();
    }
    if (value instanceof JsonArray array && array.elements().stream().allMatch(JsonString.class::isInstance)) {
      return array.elements().stream().map(e -> ((JsonString) e).value()).collect(Collectors.joining(", "));
    }
    return JsonText.compact(value);
  }
}
