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
 * The JSON the {@code run} command prints. By default everything comes from the run's revision
 * ({@link RunLogWriter}, engine.md §8.2), the form {@code run --on-server} prints too: the chain
 * is the log's {@code data} (errors as {@code {name, message, stack}}, secrets and allow-listed
 * env values masked), the result is masked the same way, steps are the log's. Unmasked, the
 * chain and result are shown as Directus sends them over HTTP ({@code JSON.stringify}: errors
 * show only their enumerable properties), secrets included.
 */
final class RunOutput {

  private RunOutput() {}

  static String json(RunResult result, boolean unmasked) {
    JsObject revision = RunLogWriter.revision(result);
    JsObject env = RunLogWriter.env(result.chain());
    List<JsValue> steps = new ArrayList<>();
    List<JsValue> logged = ((JsArray) revision.get("steps")).elements();
    for (int i = 0; i < logged.size(); i++) {
      StepRecord step = result.steps().get(i);
      steps.add(((JsObject) logged.get(i)).with("durationMs", JsValue.of(Math.round(step.durationMillis() * 1000)
          / 1000.0)));
    }
    JsValue value = unmasked ? result.result() : RunLogWriter.data(result.result(), env);
    JsObject output = JsObject.builder()
        .put("chain", unmasked ? result.chain() : revision.get("data"))
        .put("steps", new JsArray(steps))
        .put("result", value.isUndefined() ? JsValue.NULL : value)
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
