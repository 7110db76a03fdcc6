package dev.flowsmith.engine.operation;

import dev.flowsmith.engine.Cancellation;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.Operation;
import java.util.Objects;

/**
 * Everything an operation may touch (STYLE.md rule 4): the chain as it stood before the step,
 * who caused the run, the allow-listed environment, and the services of the world the flow
 * runs in. No operation reaches for a static singleton.
 *
 * @param chain the data chain before this step (Directus passes it as {@code context.data})
 * @param accountability the run's {@code $accountability}: an object, or null for schedules
 * @param depth 0 for a run started by a trigger, +1 for each flow started by a trigger operation
 */
public record OperationContext(
    JsObject chain,
    JsValue accountability,
    JsObject env,
    Flow flow,
    Operation operation,
    RunServices services,
    Cancellation cancellation,
    int depth) {

  public OperationContext {
    Objects.requireNonNull(chain);
    Objects.requireNonNull(accountability);
    Objects.requireNonNull(env);
    Objects.requireNonNull(flow);
    Objects.requireNonNull(operation);
    Objects.requireNonNull(services);
    Objects.requireNonNull(cancellation);
  }

  /** Shorthand for {@code services().require(type)}. */
  public <T> T service(Class<T> type) {
    return services.require(type);
  }
}
