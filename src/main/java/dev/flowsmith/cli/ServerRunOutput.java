package dev.flowsmith.cli;

import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.workspace.history.RunDiff;
import dev.flowsmith.workspace.history.RunDiff.Change;
import dev.flowsmith.workspace.history.RunDiff.StepDiff;
import dev.flowsmith.workspace.history.RunDiff.ValueDiff;
import dev.flowsmith.workspace.history.RunRecord;
import dev.flowsmith.workspace.server.ServerComparison;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What {@code run --on-server} prints: the server's run as JSON, or with {@code --compare} the differences as text. */
final class ServerRunOutput {

  private static final int VALUE_WIDTH = 100;

  private ServerRunOutput() {}

  /**
   * The server's run like a local run's output: {@code chain} and {@code steps} as the server's run
   * log has them (errors as {@code {name, message}}, masked values as {@code --redacted--}).
   */
  static String json(RunRecord record, URI server) {
    List<JsonValue> steps = new ArrayList<>();
    for (RunRecord.Step step : record.steps()) {
      steps.add(JsonObject.builder().put("operation", step.operationId()).put("key", step.key())
          .put("status", step.status()).put("options", step.options() == null ? JsonValue.NULL : step.options())
          .build());
    }
    return JsonText.pretty(JsonObject.builder().put("server", server.toString()).put("chain", record.data())
        .put("steps", new JsonArray(steps)).put("status", record.status()).build());
  }

  static String comparison(ServerComparison comparison, URI server) {
    StringBuilder out = new StringBuilder();
    out.append(comparison.differs()
        ? "The runs differ (local | " + server + "):\n"
        : "Same steps and chain here and on " + server + " (apart from the expected differences below).\n");
    if (!comparison.steps().isEmpty()) {
      out.append("\nSteps:\n");
      for (StepDiff step : comparison.steps()) {
        out.append("  ").append(step.key()).append(" (").append(step.operationId()).append("): ")
            .append(describe(step)).append('\n');
        if (step.changes().contains(Change.OPTIONS) && step.a() != null && step.b() != null) {
          for (ValueDiff option : RunDiff.valueDifferences("options", step.a().options(), step.b().options())) {
            out.append("    ").append(line(option)).append('\n');
          }
        }
      }
    }
    if (!comparison.chain().isEmpty()) {
      out.append("\nChain:\n");
      comparison.chain().forEach(value -> out.append("  ").append(line(value)).append('\n'));
    }
    if (!comparison.expected().isEmpty()) {
      out.append("\nExpected differences (not counted):\n");
      String lastReason = null;
      for (ServerComparison.Explained explained : comparison.expected()) {
        if (!explained.reason().equals(lastReason)) {
          out.append("  ").append(explained.reason()).append(":\n");
          lastReason = explained.reason();
        }
        out.append("    ").append(line(explained.difference())).append('\n');
      }
    }
    return out.toString();
  }

  private static String describe(StepDiff step) {
    if (step.a() == null) {
      return "ran only on the server (" + step.b().status() + ")";
    }
    if (step.b() == null) {
      return "ran only here (" + step.a().status() + ")";
    }
    List<String> parts = new ArrayList<>();
    if (step.changes().contains(Change.STATUS)) {
      parts.add("status " + step.a().status() + " | " + step.b().status());
    }
    if (step.changes().contains(Change.OPTIONS)) {
      parts.add("rendered options differ");
    }
    if (step.changes().contains(Change.VALUE)) {
      parts.add("value differs");
    }
    return String.join(", ", parts);
  }

  private static String line(ValueDiff difference) {
    return difference.path() + ": " + show(difference.a()) + " | " + show(difference.b());
  }

  private static String show(@Nullable JsonValue value) {
    if (value == null) {
      return "(absent)";
    }
    String text = JsonText.compact(value);
    return text.length() > VALUE_WIDTH ? text.substring(0, VALUE_WIDTH) + "…" : text;
  }
}
