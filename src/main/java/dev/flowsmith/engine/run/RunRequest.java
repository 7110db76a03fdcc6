package dev.flowsmith.engine.run;

import dev.flowsmith.engine.Cancellation;
import dev.flowsmith.engine.operation.RunServices;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.model.Flow;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything one run needs: the flow, what its trigger gave, who caused it, and the world.
 *
 * @param trigger the value of {@code $trigger} and the first {@code $last} (engine.md §4.1)
 * @param accountability {@code $accountability}: an object, or null (schedules, engine.md §3.6)
 * @param env the allow-listed environment, {@code $env}
 */
public record RunRequest(
    Flow flow,
    JsValue trigger,
    JsValue accountability,
    JsObject env,
    RunServices services,
    Cancellation cancellation,
    RunListener listener,
    @Nullable String parentRunId,
    int depth) {

  public RunRequest {
    Objects.requireNonNull(flow);
    Objects.requireNonNull(trigger);
    Objects.requireNonNull(accountability);
    Objects.requireNonNull(env);
    Objects.requireNonNull(services);
    Objects.requireNonNull(cancellation);
    Objects.requireNonNull(listener);
  }

  /** A top-level run with no accountability, no environment and no listener. */
  public static RunRequest of(Flow flow, JsValue trigger, RunServices services) {
    return new RunRequest(flow, trigger, JsValue.NULL, JsObject.EMPTY, services, Cancellation.none(),
        RunListener.NONE, null, 0);
  }

  public RunRequest withAccountability(JsValue value) {
    return new RunRequest(flow, trigger, value, env, services, cancellation, listener, parentRunId, depth);
  }

  public RunRequest withEnv(JsObject value) {
    return new RunRequest(flow, trigger, accountability, value, services, cancellation, listener, parentRunId,
        depth);
  }

  public RunRequest withListener(RunListener value) {
    return new RunRequest(flow, trigger, accountability, env, services, cancellation, value, parentRunId, depth);
  }

  public RunRequest withCancellation(Cancellation value) {
    return new RunRequest(flow, trigger, accountability, env, services, value, listener, parentRunId, depth);
  }
}
