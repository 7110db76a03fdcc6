package dev.flowsmith.app.settings;

import dev.flowsmith.engine.run.LimitValues;
import dev.flowsmith.engine.run.RunLimits;
import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonNumber;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.JsonValue.JsonString;
import dev.flowsmith.workspace.WebhookServer;
import dev.flowsmith.workspace.WorkspaceLimits;
import dev.flowsmith.workspace.WorkspaceRuntime;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jspecify.annotations.Nullable;

/**
 * The Workspace Settings dialog's state (STYLE.md rule 6: properties, no nodes): each setting of
 * {@code workspace.json} as the text the user edits, with an error per field. {@link #save} writes
 * through {@link WorkspaceFolder#saveSetting} only when every field is valid; an empty field means
 * the default and removes the key.
 */
public final class WorkspaceSettingsModel {

  /** One editable setting: where it lives in workspace.json and how its text is checked. */
  public enum Setting {
    WEBHOOK_PORT(null, WebhookServer.PORT_SETTING, "Webhook port"),
    MAX_FLOW_DEPTH(WorkspaceLimits.BUDGETS, "maxFlowDepth", "Max flow depth"),
    MAX_FLOWS(WorkspaceLimits.BUDGETS, "maxFlows", "Max flows per run"),
    MAX_STEPS(WorkspaceLimits.BUDGETS, "maxSteps", "Max steps per run"),
    MAX_RUN_TIME(WorkspaceLimits.BUDGETS, "maxRunTime", "Max run time"),
    MAX_CHAIN_BYTES(WorkspaceLimits.BUDGETS, "maxChainBytes", "Max data chain size"),
    MAX_RESPONSE_BYTES(WorkspaceLimits.LIMITS, "maxResponseBytes", "Max response size"),
    ENV_ALLOW_LIST(null, WorkspaceRuntime.ENV_ALLOW_LIST_SETTING, "$env allow-list"),
    SERVERS(null, "servers", "Servers (JSON)");

    final @Nullable String section;
    final String key;
    public final String label;

    Setting(@Nullable String section, String key, String label) {
      this.section = section;
      this.key = key;
      this.label = label;
    }

    /** The id its control carries in the dialog, e.g. {@code settings-maxFlowDepth}. */
    public String id() {
      return "settings-" + key;
    }
  }

  private final WorkspaceFolder folder;
  private final Map<Setting, StringProperty> texts = new EnumMap<>(Setting.class);
  private final Map<Setting, ReadOnlyStringWrapper> errors = new EnumMap<>(Setting.class);

  public WorkspaceSettingsModel(WorkspaceFolder folder) {
    this.folder = folder;
    JsonObject settings = folder.settings();
    for (Setting setting : Setting.values()) {
      texts.put(setting, new SimpleStringProperty(this, setting.key, shown(setting, settings)));
      errors.put(setting, new ReadOnlyStringWrapper(this, setting.key + "Error", ""));
    }
  }

  public StringProperty text(Setting setting) {
    return texts.get(setting);
  }

  /** Empty when the field's text is valid. */
  public ReadOnlyStringProperty error(Setting setting) {
    return errors.get(setting).getReadOnlyProperty();
  }

  public WorkspaceFolder folder() {
    return folder;
  }

  /** Checks every field, showing each problem on its field; true when all are valid. */
  public boolean validate() {
    boolean valid = true;
    for (Setting setting : Setting.values()) {
      String problem = "";
      try {
        parse(setting, texts.get(setting).get().strip());
      } catch (IllegalArgumentException | FlowFormatException bad) {
        problem = bad.getMessage();
      }
      errors.get(setting).set(problem);
      valid &= problem.isEmpty();
    }
    return valid;
  }

