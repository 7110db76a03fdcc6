package dev.flowsmith.app.canvas;

import dev.flowsmith.format.lint.LintProblem;
import dev.flowsmith.format.lint.Severity;
import dev.flowsmith.model.Flow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Lint problems folded to the worst severity per tile, for the badges. A path under
 * {@code $.operations[i]} belongs to the i-th operation in file order (LintProblem's contract);
 * every other path ({@code $}, {@code $.trigger}, {@code $.options…}) belongs to the trigger tile.
 */
public record LintMarks(Map<String, Severity> byOperation, @Nullable Severity trigger) {

  public static final LintMarks NONE = new LintMarks(Map.of(), null);
  private static final Pattern OPERATION_PATH = Pattern.compile("^\\$\\.operations\\[(\\d+)]");

  public LintMarks {
    byOperation = Map.copyOf(byOperation);
  }

  public static LintMarks from(Flow flow, List<LintProblem> problems) {
    Map<String, Severity> worst = new HashMap<>();
    Severity trigger = null;
    for (LintProblem problem : problems) {
      Matcher matcher = OPERATION_PATH.matcher(problem.path());
      if (matcher.find()) {
        int index = Integer.parseInt(matcher.group(1));
        if (index < flow.operations().size()) {
          worst.merge(flow.operations().get(index).id(), problem.severity(), LintMarks::worse);
        }
      } else {
        trigger = trigger == null ? problem.severity() : worse(trigger, problem.severity());
      }
    }
    return new LintMarks(worst, trigger);
  }

  /** Severity's constants run most severe first. */
  private static Severity worse(Severity a, Severity b) {
    return a.ordinal() <= b.ordinal() ? a : b;
  }
}
