package dev.flowsmith.engine.run;

import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One executed operation of a run.
 *
 * @param options the options after rendering; the raw options when rendering failed; null for
 *     an unknown operation type (engine.md §8.1)
 * @param value what was stored under the key (and {@code $last})
 * @param chainAfter the whole data chain right after this step, for the inspector
 */
public record StepRecord(
    String operationId,
    String key,
    String type,
    StepStatus status,
    @Nullable JsValue options,
    JsValue value,
    Instant startedAt,
    long durationMicros,
    JsObject chainAfter) {

  public double durationMillis() {
    return durationMicros / 1000.0;
  }
}
