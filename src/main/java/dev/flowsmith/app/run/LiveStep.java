package dev.flowsmith.app.run;

import dev.flowsmith.engine.run.StepRecord;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.LogSerializer;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.workspace.history.RunRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One step as the run panel lists it, for a live run and a stored one alike. Values are in the
 * run log's form (engine.md §8.2: errors as {@code {name, message, …}}, {@code $env} masked).
 *
 * @param type the operation type; null for a pasted log whose operation is gone
 * @param status {@code resolve}, {@code reject} or {@code unknown}
 * @param durationMicros -1 when not recorded
 * @param options the options as rendered, exactly what ran; null for an unknown type
 * @param chainAfter the whole data chain right after this step
 */
public record LiveStep(String operationId, String key, @Nullable String type, String status, long durationMicros,
    @Nullable JsonValue options, JsonValue value, JsonObject chainAfter) {

  /** The steps of a stored (or pasted) run. */
  public static List<LiveStep> of(RunRecord record) {
    List<LiveStep> steps = new ArrayList<>();
    for (int i = 0; i < record.steps().size(); i++) {
      RunRecord.Step step = record.steps().get(i);
      steps.add(new LiveStep(step.operationId(), step.key(), step.type(), step.status(), step.durationMicros(),
          step.options(), record.valueOf(i), record.chainAfter(i)));
    }
    return steps;
  }

  /** A step of a live run, serialised as the run log does (so live and stored runs look alike). */
  public static LiveStep from(StepRecord step, JsObject env) {
    JsonValue options = step.options() == null ? null : JsJson.toModel(LogSerializer.serialize(step.options(), env));
    return new LiveStep(step.operationId(), step.key(), step.type(), step.status().id(), step.durationMicros(),
        options, JsJson.toModel(LogSerializer.serialize(step.value(), env)), chain(step.chainAfter(), env));
  }

  /** A data chain in the run log's form. */
  public static JsonObject chain(JsObject chain, JsObject env) {
    return JsJson.toModel(LogSerializer.serialize(chain, env)) instanceof JsonObject object ? object
        : JsonObject.EMPTY;
  }

  public boolean rejected() {
    return !status.equals("resolve");
  }

  /** {@code 12.3 ms}, or empty when not recorded. */
  public String durationText() {
    return durationMicros < 0 ? "" : String.format(Locale.ROOT, "%.1f ms", durationMicros / 1000.0);
  }
}
