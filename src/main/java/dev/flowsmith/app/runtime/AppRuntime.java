package dev.flowsmith.app.runtime;

import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.workspace.WorkspaceRuntime;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import org.jspecify.annotations.Nullable;

/**
 * The one {@link WorkspaceRuntime} of the app: the open workspace's (its data.db, outbox,
 * settings), or — for a flow file opened alone — a scratch workspace in the config folder, so a
 * lone file can be run too. Opened on first use, closed when the workspace changes or the app
 * quits. The run panel, run history, live triggers and workspace views all share it.
 */
public final class AppRuntime implements AutoCloseable {

  private final Path scratchDir;
  private final ConsoleLog console;
  private final ReadOnlyObjectWrapper<@Nullable WorkspaceRuntime> runtime = new ReadOnlyObjectWrapper<>(this,
      "runtime");
  private final List<Consumer<WorkspaceRuntime>> onOpen = new ArrayList<>();
  private @Nullable WorkspaceFolder folder;

  /**
   * @param workspace the open workspace, or null when a lone file (or nothing) is open
   * @param scratchDir where the scratch workspace for lone files lives (created when needed)
   */
  public AppRuntime(ObservableValue<@Nullable WorkspaceFolder> workspace, Path scratchDir, ConsoleLog console) {
    this.scratchDir = scratchDir;
    this.console = console;
    this.folder = workspace.getValue();
    workspace.addListener((obs, old, now) -> {
      folder = now;
      closeRuntime();
    });
  }

  /**
   * The runtime for the current workspace, opening it now if needed.
   *
   * @throws IOException when the scratch workspace cannot be created
   * @throws FlowFormatException when the workspace's settings cannot be read
   */
  public WorkspaceRuntime runtime() throws IOException, FlowFormatException {
    WorkspaceRuntime open = runtime.get();
    if (open != null) {
      return open;
    }
    WorkspaceFolder target = folder != null ? folder
        : WorkspaceFolder.isWorkspace(scratchDir) ? WorkspaceFolder.open(scratchDir)
        : WorkspaceFolder.create(scratchDir);
    WorkspaceRuntime created = WorkspaceRuntime.builder(target).log(console).build();
    runtime.set(created);
    onOpen.forEach(listener -> listener.accept(created));
    return created;
  }

  /** The runtime if one is open; views use it to show state without opening one. */
  public ReadOnlyObjectProperty<@Nullable WorkspaceRuntime> runtimeProperty() {
    return runtime.getReadOnlyProperty();
  }

  /** Runs {@code listener} for every runtime opened from now on (run history hooks in here). */
  public void onOpen(Consumer<WorkspaceRuntime> listener) {
    onOpen.add(listener);
  }

  /** True when runs go to a scratch workspace because no workspace is open. */
  public boolean isScratch() {
    return folder == null;
  }

  public ConsoleLog console() {
    return console;
  }

  private void closeRuntime() {
    WorkspaceRuntime open = runtime.get();
    runtime.set(null);
    if (open != null) {
      open.close();
    }
  }

  @Override
  public void close() {
    closeRuntime();
  }
}
