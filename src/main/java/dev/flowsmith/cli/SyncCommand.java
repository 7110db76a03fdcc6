package dev.flowsmith.cli;

import dev.flowsmith.workspace.server.DirectusCallException;
import dev.flowsmith.workspace.server.ServerSync;
import dev.flowsmith.workspace.server.ServerTarget;
import dev.flowsmith.workspace.server.ServerVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What {@code pull}, {@code diff} and {@code push} share: the workspace, the server
 * ({@link ServerOptions}) and the flows ({@code --flow ID}, repeatable; none: all).
 */
abstract class SyncCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--workspace", paramLabel = "DIR", defaultValue = ".",
      description = "workspace folder (default: the current folder)")
  Path workspace;

  @Option(names = "--flow", paramLabel = "ID", description = "only this flow (repeatable; default: all flows)")
  List<String> flows = new ArrayList<>();

  @Mixin
  ServerOptions server;

  /** The sync of {@link #workspace} with the server the options name, after checking its version. */
  ServerSync connect() throws DirectusCallException {
    ServerTarget target = server.resolve(workspace);
    ServerSync sync = new ServerSync(workspace, target.client());
    ServerVersion.check(sync.http());
    return sync;
  }

  int fail(String message) {
    spec.commandLine().getErr().println("flowsmith " + spec.name() + ": " + message);
    return FlowsmithCli.BAD_INPUT;
  }

  String relative(Path file) {
    try {
      return workspace.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString();
    } catch (IllegalArgumentException otherRoot) {
      return file.toString();
    }
  }
}
