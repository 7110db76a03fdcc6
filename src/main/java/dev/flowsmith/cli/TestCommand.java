package dev.flowsmith.cli;

import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.Flow;
import dev.flowsmith.workspace.flowtest.Coverage;
import dev.flowsmith.workspace.flowtest.Difference;
import dev.flowsmith.workspace.flowtest.FlowTestFile;
import dev.flowsmith.workspace.flowtest.FlowTestResult;
import dev.flowsmith.workspace.flowtest.FlowTestRunner;
import dev.flowsmith.workspace.flowtest.JUnitXml;
import dev.flowsmith.workspace.flowtest.TestLoadError;
import dev.flowsmith.workspace.flowtest.TestSuite;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code test}: runs the workspace's {@code tests/*.test.json} against its flows, headless. */
@Command(name = "test", mixinStandardHelpOptions = true,
    description = {"Runs every flow test of a workspace (tests/*.test.json) in the embedded engine:",
        "one line per test, the first differences of a failure, a summary.",
        "Exits 0 when all pass, 1 when a test fails or errs, 2 on bad input (a malformed test file,"
            + " an unreadable workspace; 2 wins)."})
final class TestCommand implements Callable<Integer> {

  /** Differences printed per failed test; the JUnit XML has all of them. */
  static final int SHOWN_DIFFERENCES = 5;

  @Spec
  private CommandSpec spec;

  @Option(names = "--workspace", paramLabel = "DIR", defaultValue = ".",
      description = "the workspace folder (default: the current folder)")
  private Path workspace;

  @Option(names = "--filter", paramLabel = "TEXT",
      description = "only tests whose file name, flow id or test name contains TEXT (ignoring case)")
  private String filter;

  @Option(names = "--junit", paramLabel = "FILE", description = "also write JUnit XML to FILE (for CI)")
  private Path junit;

  @Option(names = "--coverage", description = "list, per flow, the operations and branches no test went through")
  private boolean coverage;

  @picocli.CommandLine.Mixin
  private BudgetOptions budgets = new BudgetOptions();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    TestSuite suite;
    FlowTestRunner runner;
    List<FlowFormatException> brokenFlows;
    try {
      brokenFlows = WorkspaceFolder.open(workspace).problems();
      suite = TestSuite.load(workspace);
      runner = FlowTestRunner.open(workspace, budgets::apply);
    } catch (FlowFormatException | IOException | RuntimeException unreadable) {
      err.println("flowsmith test: " + unreadable.getMessage());
      return FlowsmithCli.BAD_INPUT;
    }
    try (runner) {
      if (filter != null) {
        suite = suite.filter(filter);
        if (suite.files().isEmpty()) {
          err.println("flowsmith test: no test matches --filter \"" + filter + "\"");
          return FlowsmithCli.BAD_INPUT;
        }
      }
      brokenFlows.forEach(broken -> out.println("ERROR " + broken.getMessage()));
      for (TestLoadError error : suite.errors()) {
        out.println("ERROR " + error.message());
      }
      long start = System.nanoTime();
      List<FlowTestResult> results = runner.runAll(suite, result -> print(out, result));
      double seconds = (System.nanoTime() - start) / 1e9;
      out.println(summary(results, suite.errors().size(), seconds));
      if (coverage) {
        printCoverage(out, runner.flows(), suite, results);
      }
      if (junit != null) {
        try {
          JUnitXml.write(results, suite.errors(), junit);
        } catch (IOException e) {
          err.println("flowsmith test: " + e.getMessage());
          return FlowsmithCli.BAD_INPUT;
        }
      }
      if (!suite.errors().isEmpty() || !brokenFlows.isEmpty()) {
        return FlowsmithCli.BAD_INPUT;
      }
      boolean allPass = results.stream().allMatch(r -> r.status() == FlowTestResult.Status.PASSED
          || r.status() == FlowTestResult.Status.SKIPPED);
      return allPass ? FlowsmithCli.OK : FlowsmithCli.PROBLEMS;
    }
  }

  private void print(PrintWriter out, FlowTestResult result) {
    String status = switch (result.status()) {
      case PASSED -> "PASS ";
      case FAILED -> "FAIL ";
      case ERROR -> "ERROR";
      case SKIPPED -> "SKIP ";
    };
    out.printf(Locale.ROOT, "%s %s  %s  (%d ms)%n", status, shown(result.file()), result.testCase().name(),
        result.duration().toMillis());
    if (result.status() == FlowTestResult.Status.ERROR && result.message() != null) {
      out.println("      " + result.message());
    }
    List<Difference> differences = result.differences();
    for (int i = 0; i < Math.min(SHOWN_DIFFERENCES, differences.size()); i++) {
      Difference d = differences.get(i);
      out.println("      " + d.path() + ": expected " + d.expected() + ", actual " + d.actual()
          + (d.stepKey() == null ? "" : " (set by step " + d.stepKey() + ")"));
    }
    if (differences.size() > SHOWN_DIFFERENCES) {
      out.println("      … and " + (differences.size() - SHOWN_DIFFERENCES) + " more");
    }
    out.flush();
  }

  /** The file as the user named it: relative to the workspace. */
  private String shown(Path file) {
    try {
      return workspace.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString();
    } catch (IllegalArgumentException otherRoot) {
      return file.toString();
    }
  }

  static String summary(List<FlowTestResult> results, int unreadable, double seconds) {
    StringBuilder line = new StringBuilder();
    line.append(results.size()).append(results.size() == 1 ? " test: " : " tests: ")
        .append(count(results, FlowTestResult.Status.PASSED)).append(" passed, ")
        .append(count(results, FlowTestResult.Status.FAILED)).append(" failed, ")
        .append(count(results, FlowTestResult.Status.ERROR)).append(" errors, ")
        .append(count(results, FlowTestResult.Status.SKIPPED)).append(" skipped");
    if (unreadable > 0) {
      line.append("; ").append(unreadable).append(unreadable == 1 ? " file" : " files").append(" did not load");
    }
    return line.append(String.format(Locale.ROOT, " (%.2f s)", seconds)).toString();
  }

  private static long count(List<FlowTestResult> results, FlowTestResult.Status status) {
    return results.stream().filter(r -> r.status() == status).count();
  }

  private static void printCoverage(PrintWriter out, List<Flow> flows, TestSuite suite, List<FlowTestResult> results) {
    out.println("Coverage:");
    for (Flow flow : flows) {
      boolean tested = suite.files().stream().map(FlowTestFile::flowId).anyMatch(flow.id()::equals);
      String name = flow.name() + " (" + flow.id() + ")";
      if (!tested) {
        out.println("  " + name + ": no tests");
        continue;
      }
      Coverage c = Coverage.of(flow, results);
      if (c.complete()) {
        out.println("  " + name + ": every operation and branch covered");
        continue;
      }
      out.println("  " + name + ":");
      if (!c.uncoveredOperations().isEmpty()) {
        out.println("    operations not run: " + String.join(", ", c.uncoveredOperations()));
      }
      if (!c.uncoveredBranches().isEmpty()) {
        out.println("    branches not taken: " + String.join(", ", c.uncoveredBranches()));
      }
    }
  }
}
