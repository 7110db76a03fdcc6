package dev.flowsmith.workspace;

import dev.flowsmith.engine.run.FlowRunException;
import dev.flowsmith.engine.run.RunResult;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.model.Flow;

/**
 * Starts runs of a workspace's flows. Every trigger source — the webhook server, schedules, item
 * events, manual runs from the app — goes through one launcher, so all runs get the same services,
 * run history and listeners.
 */
public interface FlowLauncher {

  /**
   * Runs {@code flow} to its end on the calling thread.
   *
   * @param trigger the {@code $trigger} value the trigger source built (engine.md §3)
   * @param accountability {@code $accountability} (engine.md §3.6), null for schedules
   */
  RunResult launch(Flow flow, JsValue trigger, JsValue accountability) throws FlowRunException;
}
