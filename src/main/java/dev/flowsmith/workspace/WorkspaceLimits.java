package dev.flowsmith.workspace;

import dev.flowsmith.engine.http.HttpSettings;
import dev.flowsmith.engine.run.LimitValues;
import dev.flowsmith.engine.run.RunLimits;
import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonNumber;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.JsonValue.JsonString;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The limits a workspace sets in {@code workspace.json}:
 *
 * <pre>
 * "budgets": {"maxFlowDepth": 16, "maxFlows": 1000, "maxSteps": 10000, "maxRunTime": "5m", "maxChainBytes": "128MB"},
 * "limits":  {"maxResponseBytes": "50MB"}
 * </pre>
 *
 * Every key is optional (missing: {@link RunLimits#DEFAULT}, {@link HttpSettings#DEFAULT_MAX_RESPONSE_BYTES});
 * counts are whole numbers, times a number of seconds or a text such as {@code "30s"}, sizes a
 * number of bytes or a text such as {@code "50MB"} ({@link LimitValues}). A bad value or an unknown
 * key is an error naming the key, so a typo never silently leaves a limit at its default.
 */
public final class WorkspaceLimits {

  public static final String BUDGETS = "budgets";
  public static final String LIMITS = "limits";
  private static final Set<String> BUDGET_KEYS = Set.of("maxFlowDepth", "maxFlows", "maxSteps", "maxRunTime",
      "maxChainBytes");
  private static final Set<String> LIMIT_KEYS = Set.of("maxResponseBytes");

  private WorkspaceLimits() {}

  /** The run limits of the workspace's {@code budgets} setting. */
  public static RunLimits runLimits(WorkspaceFolder folder) throws FlowFormatException {
    JsonObject budgets = section(folder, BUDGETS, BUDGET_KEYS);
    RunLimits limits = RunLimits.DEFAULT;
    try {
      Optional<Long> depth = value(folder, budgets, BUDGETS, "maxFlowDepth", LimitValues::count);
      if (depth.isPresent()) {
        limits = limits.withMaxFlowDepth((int) Math.min(Integer.MAX_VALUE, depth.get()));
      }
      Optional<Long> flows = value(folder, budgets, BUDGETS, "maxFlows", LimitValues::count);
      if (flows.isPresent()) {
        limits = limits.withMaxFlows((int) Math.min(Integer.MAX_VALUE, flows.get()));
      }
      limits = limits.withMaxSteps(value(folder, budgets, BUDGETS, "maxSteps", LimitValues::count)
          .orElse(limits.maxSteps()));
      limits = limits.withMaxRunTime(value(folder, budgets, BUDGETS, "maxRunTime", LimitValues::duration)
          .orElse(limits.maxRunTime()));
      limits = limits.withMaxChainBytes(value(folder, budgets, BUDGETS, "maxChainBytes", LimitValues::bytes)
          .orElse(limits.maxChainBytes()));
    } catch (IllegalArgumentException outOfRange) {
      throw problem(folder, "$." + BUDGETS, outOfRange.getMessage());
    }
    return limits;
  }

  /** The largest response body the request operation reads ({@code limits.maxResponseBytes}). */
  public static long maxResponseBytes(WorkspaceFolder folder) throws FlowFormatException {
    JsonObject limits = section(folder, LIMITS, LIMIT_KEYS);
    return value(folder, limits, LIMITS, "maxResponseBytes", LimitValues::bytes)
        .orElse(HttpSettings.DEFAULT_MAX_RESPONSE_BYTES);
  }

  private static JsonObject section(WorkspaceFolder folder, String name, Set<String> known)
      throws FlowFormatException {
    Optional<JsonValue> setting = folder.settings().get(name);
    if (setting.isEmpty() || setting.get().isNull()) {
      return JsonObject.EMPTY;
    }
    if (!(setting.get() instanceof JsonObject object)) {
      throw problem(folder, "$." + name, "must be an object, found " + setting.get().typeName());
    }
    for (String key : object.members().keySet()) {
      if (!known.contains(key)) {
        throw problem(folder, "$." + name + "." + key, "unknown setting; known: " + String.join(", ",
            known.stream().sorted().toList()));
      }
    }
    return object;
  }

  private static <T> Optional<T> value(WorkspaceFolder folder, JsonObject section, String sectionName, String key,
      Function<String, T> parse) throws FlowFormatException {
    Optional<JsonValue> raw = section.get(key);
    if (raw.isEmpty() || raw.get().isNull()) {
      return Optional.empty();
    }
    String text;
    if (raw.get() instanceof JsonNumber number) {
      text = number.literal();
    } else if (raw.get() instanceof JsonString string) {
      text = string.value();
    } else {
      throw problem(folder, "$." + sectionName + "." + key, "must be a number or a text, found "
          + raw.get().typeName());
    }
    try {
      return Optional.of(parse.apply(text));
    } catch (IllegalArgumentException bad) {
      throw problem(folder, "$." + sectionName + "." + key, bad.getMessage());
    }
  }

  private static FlowFormatException problem(WorkspaceFolder folder, String path, String message) {
    return new FlowFormatException(folder.root().resolve(WorkspaceFolder.SETTINGS_FILE).toString(), null, path,
        message);
  }
}
