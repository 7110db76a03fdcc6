package dev.flowsmith.mcp;

import dev.flowsmith.engine.run.RunResult;
import dev.flowsmith.engine.run.StepRecord;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.model.Flow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A run as text for an assistant: status, the steps in order (key, type, outcome, time, and a
 * rejected step's value), then the data chain as JSON — the values {@code {{ key.path }}} reads.
 */
final class RunText {

  private RunText() {}

  static String describe(Flow flow, RunResult result, @Nullable JsObject pausedChain, @Nullable String breakAt,
      List<String> console) {
    StringBuilder text = new StringBuilder();
    List<StepRecord> steps = new ArrayList<>();
    for (StepRecord step : result.steps()) {
      if (pausedChain != null && step.key().equals(breakAt)) {
        break; // the breakpoint's own step was stopped before its work: not part of the run
      }
      steps.add(step);
    }
    if (pausedChain != null) {
      text.append("paused before ").append(breakAt).append(" (not run) in flow ").append(flow.name())
          .append(" after ").append(steps.size()).append(" step(s)\n");
    } else {
      text.append("status: ").append(result.lastStatus().id());
      if (result.cancelled()) {
        text.append(" (cancelled)");
      }
      text.append(" — flow ").append(flow.name()).append(", ").append(steps.size()).append(" step(s), ")
          .append(String.format(Locale.ROOT, "%.1f ms", result.durationMicros() / 1000.0)).append('\n');
      if (breakAt != null) {
        text.append("breakAt ").append(breakAt).append(" was not reached\n");
      }
    }
    text.append("steps:\n");
    if (steps.isEmpty()) {
      text.append("  (none: ").append(flow.operation() == null ? "the trigger is connected to no operation"
          : "nothing ran").append(")\n");
    }
    int n = 1;
    for (StepRecord step : steps) {
      text.append(String.format(Locale.ROOT, "  %d. %s  %s  %s  %.1f ms%n", n++, step.key(), step.type(),
          step.status().id(), step.durationMillis()));
      if (step.status() != dev.flowsmith.engine.run.StepStatus.RESOLVE) {
        text.append("     value: ").append(json(step.value()).replace("\n", "\n     ")).append('\n');
      }
    }
    text.append(pausedChain != null ? "chain before " + breakAt + ":\n" : "chain:\n")
        .append(json(pausedChain != null ? pausedChain : result.chain())).append('\n');
    if (pausedChain == null) {
      text.append("result: ").append(result.result().isUndefined() ? "undefined" : json(result.result()));
      if (result.thrown()) {
        text.append(" (thrown: the caller gets an error)");
      }
      text.append('\n');
    }
    if (!console.isEmpty()) {
      text.append("console:\n");
      console.forEach(line -> text.append("  ").append(line).append('\n'));
    }
    return text.toString();
  }

  static String json(JsValue value) {
    return RunTool.pretty(value);
  }
}
