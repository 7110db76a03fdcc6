package dev.flowsmith.app.workspaceview;

import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.FlowReader;
import dev.flowsmith.format.FlowWriter;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.Flow;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Watches a workspace's {@code flows/} folder for files another program wrote — the MCP server
 * an assistant drives, a text editor, git — and reports the changed files once writing settles.
 * {@link #changedFlows} then tells which flows really differ from what the window knows, so the
 * window's own saves (whose text equals the canonical form of the flow it holds) are ignored.
 */
public final class WorkspaceFileWatcher implements AutoCloseable {

  /** Writers replace a file in two steps (temporary file, move); one report after this quiet time. */
  public static final Duration SETTLE = Duration.ofMillis(250);

  private final Path flowsDir;
  private final WatchService watcher;
  private final Thread thread;
  private final Duration settle;
  private final Consumer<Set<Path>> onChange;

  private WorkspaceFileWatcher(Path root, Duration settle, Consumer<Set<Path>> onChange) throws IOException {
    this.flowsDir = root.resolve(WorkspaceFolder.FLOWS_DIR).toAbsolutePath().normalize();
    this.settle = settle;
    this.onChange = onChange;
    Files.createDirectories(flowsDir);
    this.watcher = FileSystems.getDefault().newWatchService();
    flowsDir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
        StandardWatchEventKinds.ENTRY_DELETE);
    this.thread = new Thread(this::loop, "flowsmith-workspace-watch");
    thread.setDaemon(true);
  }

  /**
   * Starts watching {@code root}'s flows folder; {@code onChange} gets the changed flow files
   * (absolute paths) on the watcher's own thread.
   */
  public static WorkspaceFileWatcher start(Path root, Duration settle, Consumer<Set<Path>> onChange)
      throws IOException {
    WorkspaceFileWatcher watch = new WorkspaceFileWatcher(root, settle, onChange);
    watch.thread.start();
    return watch;
  }

  public Path flowsDir() {
    return flowsDir;
  }

  private void loop() {
    try {
      while (true) {
        Set<Path> changed = new LinkedHashSet<>();
        collect(watcher.take(), changed);
        // keep collecting until the writer has been quiet for a moment
        for (WatchKey more; (more = watcher.poll(settle.toMillis(), TimeUnit.MILLISECONDS)) != null; ) {
          collect(more, changed);
        }
        if (!changed.isEmpty()) {
          onChange.accept(Set.copyOf(changed));
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException stopped) {
      // closed: the window went away or opened another workspace
    }
  }

  private void collect(WatchKey key, Set<Path> changed) {
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.context() instanceof Path name && isFlowFile(name)) {
        changed.add(flowsDir.resolve(name));
      }
    }
    key.reset();
  }

  /** {@code *.json}, not the temporary {@code .name.json….tmp} files of atomic writes. */
  static boolean isFlowFile(Path name) {
    String file = name.getFileName().toString();
    return file.endsWith(".json") && !file.startsWith(".");
  }

  /**
   * The ids of flows whose files in {@code files} differ from what {@code known} holds: new flows,
   * changed ones (their text is not the canonical text of the known flow) and deleted ones. A file
   * that does not read as a flow counts for the flow that was in it.
   */
  public static Set<String> changedFlows(@Nullable WorkspaceFolder known, Collection<Path> files) {
    Set<String> ids = new LinkedHashSet<>();
    if (known == null) {
      return ids;
    }
    for (Path file : files) {
      Path absolute = file.toAbsolutePath().normalize();
      String previous = idAt(known, absolute);
      if (!Files.isRegularFile(absolute)) {
        if (previous != null) {
          ids.add(previous);
        }
        continue;
      }
      try {
        String text = FlowReader.readText(absolute);
        Flow flow = FlowReader.read(absolute).single();
        Flow mine = known.flow(flow.id()).orElse(null);
        if (mine == null || !FlowWriter.canonical(mine).equals(text)) {
          ids.add(flow.id());
        }
        if (previous != null && !previous.equals(flow.id())) {
          ids.add(previous);
        }
      } catch (IOException | FlowFormatException unreadable) {
        if (previous != null) {
          ids.add(previous); // half-written or broken: the reload reports it as a problem
        }
      }
    }
    return ids;
  }

  private static @Nullable String idAt(WorkspaceFolder known, Path file) {
    for (Flow flow : known.flows()) {
      Path at = known.fileOf(flow.id()).map(p -> p.toAbsolutePath().normalize()).orElse(null);
      if (file.equals(at)) {
        return flow.id();
      }
    }
    return null;
  }

  @Override
  public void close() {
    try {
      watcher.close();
    } catch (IOException ignored) {
      // closing a watch service only releases its handle
    }
    thread.interrupt();
  }
}
