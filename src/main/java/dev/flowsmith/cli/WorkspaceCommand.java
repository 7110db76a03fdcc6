package dev.flowsmith.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What the workspace command groups ({@code schema}, {@code items}) share: without a subcommand
 * they print their usage, and failures go to standard error with exit code 2.
 */
abstract class WorkspaceCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reports a failure of {@code subcommand} (e.g. "apply") and returns the exit code for it. */
  int fail(String subcommand, String message) {
    spec.commandLine().getErr().println("flowsmith " + spec.name() + " " + subcommand + ": " + message);
    return FlowsmithCli.BAD_INPUT;
  }
}
