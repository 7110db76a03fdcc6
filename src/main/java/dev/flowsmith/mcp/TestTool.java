package dev.flowsmith.mcp;

import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.Flow;
import dev.flowsmith.workspace.flowtest.Difference;
import dev.flowsmith.workspace.flowtest.FlowTestResult;
import dev.flowsmith.workspace.flowtest.FlowTestRunner;
import dev.flowsmith.workspace.flowtest.TestLoadError;
import dev.flowsmith.workspace.flowtest.TestSuite;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code test}: the workspace's flow tests ({@code tests/*.test.json}, as {@code flowsmith test}
 * runs them), for one flow or all, answered as one line per test with the first differences.
 */
final class TestTool {

  static final Set<String> ARGUMENTS = Set.of("flow", "filter");
  private static final int DIFFERENCES_SHOWN = 5;

  private final McpWorkspace workspace;

  TestTool(McpWorkspace workspace) {
    this.workspace = workspace;
  }

  String call(dev.flowsmith.model.JsonValue.JsonObject arguments) throws ToolError {
    ToolArgs args = ToolArgs.of("test", arguments, ARGUMENTS);
    WorkspaceFolder folder = workspace.open();
    TestSuite suite;
    try {
      suite = TestSuite.load(workspace.root());
    } catch (IOException unreadable) {
      throw new ToolError(ToolError.INTERNAL, "cannot read tests/: " + unreadable.getMessage());
    }
    if (args.has("flow")) {
      Flow flow = McpWorkspace.flow(folder, args.requiredString("flow"), "flow");
      suite = new TestSuite(suite.files().stream().filter(f -> f.flowId().equals(flow.id())).toList(), suite.errors());
    }
    if (args.has("filter")) {
      suite = suite.filter(args.requiredString("filter"));
    }
    StringBuilder text = new StringBuilder();
    for (TestLoadError error : suite.errors()) {
      text.append("LOAD  ").append(relative(error.path())).append("  ").append(error.message()).append('\n');
    }
    if (suite.files().stream().allMatch(f -> f.cases().isEmpty())) {
      return text.append("no tests").append(args.has("flow") ? " for flow " + args.requiredString("flow") : "")
          .append(": write tests/<name>.test.json ({\"flow\": ID, \"tests\": [{\"name\", \"trigger\", \"mock\", "
              + "\"expect\"}]}; see the flowsmith://guide/tests resource)\n").toString();
    }
    List<FlowTestResult> results;
    try (FlowTestRunner runner = FlowTestRunner.open(workspace.root())) {
      results = runner.runAll(suite, result -> {});
    } catch (IOException | FlowFormatException unreadable) {
      throw new ToolError(ToolError.INTERNAL, "cannot open the workspace for tests: " + unreadable.getMessage());
    }
    int passed = 0;
    int failed = 0;
    int errors = 0;
    int skipped = 0;
    for (FlowTestResult result : results) {
      switch (result.status()) {
        case PASSED -> passed++;
        case FAILED -> failed++;
        case ERROR -> errors++;
        case SKIPPED -> skipped++;
      }
      text.append(String.format(Locale.ROOT, "%-5s %s  %s  (%d ms)%n", label(result.status()),
          relative(result.file()), result.testCase().name(), result.duration().toMillis()));
      if (result.message() != null) {
        text.append("      ").append(result.message()).append('\n');
      }
      result.differences().stream().limit(DIFFERENCES_SHOWN).forEach(d -> text.append("      ").append(line(d))
          .append('\n'));
    }
    text.append(String.format(Locale.ROOT, "%d tests: %d passed, %d failed, %d errors, %d skipped%n", results.size(),
        passed, failed, errors, skipped));
    return text.toString();
  }

  private static String label(FlowTestResult.Status status) {
    return switch (status) {
      case PASSED -> "PASS";
      case FAILED -> "FAIL";
      case ERROR -> "ERROR";
      case SKIPPED -> "SKIP";
    };
  }

  private static String line(Difference d) {
    return d.path() + ": expected " + d.expected() + ", actual " + d.actual()
        + (d.stepKey() == null ? "" : " (set by step " + d.stepKey() + ")");
  }

  private String relative(java.nio.file.Path file) {
    try {
      return workspace.root().toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString();
    } catch (IllegalArgumentException elsewhere) {
      return file.toString();
    }
  }
}
