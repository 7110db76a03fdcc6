package dev.flowsmith.cli;

import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.workspace.SampleWorkspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code examples}: creates the example workspace (flows, data, tests) to try things on. */
@Command(name = "examples", mixinStandardHelpOptions = true,
    description = {"Creates a workspace in DIR with the four example flows, the example schema and items",
        "(data.db) and a test file per flow (tests/*.test.json): try `flowsmith test --workspace DIR`."})
final class ExamplesCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "a new or empty folder")
  private Path dir;

  @Override
  public Integer call() {
    try {
      SampleWorkspace.create(dir);
    } catch (IOException | FlowFormatException e) {
      spec.commandLine().getErr().println("flowsmith examples: " + e.getMessage());
      return FlowsmithCli.BAD_INPUT;
    }
    spec.commandLine().getOut().println("created the example workspace in " + dir + " ("
        + SampleWorkspace.FLOWS.size() + " flows, " + SampleWorkspace.FLOWS.size() + " test files, data.db)");
    return FlowsmithCli.OK;
  }
}
