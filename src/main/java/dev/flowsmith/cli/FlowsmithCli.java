package dev.flowsmith.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless command line: {@code java -jar flowsmith.jar <command>}. Exit codes are the same
 * for every command: 0 ok, 1 problems found, 2 bad usage or unreadable input.
 */
@Command(name = "flowsmith", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
    description = {"Design, run and debug Directus Flows.",
        "Without a command, opens the desktop app (with an optional flow file or workspace folder)."},
    subcommands = {RunCommand.class, ServeCommand.class, LintCommand.class, ConvertCommand.class,
        SchemaCommand.class, ItemsCommand.class, TestCommand.class, ExamplesCommand.class,
        PullCommand.class, DiffCommand.class, PushCommand.class, McpCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:problems found (lint), a test failed (test), flows differ (diff), push refused or rolled back (push)", "2:bad usage or unreadable input"})
public final class FlowsmithCli implements Runnable {

  public static final int OK = 0;
  public static final int PROBLEMS = 1;
  public static final int BAD_INPUT = 2;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  /** Set (to anything but empty or 0) to print the stack of an unexpected failure; so does {@code --debug}. */
  public static final String DEBUG_ENV = "FLOWSMITH_DEBUG";

  /**
   * Runs one command line and returns its exit code; output goes to {@code out}, errors to {@code err}.
   * No failure escapes as a stack trace: an unexpected one prints one line (and its stack only
   * with {@code --debug}, anywhere on the line, or {@value #DEBUG_ENV}) and exits 2.
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    List<String> words = new ArrayList<>(Arrays.asList(args));
    boolean debug = words.remove("--debug") | debugFromEnv(System.getenv(DEBUG_ENV));
    try {
      return executeParsed(words.toArray(String[]::new), out, err, debug);
    } catch (Throwable unexpected) {
      reportUnexpected(unexpected, err, debug);
      out.flush();
      err.flush();
      return BAD_INPUT;
    }
  }

  static boolean debugFromEnv(String value) {
    return value != null && !value.isBlank() && !value.trim().equals("0");
  }

  static void reportUnexpected(Throwable failure, PrintWriter err, boolean debug) {
    String message = failure.getMessage();
    String what = failure instanceof StackOverflowError ? "the input is nested too deeply to process"
        : failure instanceof OutOfMemoryError ? "out of memory (" + message + ")"
        : message == null || message.isBlank() ? failure.getClass().getSimpleName()
        : message;
    err.println("flowsmith: " + what + (debug ? "" : " (run with --debug or " + DEBUG_ENV + "=1 for details)"));
    if (debug) {
      failure.printStackTrace(err);
    }
  }

  private static int executeParsed(String[] args, PrintWriter out, PrintWriter err, boolean debug) {
    CommandLine commandLine = new CommandLine(new FlowsmithCli())
        .setOut(out)
        .setErr(err)
        .setExitCodeExceptionMapper(failure -> BAD_INPUT)
        .setParameterExceptionHandler((problem, ignored) -> {
          problem.getCommandLine().getErr().println("flowsmith: " + problem.getMessage());
          problem.getCommandLine().getErr().println("Try 'flowsmith "
              + commandPath(problem.getCommandLine()) + "--help' for usage.");
          return BAD_INPUT;
        });
    commandLine.setExecutionExceptionHandler((failure, cmd, parsed) -> {
      reportUnexpected(failure, cmd.getErr(), debug);
      return BAD_INPUT;
    });
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static String commandPath(CommandLine commandLine) {
    String name = commandLine.getCommandName();
    return "flowsmith".equals(name) ? "" : name + " ";
  }

  /** True if {@code word} names a command, so {@code Main} can tell commands from paths to open. */
  public static boolean isCommand(String word) {
    return new CommandLine(new FlowsmithCli()).getSubcommands().containsKey(word)
        || word.startsWith("-");
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
