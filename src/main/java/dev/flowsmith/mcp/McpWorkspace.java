package dev.flowsmith.mcp;

import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.Flow;
import dev.flowsmith.workspace.WorkspaceRuntime;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The workspace the tools work on. Every call reads the folder again, so what the app or an editor
 * saved in between is what the assistant sees; calls run one at a time (the SDK may call from
 * several threads, and a write is read-modify-write on a flow file).
 */
final class McpWorkspace {

  private final Path root;
  private final PrintStream log;
  /** Fair, so calls get their turn in the order they came. */
  private final ReentrantLock turn = new ReentrantLock(true);
  private volatile @Nullable String holder;
  private volatile long heldSince;

  McpWorkspace(Path root, PrintStream log) {
    this.root = root;
    this.log = log;
  }

  Path root() {
    return root;
  }

  /** Where diagnostics go: standard error in stdio mode, never standard output. */
  PrintStream log() {
    return log;
  }

  /**
   * Waits at most {@code patience} for the other calls to finish, then takes the workspace for
   * {@code tool}. A call that finds it held longer answers "busy" instead of hanging behind it,
   * which an assistant can read and retry.
   */
  void take(String tool, Duration patience) throws ToolError {
    boolean ours;
    try {
      ours = turn.tryLock(patience.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException cancelled) {
      Thread.currentThread().interrupt();
      throw new ToolError(ToolError.UNAVAILABLE, tool + " was cancelled while waiting for the workspace");
    }
    if (!ours) {
      String other = holder;
      long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - heldSince);
      throw new ToolError(ToolError.UNAVAILABLE, "the workspace is busy: " + (other == null ? "another call"
          : "tool \"" + other + "\"") + " has been working for " + seconds + " s; try again when it ends");
    }
    holder = tool;
    heldSince = System.nanoTime();
  }

  /** Gives the workspace back; returns how long this call held it. */
  Duration release() {
    Duration held = Duration.ofNanos(System.nanoTime() - heldSince);
    holder = null;
    turn.unlock();
    return held;
  }

  WorkspaceFolder open() throws ToolError {
    try {
      return WorkspaceFolder.open(root);
    } catch (IOException | FlowFormatException unreadable) {
      throw new ToolError(ToolError.INTERNAL, "cannot read the workspace " + root + ": " + unreadable.getMessage());
    }
  }

  /** The flow with this id, or a tool error that lists what there is. */
  static Flow flow(WorkspaceFolder folder, String id, String argument) throws ToolError {
    Optional<Flow> flow = folder.flow(id);
    if (flow.isPresent()) {
      return flow.get();
    }
    String known = folder.flows().isEmpty() ? "the workspace has no flows"
        : "flows here: " + String.join(", ", folder.flows().stream().map(f -> f.id() + " (" + f.name() + ")").toList());
    throw ToolError.notFound(argument + ": no flow with id \"" + id + "\"; " + known);
  }

  /** A runtime over the folder as it is now (item store, outbox, script workers); the caller closes it. */
  WorkspaceRuntime runtime(WorkspaceFolder folder, Consumer<String> console) throws ToolError {
    try {
      return WorkspaceRuntime.builder(folder)
          .log((flow, key, message) -> {
            String line = "[" + flow + " › " + key + "] " + message;
            log.println(line);
            console.accept(line);
          })
          .build();
    } catch (FlowFormatException unreadable) {
      throw new ToolError(ToolError.INTERNAL, "cannot open the workspace's item store: " + unreadable.getMessage());
    }
  }
}
