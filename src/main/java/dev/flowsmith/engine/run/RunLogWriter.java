package dev.flowsmith.engine.run;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.engine.value.LogSerializer;
import dev.flowsmith.engine.value.Redaction;
import java.util.ArrayList;
import java.util.List;

/**
 * The revision Directus writes for a run of a flow with {@code accountability: "all"}
 * (engine.md §8.1–8.2): {@code {steps: [{operation, key, status, options}], data: chain}},
 * serialised with errors as {@code {name, message, stack?}}, allow-listed env values masked
 * everywhere and secret keys masked in {@code data}.
 */
public final class RunLogWriter {

  private RunLogWriter() {}

  public static JsObject revision(List<StepRecord> steps, JsObject chain, JsObject env) {
    List<JsValue> stepEntries = new ArrayList<>();
    for (StepRecord step : steps) {
      stepEntries.add(step(step, env));
    }
    JsValue data = Redaction.redact(LogSerializer.serialize(chain, env), Redaction.RUN_LOG_KEYS);
    return JsObject.builder().put("steps", new JsArray(stepEntries)).put("data", data).build();
  }

  /** One {@code steps[]} entry as the run log stores it. */
  public static JsObject step(StepRecord step, JsObject env) {
    JsValue options = step.options() == null ? JsValue.NULL : LogSerializer.serialize(step.options(), env);
    return JsObject.builder()
        .put("operation", step.operationId())
        .put("key", step.key())
        .put("status", step.status().id())
        .put("options", options)
        .build();
  }
}
