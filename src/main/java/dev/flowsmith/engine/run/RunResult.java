package dev.flowsmith.engine.run;

import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one run did.
 *
 * @param chain the final data chain (engine.md §4.1)
 * @param lastStatus the status of the last executed step; {@link StepStatus#UNKNOWN} when none ran
 * @param result the run's result (engine.md §4.5); undefined when nothing is selected
 * @param thrown true when the run ends by throwing {@code $last} (engine.md §4.5 rules 1–2):
 *     a webhook with {@code error_on_reject} or a filter event answers with an error
 * @param log the run log as Directus writes it (engine.md §8), or null when the flow's
 *     {@code accountability} is not {@code all}
 */
public record RunResult(
    String runId,
    @Nullable String parentRunId,
    String flowId,
    JsObject chain,
    List<StepRecord> steps,
    StepStatus lastStatus,
    JsValue result,
    boolean thrown,
    boolean cancelled,
    @Nullable JsObject log,
    Instant startedAt,
    long durationMicros) {

  public RunResult {
    steps = List.copyOf(steps);
  }
}
