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
 * The JSON the {@code run} command prints. By default everything comes from the run's revision
 * ({@link RunLogWriter}, engine.md §8.2), the form {@code run --on-server} prints too: the chain
 * is the log's {@code data} (errors as {@code {name, message, stack}}, secrets and allow-listed
 * env values masked), the result is masked the same way, steps are the log's. Unmasked, the
 * chain and result are shown as Directus sends them over HTTP ({@code JSON.stringify}: errors
 * show only their enumerable properties), secrets included.
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

  static String json(RunResult result, boolean unmasked) {
    JsObject revision = RunLogWriter.revision(result);
    JsObject env = RunLogWriter.env(result.chain());
    List<JsValue> steps = new ArrayList<>();
    List<JsValue> logged = ((JsArray) revision.get("steps")).elements();
    for (int i = 0; i < logged.size(); i++) {
      StepRecord step = result.steps().get(i);
      JsObject entry = ((JsObject) logged.get(i)).with("durationMs", JsValue.of(Math.round(step.durationMillis()
          * 1000) / 1000.0));
      if (step.status() == StepStatus.REJECT) {
        // the error's message may hold an $env value: masked like the rest unless asked not to
        JsValue shown = error(step.value());
        entry = entry.with("error", unmasked ? shown : RunLogWriter.data(shown, env));
      }
      steps.add(entry);
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
    } catch (FlowFormatException beyondReadingLimits) {
      // JsonText re-reads the text to pretty-print it, with a flow file's limits (nesting, string
      // length); a chain past them (results of deeply nested flows) is printed compact instead
      return compact + "\n";
    }
  }
}