  /**
   * Writes the changed settings to workspace.json; nothing is written when a field is invalid.
   *
   * @return false when a field is invalid (its error is shown)
   */
  public boolean save() throws IOException {
    if (!validate()) {
      return false;
    }
    JsonObject settings = folder.settings();
    Map<String, JsonObject> sections = new java.util.LinkedHashMap<>();
    List<Runnable> topLevel = new ArrayList<>();
    for (Setting setting : Setting.values()) {
      JsonValue value = parseUnchecked(setting);
      if (setting.section == null) {
        JsonValue before = settings.get(setting.key).orElse(null);
        if (!Objects.equals(before, value) && !(before == null && value == null)) {
          topLevel.add(() -> write(setting.key, value == null ? JsonValue.NULL : value));
        }
      } else {
        JsonObject section = sections.computeIfAbsent(setting.section, name ->
            settings.get(name).orElse(null) instanceof JsonObject object ? object : JsonObject.EMPTY);
        sections.put(setting.section, value == null ? section.without(setting.key) : section.with(setting.key, value));
      }
    }
    topLevel.forEach(Runnable::run);
    for (Map.Entry<String, JsonObject> section : sections.entrySet()) {
      JsonValue before = settings.get(section.getKey()).orElse(JsonObject.EMPTY);
      if (!section.getValue().equals(before)) {
        folder.saveSetting(section.getKey(), section.getValue());
      }
    }
    return true;
  }

  private void write(String key, JsonValue value) {
    try {
      folder.saveSetting(key, value);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private @Nullable JsonValue parseUnchecked(Setting setting) {
    try {
      return parse(setting, texts.get(setting).get().strip());
    } catch (FlowFormatException e) {
      throw new IllegalStateException("validated before", e);
    }
  }

  /** The JSON a field's text stands for; null for an empty field (the default). */
  private static @Nullable JsonValue parse(Setting setting, String text) throws FlowFormatException {
    if (text.isEmpty()) {
      return null;
    }
    return switch (setting) {
      case WEBHOOK_PORT -> {
        long port = LimitValues.count(text);
        if (port > 65_535) {
          throw new IllegalArgumentException("a port is at most 65535, found " + text);
        }
        yield JsonValue.of(port);
      }
      case MAX_FLOW_DEPTH -> {
        // the engine's range (at most RunLimits.DEPTH_CEILING) is checked here, not at the next run
        RunLimits.DEFAULT.withMaxFlowDepth((int) Math.min(Integer.MAX_VALUE, LimitValues.count(text)));
        yield JsonValue.of(LimitValues.count(text));
      }
      case MAX_FLOWS, MAX_STEPS -> JsonValue.of(LimitValues.count(text));
      case MAX_RUN_TIME -> {
        LimitValues.duration(text);
        yield numberOrText(text);
      }
      case MAX_CHAIN_BYTES, MAX_RESPONSE_BYTES -> {
        LimitValues.bytes(text);
        yield numberOrText(text);
      }
      case ENV_ALLOW_LIST -> {
        List<JsonValue> names = new ArrayList<>();
        for (String name : text.split("[,\\s]+")) {
          if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("\"" + name + "\" is not an environment variable name");
          }
          names.add(JsonValue.of(name));
        }
        yield new JsonArray(names);
      }
      case SERVERS -> {
        JsonValue servers = JsonText.parseValue(text);
        if (!(servers instanceof JsonObject)) {
          throw new IllegalArgumentException("servers must be a JSON object of named servers, found "
              + servers.typeName());
        }
        yield servers;
      }
    };
  }

  private static JsonValue numberOrText(String text) {
    return text.chars().allMatch(Character::isDigit) ? JsonValue.of(Long.parseLong(text)) : JsonValue.of(text);
  }

  /** The text a stored setting is edited as. */
  private static String shown(Setting setting, JsonObject settings) {
    JsonValue value = setting.section == null ? settings.get(setting.key).orElse(null)
        : settings.get(setting.section).orElse(null) instanceof JsonObject section
            ? section.get(setting.key).orElse(null) : null;
    if (value == null || value.isNull()) {
      return "";
    }
    if (value instanceof JsonString string) {
      return string.value();
    }
    if (value instanceof JsonNumber number) {
      return number.literal();
    }
    if (value instanceof JsonArray array && setting == Setting.ENV_ALLOW_LIST) {
      return String.join(", ", array.elements().stream().map(JsonText::compact)
          .map(s -> s.startsWith("\"") ? s.substring(1, s.length() - 1) : s).toList());
    }
    return JsonText.pretty(value);
  }
}
