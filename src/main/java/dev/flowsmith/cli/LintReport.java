package dev.flowsmith.cli;

import dev.flowsmith.format.JsonText;
import dev.flowsmith.format.SourceLocation;
import dev.flowsmith.format.lint.LintProblem;
import dev.flowsmith.format.lint.Severity;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Lint findings of one command run, printed as compiler-style lines or as JSON. */
record LintReport(List<Finding> findings) {

  /** {@code flow} is null for a problem of the whole file (no flows in it). */
  record Finding(String file, @Nullable Flow flow, LintProblem problem, @Nullable SourceLocation location) {}

  boolean anyAtLeast(Severity threshold) {
    // Severity is declared from most to least severe.
    return findings.stream().anyMatch(f -> f.problem().severity().ordinal() <= threshold.ordinal());
  }

  /** {@code file:line:column: severity: message [code] (path)}, then a one-line summary. */
  String text() {
    StringBuilder out = new StringBuilder();
    for (Finding finding : findings) {
      LintProblem problem = finding.problem();
      out.append(finding.file());
      if (finding.location() != null) {
        out.append(':').append(finding.location().line()).append(':').append(finding.location().column());
      }
      out.append(": ").append(problem.severity().name().toLowerCase(Locale.ROOT)).append(": ")
          .append(problem.message()).append(" [").append(problem.code()).append("] (")
          .append(problem.path()).append(")\n");
    }
    out.append(summary()).append('\n');
    return out.toString();
  }

  private String summary() {
    if (findings.isEmpty()) {
      return "no problems";
    }
    List<String> parts = new ArrayList<>();
    for (Severity severity : Severity.values()) {
      long count = findings.stream().filter(f -> f.problem().severity() == severity).count();
      if (count > 0) {
        parts.add(count + " " + severity.name().toLowerCase(Locale.ROOT) + (count == 1 ? "" : "s"));
      }
    }
    return String.join(", ", parts);
  }

  String json() {
    List<JsonValue> items = new ArrayList<>();
    for (Finding finding : findings) {
      LintProblem problem = finding.problem();
      JsonObject.Builder item = JsonObject.builder()
          .put("file", finding.file())
          .put("flow", finding.flow() == null ? JsonValue.NULL : JsonValue.of(finding.flow().id()))
          .put("severity", problem.severity().name().toLowerCase(Locale.ROOT))
          .put("code", problem.code())
          .put("path", problem.path())
          .put("line", finding.location() == null ? JsonValue.NULL : JsonValue.of(finding.location().line()))
          .put("column", finding.location() == null ? JsonValue.NULL : JsonValue.of(finding.location().column()))
          .put("message", problem.message());
      items.add(item.build());
    }
    return JsonText.pretty(new JsonArray(items));
  }
}
