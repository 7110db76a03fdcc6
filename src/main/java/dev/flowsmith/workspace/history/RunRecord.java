package dev.flowsmith.workspace.history;

import dev.flowsmith.engine.run.RunLogWriter;
import dev.flowsmith.engine.run.RunResult;
import dev.flowsmith.engine.run.StepRecord;
import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One finished (or pasted) run as the app keeps and shows it: shaped like Directus's run log
 * (engine.md §8: {@code steps[]} of operation/key/status/options, and {@code data} = the chain),
 * plus what Directus does not record (type, duration per step, where the run came from). The
 * chain after any step is rebuilt from {@code data}, so a log pasted from Directus can be stepped
 * through like one run here.
 *
 * @param source where the run came from: {@code app}, {@code webhook}, {@code schedule},
 *     {@code event}, {@code flow}, {@code cli}, or {@code directus} for a pasted log
 * @param data the chain at the end: {@code $trigger}, {@code $last}, {@code $accountability},
 *     {@code $env}, then one member per executed key
 * @param status {@code resolve} or {@code reject} (how the last step ended), {@code thrown} when
 *     the run ended with an error for its caller, {@code cancelled}, or {@code empty} for no steps
 */
public record RunRecord(String runId, String flowId, String source, Instant startedAt, long durationMicros,
    String status, List<Step> steps, JsonObject data) {

  /**
   * One executed operation.
   *
   * @param type the operation type, or null when unknown (a pasted log whose operation is gone)
   * @param options the options after rendering, exactly what ran; null for an unknown type
   * @param durationMicros -1 when not recorded (Directus logs do not have it)
   */
  public record Step(String operationId, String key, @Nullable String type, String status,
      @Nullable JsonValue options, long durationMicros) {}

  public RunRecord {
    Objects.requireNonNull(runId);
    Objects.requireNonNull(flowId);
    steps = List.copyOf(steps);
  }

  /**
   * A run of the engine, written from its revision ({@link RunLogWriter#revision(RunResult)}, the
   * one serialiser): step options and {@code data} are exactly the revision's, errors as
   * objects, allow-listed env values and secret keys masked. Operation ids and keys stay as the
   * flow has them (the revision masks an env value even inside a key, which would orphan the
   * step from its tile and its value); they come from the flow file, not from the caller.
   */
  public static RunRecord from(RunResult result, String source) {
    JsObject revision = RunLogWriter.revision(result);
    JsArray loggedSteps = (JsArray) revision.get("steps");
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < result.steps().size(); i++) {
      StepRecord step = result.steps().get(i);
      JsValue logged = ((JsObject) loggedSteps.get(i)).get("options");
      steps.add(new Step(step.operationId(), step.key(), step.type(), step.status().id(),
          logged.isNullish() ? null : JsJson.toModel(logged), step.durationMicros()));
    }
    JsonValue data = JsJson.toModel(revision.get("data"));
    String status = result.cancelled() ? "cancelled" : result.thrown() ? "thrown"
        : steps.isEmpty() ? "empty" : result.lastStatus().id();
    return new RunRecord(result.runId(), result.flowId(), source, result.startedAt(), result.durationMicros(),
        status, steps, data instanceof JsonObject object ? object : JsonObject.EMPTY);
  }

  /**
   * The same record with its {@code data} masked as a run log's (secret keys, and strings
   * holding one of its {@code $env} values): for logs that come from elsewhere — pasted, or a
   * history file written before Flowsmith masked them. A Directus log comes back unchanged.
   */
  public RunRecord masked() {
    JsObject chain = (JsObject) JsJson.fromModel(data);
    JsObject env = RunLogWriter.env(chain);
    JsonValue logged = JsJson.toModel(RunLogWriter.data(chain, env));
    List<Step> maskedSteps = new ArrayList<>();
    for (Step step : steps) {
      JsonValue options = step.options() == null ? null
          : JsJson.toModel(RunLogWriter.options(JsJson.fromModel(step.options()), env));
      maskedSteps.add(new Step(step.operationId(), step.key(), step.type(), step.status(), options,
          step.durationMicros()));
    }
    return new RunRecord(runId, flowId, source, startedAt, durationMicros, status, maskedSteps,
        logged instanceof JsonObject object ? object : JsonObject.EMPTY);
  }

  /** What step {@code index} stored under its key (its result, or its error). */
  public JsonValue valueOf(int index) {
    return data.get(steps.get(index).key()).orElse(JsonValue.NULL);
  }

  /**
   * The chain as it stood right after step {@code index}: the run's fixed entries, the keys of
   * that step and the ones before it, and {@code $last} = that step's value. {@code -1} gives the
   * chain before the first step.
   */
  public JsonObject chainAfter(int index) {
    JsonObject.Builder chain = JsonObject.builder();
    for (String fixed : List.of("$trigger", "$last", "$accountability", "$env")) {
      if (fixed.equals("$last")) {
        chain.put(fixed, index < 0 ? JsonValue.NULL : valueOf(index));
      } else {
        data.get(fixed).ifPresent(value -> chain.put(fixed, value));
      }
    }
    for (int i = 0; i <= index && i < steps.size(); i++) {
      chain.put(steps.get(i).key(), valueOf(i));
    }
    return chain.build();
  }

  /** The step of an operation, if it ran. */
  public Optional<Integer> stepOf(String operationId) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).operationId().equals(operationId)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }
}
