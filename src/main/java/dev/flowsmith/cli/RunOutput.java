package dev.flowsmith.cli;

import dev.flowsmith.engine.run.RunLogWriter;
import dev.flowsmith.engine.run.RunResult;
import dev.flowsmith.engine.run.StepRecord;
import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.JsonText;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON the {@code run} command prints. The chain and result are shown as Directus sends them
 * over HTTP ({@code JSON.stringify}: errors show only their enumerable properties); step options
 * as its run log stores them (engine.md §8.2), so both compare directly with a real server.
 */
final class RunOutput {

  private RunOutput() {}

  static String json(RunResult result, JsObject env) {
    List<JsValue> steps = new ArrayList<>();
    for (StepRecord step : result.steps()) {
      steps.add(RunLogWriter.step(step, env).with("durationMs", JsValue.of(Math.round(step.durationMillis() * 1000)
          / 1000.0)));
    }
    JsObject output = JsObject.builder()
        .put("chain", result.chain())
        .put("steps", new JsArray(steps))
        .put("result", result.result().isUndefined() ? JsValue.NULL : result.result())
        .put("status", result.lastStatus().id())
        .put("thrown", JsValue.of(result.thrown()))
        .build();
    String compact = JsJson.stringify(output).orElse("null");
    try {
      return JsonText.pretty(JsonText.parseValue(compact));
    } catch (FlowFormatException impossible) {
      throw new IllegalStateException("JSON.stringify produced invalid JSON", impossible);
    }
  }
}
