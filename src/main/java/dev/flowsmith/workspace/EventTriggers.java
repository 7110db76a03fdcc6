package dev.flowsmith.workspace;

import dev.flowsmith.engine.item.ItemEvent;
import dev.flowsmith.engine.item.ItemEvents;
import dev.flowsmith.engine.run.FlowRunException;
import dev.flowsmith.engine.run.RunBudget;
import dev.flowsmith.engine.run.RunLimits;
import dev.flowsmith.engine.run.RunResult;
import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.model.Flow;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * Runs event flows for item changes (engine.md §3.1). Filters run on the caller's thread before
 * the change, in workspace order, each seeing the payload the previous one returned; actions run
 * after it on a worker pool and nobody waits for them.
 *
 * <p>Directus lets event flows re-trigger themselves without limit (§4.7); here changes nested
 * deeper than {@link RunLimits#maxFlowDepth()} events start no more flows, with a warning. The
 * depth follows the change: a thread-local on the caller, handed to the worker that runs an action.
 */
public final class EventTriggers implements ItemEvents, AutoCloseable {

  private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

  private final FlowLauncher launcher;
  private final ExecutorService workers;
  private final int maxDepth;
  private final TriggerWarnings warnings;
  private volatile EventSubscriptions subscriptions = EventSubscriptions.NONE;
  private volatile boolean enabled = true;

  public EventTriggers(FlowLauncher launcher, ExecutorService workers, RunLimits limits, TriggerWarnings warnings) {
    this.launcher = launcher;
    this.workers = workers;
    this.maxDepth = limits.maxFlowDepth();
    this.warnings = warnings;
  }

  /** Actions on a cached daemon pool, the default depth limit, warnings to the log. */
  public EventTriggers(FlowLauncher launcher) {
    this(launcher, RunLimits.DEFAULT);
  }

  /** Actions on a cached daemon pool, warnings to the log. */
  public EventTriggers(FlowLauncher launcher, RunLimits limits) {
    this(launcher, Executors.newCachedThreadPool(FlowScheduler.daemon("flowsmith-event-run")), limits,
        TriggerWarnings.LOG);
  }

  /** Replaces the registrations with those of the active event flows in {@code flows}. */
  public void reload(List<Flow> flows) {
    subscriptions = EventSubscriptions.of(flows);
  }

  public EventSubscriptions subscriptions() {
    return subscriptions;
  }

  /**
   * Turns item events on or off (the app's "Item events" switch); on by default, as on a Directus
   * server. While off, changes start no filter or action flows: filters pass the payload through.
   */
  public void setEnabled(boolean on) {
    enabled = on;
  }

  public boolean isEnabled() {
    return enabled;
  }

  /**
   * Runs the filter flows of an item change and returns the payload the change goes on with.
   *
   * @param keys the keys of an update, null for a create or delete (their filters get none)
   * @throws JsException carrying {@code $last} when a filter run throws (§4.5 rule 2): the change fails
   */
  public JsValue filter(String action, String collection, JsValue payload, @Nullable List<JsValue> keys,
      JsValue accountability) {
    String event = EventSubscriptions.itemEventName(collection, action);
    List<Flow> flows = enabled ? subscriptions.filters(event) : List.of();
    if (flows.isEmpty() || tooDeep(flows.get(0), event)) {
      return payload;
    }
    JsValue current = payload;
    for (Flow flow : flows) {
      // §3.1 key order of a filter $trigger: payload, event, then the meta
      JsObject.Builder trigger = JsObject.builder().put("payload", current).put("event", event);
      if (keys != null) {
        trigger.put("keys", new JsArray(keys));
      }
      trigger.put("collection", collection);
      RunResult result;
      try {
        result = atDepth(DEPTH.get() + 1, () -> launcher.launch(flow, trigger.build(), accountability));
      } catch (FlowRunException cannotRun) {
        warnings.warn(flow, "Filter flow for " + event + " could not run: " + cannotRun.getMessage(), cannotRun);
        continue;
      }
      if (result.thrown()) {
        throw new JsException(result.chain().get("$last"));
      }
      if (!result.result().isUndefined()) {
        current = result.result(); // §3.1: the result replaces the payload iff it is not undefined
      }
    }
    return current;
  }

  /** Starts the action flows of a stored change in the background (§3.1: not awaited, result ignored). */
  @Override
  public void emit(ItemEvent change) {
    String event = EventSubscriptions.itemEventName(change.collection(), change.action());
    List<Flow> flows = enabled ? subscriptions.actions(event) : List.of();
    if (flows.isEmpty() || tooDeep(flows.get(0), event)) {
      return;
    }
    // §3.1 key order of an action $trigger: event, then the meta (payload, key|keys, collection)
    JsObject trigger = JsObject.builder().put("event", event).putAll(change.meta()).build();
    int depth = DEPTH.get() + 1;
    // a change made by a run's step: its action flows count against that run's budget (RunLimits)
    RunBudget budget = RunBudget.current();
    for (Flow flow : flows) {
      workers.execute(() -> {
        try {
          RunBudget.within(budget, () -> atDepth(depth, () -> launcher.launch(flow, trigger, change.accountability())));
        } catch (Exception e) {
          warnings.warn(flow, "Action flow for " + event + " failed: " + e.getMessage(), e);
        }
      });
    }
  }

  @Override
  public void close() {
    workers.shutdown();
  }

  private boolean tooDeep(Flow flow, String event) {
    if (DEPTH.get() < maxDepth) {
      return false;
    }
    warnings.warn(flow, "Event " + event + " starts no flows: item changes made by event flows are nested "
        + maxDepth + " deep (a flow whose changes trigger itself?)", null);
    return true;
  }

  private static RunResult atDepth(int depth, Launch launch) throws FlowRunException {
    int outer = DEPTH.get();
    DEPTH.set(depth);
    try {
      return launch.run();
    } finally {
      DEPTH.set(outer);
    }
  }

  @FunctionalInterface
  private interface Launch {
    RunResult run() throws FlowRunException;
  }
}
