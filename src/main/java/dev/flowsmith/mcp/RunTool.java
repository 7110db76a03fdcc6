package dev.flowsmith.mcp;

import dev.flowsmith.engine.Cancellation;
import dev.flowsmith.engine.run.FlowRunException;
import dev.flowsmith.engine.run.RunListener;
import dev.flowsmith.engine.run.RunResult;
import dev.flowsmith.engine.run.RunStart;
import dev.flowsmith.engine.run.StepRecord;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.Operation;
import dev.flowsmith.model.TriggerType;
import dev.flowsmith.workspace.TriggerShapes;
import dev.flowsmith.workspace.WorkspaceRuntime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * {@code run} and {@code trigger-flow}: a flow in the embedded engine, in the workspace's world
 * (its {@code data.db}, outbox, notifications, {@code $env} allow-list). {@code run} answers with
 * the chain, the steps and the status as text; with {@code breakAt} the run stops before that
 * operation — the app's breakpoint, as a {@link RunListener} on {@code beforeStep} — and the
 * answer is the chain as that operation would see it. {@code trigger-flow} answers, like
 * Directus's tool, with the flow's result only.
 */
final class RunTool {

  static final Set<String> RUN_ARGUMENTS = Set.of("flow", "trigger", "breakAt", "accountability");
  static final Set<String> TRIGGER_ARGUMENTS = Set.of("id", "collection", "keys", "headers", "query", "data");

  private final McpWorkspace workspace;

  RunTool(McpWorkspace workspace) {
    this.workspace = workspace;
  }

  String run(JsonObject arguments) throws ToolError {
    ToolArgs args = ToolArgs.of("run", arguments, RUN_ARGUMENTS);
    WorkspaceFolder folder = workspace.open();
    Flow flow = McpWorkspace.flow(folder, args.requiredString("flow"), "flow");
    Optional<String> breakAt = args.optionalString("breakAt");
    if (breakAt.isPresent() && flow.operationByKey(breakAt.get()).isEmpty()) {
      throw ToolError.payload("breakAt: flow " + flow.name() + " has no operation with key \"" + breakAt.get()
          + "\"; its keys: " + String.join(", ", flow.operations().stream().map(Operation::key).toList()));
    }
    JsValue trigger = completeTrigger(flow, args.orNull("trigger"));
    JsValue accountability = args.raw("accountability").map(JsJson::fromModel).orElse(caller(flow));
    Breakpoint breakpoint = new Breakpoint(breakAt.orElse(null));
    List<String> console = new CopyOnWriteArrayList<>();
    RunResult result;
    try (WorkspaceRuntime runtime = workspace.runtime(folder, console::add)) {
      result = runtime.launch(flow, trigger, accountability, breakpoint, breakpoint.cancellation);
    } catch (FlowRunException refused) {
      throw new ToolError(ToolError.REFUSED, "flow " + flow.name() + " cannot run: " + refused.getMessage());
    }
    return RunText.describe(flow, result, breakpoint.pausedChain(), breakAt.orElse(null), console);
  }

  /** Directus's trigger-flow: a POST to the flow's trigger URL with {collection, keys, …data} as the body. */
  JsonValue trigger(JsonObject arguments) throws ToolError {
    ToolArgs args = ToolArgs.of("trigger-flow", arguments, TRIGGER_ARGUMENTS);
    WorkspaceFolder folder = workspace.open();
    Flow flow = McpWorkspace.flow(folder, args.requiredString("id"), "id");
    TriggerType type = flow.triggerType().orElse(null);
    if (type != TriggerType.MANUAL && type != TriggerType.WEBHOOK) {
      throw new ToolError(ToolError.FORBIDDEN, "id: flow " + flow.name() + " has a " + (flow.trigger() == null ? "missing"
          : flow.trigger()) + " trigger; trigger-flow starts manual and webhook flows (use run for the others)");
    }
    if (!Flow.ACTIVE.equals(flow.status())) {
      throw new ToolError(ToolError.FORBIDDEN, "id: flow " + flow.name() + " is inactive; set its status to active");
    }
    String collection = args.requiredString("collection");
    JsonObject.Builder body = JsonObject.builder().put("collection", collection);
    if (args.has("keys")) {
      body.put("keys", args.raw("keys").orElseThrow());
    }
    args.object("data").ifPresent(data -> data.members().forEach(body::put));
    for (String required : requiredFields(flow)) {
      if (args.object("data").map(d -> !d.has(required)).orElse(true)) {
        throw ToolError.payload("data." + required + ": required field \"" + required + "\" is missing");
      }
    }
    Map<String, JsValue> headers = new LinkedHashMap<>();
    args.object("headers").ifPresent(h -> h.members().forEach((k, v) -> headers.put(k, JsJson.fromModel(v))));
    JsObject start = TriggerShapes.webhook(flow.id(), JsJson.fromModel(args.object("query").orElse(JsonObject.EMPTY)),
        JsJson.fromModel(body.build()), "POST", headers);
    if (type == TriggerType.MANUAL && !TriggerShapes.manualAllowed(flow, start.get("body"))) {
      throw new ToolError(ToolError.FORBIDDEN, "collection: flow " + flow.name() + " is not offered on collection \""
          + collection + "\" (its trigger options list the collections it runs on)");
    }
    RunResult result;
    try (WorkspaceRuntime runtime = workspace.runtime(folder, line -> {})) {
      result = runtime.launch(flow, start, caller(flow));
    } catch (FlowRunException refused) {
      throw new ToolError(ToolError.REFUSED, "flow " + flow.name() + " cannot run: " + refused.getMessage());
    }
    if (result.thrown()) {
      throw new ToolError(ToolError.REFUSED, "the flow rejected: " + RunText.json(result.result()));
    }
    return result.result().isUndefined() ? JsonValue.NULL : JsJson.toModel(result.result());
  }

