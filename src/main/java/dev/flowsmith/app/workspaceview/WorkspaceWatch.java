package dev.flowsmith.app.workspaceview;

import dev.flowsmith.app.viewmodel.MainViewModel;
import dev.flowsmith.format.WorkspaceFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * Keeps a window's workspace in step with its files: a {@link WorkspaceFileWatcher} on the open
 * workspace (restarted when another one is opened), and on a change that is not the window's own
 * save, {@link MainViewModel#reloadWorkspace} — which asks first when the open flow has unsaved
 * edits.
 */
public final class WorkspaceWatch implements AutoCloseable {

  static final String TITLE = "Reload changed flow";
  static final String WHAT_HAPPENED = "another program (an assistant through flowsmith mcp, an editor, git) changed its "
      + "file";
  static final String QUESTION = "Reload the version on disk?";

  private final MainViewModel vm;
  private final Executor uiThread;
  private final Duration settle;
  private @Nullable WorkspaceFileWatcher watcher;
  private @Nullable Path watched;

  /** @param uiThread where the view-model is touched ({@code Platform::runLater} in the app) */
  public WorkspaceWatch(MainViewModel vm, Executor uiThread, Duration settle) {
    this.vm = vm;
    this.uiThread = uiThread;
    this.settle = settle;
    vm.workspaceProperty().addListener((obs, was, now) -> follow(now));
    follow(vm.workspaceProperty().get());
  }

  private synchronized void follow(@Nullable WorkspaceFolder workspace) {
    Path root = workspace == null ? null : workspace.root().toAbsolutePath().normalize();
    if (root != null && root.equals(watched)) {
      return; // a reload of the same folder: keep watching
    }
    stop();
    if (root == null) {
      return;
    }
    try {
      watcher = WorkspaceFileWatcher.start(root, settle, files -> uiThread.execute(() -> changed(files)));
      watched = root;
    } catch (IOException cannotWatch) {
      // the window still works, it only misses other programs' changes; nothing to ask the user
      watched = null;
    }
  }

  private void changed(Set<Path> files) {
    Set<String> ids = WorkspaceFileWatcher.changedFlows(vm.workspaceProperty().get(), files);
    if (!ids.isEmpty()) {
      vm.reloadWorkspace(ids, TITLE, WHAT_HAPPENED, QUESTION);
    }
  }

  private void stop() {
    if (watcher != null) {
      watcher.close();
      watcher = null;
    }
    watched = null;
  }

  @Override
  public synchronized void close() {
    stop();
  }
}
