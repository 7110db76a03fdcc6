package dev.flowsmith;

import dev.flowsmith.app.AppLauncher;
import dev.flowsmith.cli.FlowsmithCli;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The jar's entry point. A command ({@code lint}, {@code convert}, an option such as
 * {@code --help}) runs headless; nothing, or a single path, opens the desktop app.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    if (opensTheApp(args)) {
      AppLauncher.launch(args);
      return;
    }
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(FlowsmithCli.execute(args, out, err));
  }

  static boolean opensTheApp(String[] args) {
    return args.length == 0 || (args.length == 1 && !FlowsmithCli.isCommand(args[0]));
  }
}
