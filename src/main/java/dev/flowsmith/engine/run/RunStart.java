package dev.flowsmith.engine.run;

import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.model.Flow;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A run about to execute its first step.
 *
 * @param parentRunId the run whose trigger operation started this one, or null
 */
public record RunStart(String runId, @Nullable String parentRunId, Flow flow, JsObject initialChain,
    Instant startedAt, int depth) {}
