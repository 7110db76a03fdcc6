package dev.flowsmith.cli;

import dev.flowsmith.engine.operation.StandardOperations;
import dev.flowsmith.format.DocumentPaths;
import dev.flowsmith.format.FlowDocument;
import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.FlowReader;
import dev.flowsmith.format.SourceLocation;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.format.lint.DocumentChecks;
import dev.flowsmith.format.lint.LintProblem;
import dev.flowsmith.format.lint.Linter;
import dev.flowsmith.format.lint.Severity;
import dev.flowsmith.model.Flow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lint}: reports broken links, loops, bad keys, missing options and Directus pitfalls. */
@Command(name = "lint", mixinStandardHelpOptions = true,
    description = {"Checks flows for mistakes, with a JSON path, line and column for each.",
        "PATH is a flow file in any readable format, a directus-template-cli folder or a workspace"
            + " folder (then Trigger Flow targets are checked against the workspace's flows too).",
        "Exits 1 when a problem at or above --fail-on is found, 2 when an input cannot be read."})
final class LintCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "flow files or folders")
  private List<Path> paths;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default) or json")
  private String format;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "warning",
      description = "lowest severity that fails the run: error, warning (default) or info")
  private String failOn;

  private final Linter linter = new Linter(StandardOperations.types());

  @Override
  public Integer call() {
    Severity threshold;
    try {
      threshold = Severity.valueOf(failOn.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return usage("unknown severity '" + failOn + "'; use error, warning or info");
    }
    if (!format.equals("text") && !format.equals("json")) {
      return usage("unknown format '" + format + "'; use text or json");
    }
    List<LintReport.Finding> findings = new ArrayList<>();
    boolean unreadable = false;
    for (Path path : paths) {
      try {
        findings.addAll(lintPath(path));
      } catch (FlowFormatException bad) {
        spec.commandLine().getErr().println("flowsmith lint: " + bad.getMessage());
        unreadable = true;
      }
    }
    LintReport report = new LintReport(findings);
    spec.commandLine().getOut().print(format.equals("json") ? report.json() : report.text());
    if (unreadable) {
      return FlowsmithCli.BAD_INPUT;
    }
    return report.anyAtLeast(threshold) ? FlowsmithCli.PROBLEMS : FlowsmithCli.OK;
  }

  private List<LintReport.Finding> lintPath(Path path) throws FlowFormatException {
    if (WorkspaceFolder.isWorkspace(path)) {
      return lintWorkspace(path);
    }
    FlowDocument document = InputFiles.read(path, null);
    Set<String> ids = document.flows().stream().map(Flow::id).collect(Collectors.toSet());
    List<LintReport.Finding> findings = new ArrayList<>();
    for (DocumentChecks.Located located : DocumentChecks.check(document)) {
      Flow flow = located.flowIndex() == null ? null : document.flows().get(located.flowIndex());
      findings.add(new LintReport.Finding(path.toString(), flow, located.problem(),
          document.source().locate(located.problem().path()).orElse(null)));
    }
    for (int i = 0; i < document.flows().size(); i++) {
      Flow flow = document.flows().get(i);
      List<LintProblem> problems = document.flows().size() > 1 ? linter.lint(flow, ids) : linter.lint(flow);
      for (LintProblem problem : problems) {
        SourceLocation location = DocumentPaths.inDocument(document, i, problem.path())
            .flatMap(p -> document.source().locate(p)).orElse(null);
        findings.add(new LintReport.Finding(path.toString(), flow, problem, location));
      }
    }
    return findings;
  }

  /** Every flow file of the workspace, with Trigger Flow targets checked against its flows. */
  private List<LintReport.Finding> lintWorkspace(Path root) throws FlowFormatException {
    WorkspaceFolder workspace;
    try {
      workspace = WorkspaceFolder.open(root);
    } catch (IOException unreadable) {
      throw new FlowFormatException(root.toString(), null, null, "cannot read: " + unreadable.getMessage());
    }
    if (!workspace.problems().isEmpty()) {
      throw workspace.problems().get(0);
    }
    Set<String> ids = workspace.flows().stream().map(Flow::id).collect(Collectors.toSet());
    List<LintReport.Finding> findings = new ArrayList<>();
    for (Flow flow : workspace.flows()) {
      Path file = workspace.fileOf(flow.id()).orElseThrow();
      FlowDocument document;
      try {
        document = FlowReader.read(file);
      } catch (IOException unreadable) {
        throw new FlowFormatException(file.toString(), null, null, "cannot read: " + unreadable.getMessage());
      }
      for (LintProblem problem : linter.lint(flow, ids)) {
        findings.add(new LintReport.Finding(file.toString(), flow, problem,
            document.source().locate(problem.path()).orElse(null)));
      }
    }
    return findings;
  }

  private int usage(String message) {
    spec.commandLine().getErr().println("flowsmith lint: " + message);
    return FlowsmithCli.BAD_INPUT;
  }
}
