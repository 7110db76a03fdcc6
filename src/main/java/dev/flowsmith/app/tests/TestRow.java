package dev.flowsmith.app.tests;

import dev.flowsmith.workspace.flowtest.Difference;
import dev.flowsmith.workspace.flowtest.FlowTestCase;
import dev.flowsmith.workspace.flowtest.FlowTestFile;
import dev.flowsmith.workspace.flowtest.FlowTestResult;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One test as the Tests view lists it: its case, the file it is in, and its last result (null
 * while it has not run since it was loaded).
 */
public record TestRow(FlowTestFile file, FlowTestCase testCase, @Nullable FlowTestResult result,
    boolean running) {

  public String name() {
    return testCase.name();
  }

  /** {@code passed}, {@code failed}, {@code error}, {@code skipped}, {@code running…} or {@code not run}. */
  public String resultText() {
    if (running) {
      return "running…";
    }
    if (result == null) {
      return "not run";
    }
    return result.status().name().toLowerCase(Locale.ROOT);
  }

  public String durationText() {
    return result == null || result.status() == FlowTestResult.Status.SKIPPED ? ""
        : String.format(Locale.ROOT, "%.1f ms", result.duration().toNanos() / 1_000_000.0);
  }

  /** The first difference as {@code path: expected … , got …}, or an error's message. */
  public String firstProblem() {
    if (result == null) {
      return "";
    }
    if (result.message() != null) {
      return result.message();
    }
    return result.differences().isEmpty() ? "" : describe(result.differences().get(0));
  }

  /** One difference in one line, with the step that set the path. */
  public static String describe(Difference difference) {
    return difference.path() + ": expected " + difference.expected() + ", got " + difference.actual()
        + (difference.stepKey() == null ? "" : "  (step " + difference.stepKey() + ")");
  }

  /** A failed (or errored) test with a run to inspect. */
  public boolean inspectable() {
    return result != null && result.run() != null && (result.status() == FlowTestResult.Status.FAILED
        || result.status() == FlowTestResult.Status.ERROR);
  }
}