  /** Manual flows can mark fields of their confirmation dialog required; Directus's tool checks them. */
  private static List<String> requiredFields(Flow flow) {
    List<String> required = new ArrayList<>();
    if (flow.triggerOptions().get("fields").orElse(null) instanceof JsonValue.JsonArray fields) {
      for (JsonValue field : fields.elements()) {
        if (field instanceof JsonObject object && object.get("meta").orElse(null) instanceof JsonObject meta
            && meta.get("required").orElse(JsonValue.FALSE).equals(JsonValue.TRUE)) {
          object.string("field").ifPresent(required::add);
        }
      }
    }
    return required;
  }

  /**
   * A webhook or manual trigger given as {@code {body, query, headers, method}} is completed as the
   * webhook server would build it (as flow tests do); one with {@code path} is the whole {@code $trigger}.
   */
  static JsValue completeTrigger(Flow flow, @Nullable JsonValue given) throws ToolError {
    if (given == null) {
      return JsValue.NULL;
    }
    Optional<TriggerType> type = flow.triggerType();
    boolean request = type.isPresent() && (type.get() == TriggerType.WEBHOOK || type.get() == TriggerType.MANUAL);
    if (!request || !(given instanceof JsonObject object) || object.has("path")
        || !object.members().keySet().stream().allMatch(Set.of("body", "query", "headers", "method")::contains)) {
      return JsJson.fromModel(given);
    }
    String method = object.string("method").orElse(type.get() == TriggerType.MANUAL ? "POST"
        : flow.triggerOptions().string("method").orElse("GET")).toUpperCase(Locale.ROOT);
    Map<String, JsValue> headers = new LinkedHashMap<>();
    if (object.get("headers").orElse(null) instanceof JsonObject h) {
      h.members().forEach((k, v) -> headers.put(k, JsJson.fromModel(v)));
    } else if (object.has("headers")) {
      throw ToolError.payload("trigger.headers: must be an object of header names and values");
    }
    JsValue body = object.get("body").map(JsJson::fromModel).orElse(JsObject.EMPTY);
    if (object.has("body")) {
      headers.putIfAbsent("content-type", JsValue.of("application/json"));
    }
    return TriggerShapes.webhook(flow.id(), object.get("query").map(JsJson::fromModel).orElse(JsObject.EMPTY), body,
        method, headers);
  }

  private static JsValue caller(Flow flow) {
    TriggerType type = flow.triggerType().orElse(null);
    if (type == TriggerType.WEBHOOK) {
      return TriggerShapes.webhookCaller();
    }
    return type == TriggerType.MANUAL ? TriggerShapes.manualCaller() : JsValue.NULL;
  }

  /** Stops the top-level run before the operation with key {@code key}, keeping the chain it would see. */
  static final class Breakpoint implements RunListener {
    private final @Nullable String key;
    final Cancellation cancellation = Cancellation.none();
    private volatile @Nullable String topRun;
    private volatile @Nullable JsObject chain;
    private volatile @Nullable JsObject paused;

    Breakpoint(@Nullable String key) {
      this.key = key;
    }

    @Override
    public void runStarted(RunStart start) {
      if (start.parentRunId() == null && topRun == null) {
        topRun = start.runId();
        chain = start.initialChain();
      }
    }

    @Override
    public void stepFinished(String runId, StepRecord step) {
      if (runId.equals(topRun)) {
        chain = step.chainAfter();
      }
    }

    @Override
    public void beforeStep(String runId, Operation operation) {
      if (key != null && paused == null && runId.equals(topRun) && operation.key().equals(key)) {
        paused = chain;
        cancellation.cancel();
      }
    }

    @Nullable JsObject pausedChain() {
      return paused;
    }
  }

  static String pretty(JsValue value) {
    try {
      return JsonText.pretty(JsonText.parseValue(JsJson.stringify(value).orElse("null"))).stripTrailing();
    } catch (FlowFormatException impossible) {
      throw new IllegalStateException("JSON.stringify produced invalid JSON", impossible);
    }
  }
}
