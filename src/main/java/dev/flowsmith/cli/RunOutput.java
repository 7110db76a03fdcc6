package dev.flowsmith.cli;

import dev.flowsmith.engine.run.RunLogWriter;
import dev.flowsmith.engine.run.RunResult;
import dev.flowsmith.engine.run.StepRecord;
import dev.flowsmith.engine.run.StepStatus;
import dev.flowsmith.engine.value.JsError;
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

  /**
   * What a rejected step threw, readable even when JSON would show the error as {@code {}} (a
   * plain Error, a Run Script timeout): name, message, and the code when it has one.
   */
  static JsValue error(JsValue thrown) {
    if (thrown instanceof JsError error) {
      JsObject.Builder shown = JsObject.builder()
          .put("name", error.get("name"))
          .put("message", error.get("message"));
      JsValue code = error.get("code");
      if (!code.isUndefined()) {
        shown.put("code", code);
      }
      return shown.build();
    }
    return thrown;
  }

  static String json(RunResult result, JsObject env) {
    List<JsValue> steps = new ArrayList<>();
    for (StepRecord step : result.steps()) {
      JsObject entry = RunLogWriter.step(step, env).with("durationMs", JsValue.of(Math.round(step.durationMillis()
          * 1000) / 1000.0));
      if (step.status() == StepStatus.REJECT) {
        entry = entry.with("error", error(step.value()));
      }
      steps.add(entry);
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
    } catch (FlowFormatException beyondReadingLimits) {
      // JsonText re-reads the text to pretty-print it, with a flow file's limits (nesting, string
      // length); a chain past them (results of deeply nested flows) is printed compact instead
      return compact + "\n";
    }
  }
}
