package dev.flowsmith.app.runtime;

import dev.flowsmith.engine.Cancellation;
import dev.flowsmith.engine.run.FlowRunException;
import dev.flowsmith.engine.run.RunListener;
import dev.flowsmith.engine.run.RunResult;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.Flow;
import dev.flowsmith.workspace.WorkspaceRuntime;
import dev.flowsmith.workspace.history.RunLogStore;
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

  /** The history source of runs started with the app's Run button. */
  public static final String APP_SOURCE = "app";

  private final Path scratchDir;
  private final ConsoleLog console;
  private final ReadOnlyObjectWrapper<@Nullable WorkspaceRuntime> runtime = new ReadOnlyObjectWrapper<>(this,
      "runtime");
  private final List<Consumer<WorkspaceRuntime>> onOpen = new ArrayList<>();
  private final ReadOnlyObjectWrapper<@Nullable RunLogStore> history = new ReadOnlyObjectWrapper<>(this,
      "history");
  private @Nullable WorkspaceFolder folder;
  private @Nullable Runnable detachHistory;

  /**
   * @param workspace the open workspace, or null when a lone file (or nothing) is open
   * @param scratchDir where the scratch workspace for lone files lives (created when needed)
   */
  public AppRuntime(ObservableValue<@Nullable WorkspaceFolder> workspace, Path scratchDir, ConsoleLog console) {
    this.scratchDir = scratchDir;
    this.console = console;
    this.folder = workspace.getValue();
    openHistory();
    workspace.addListener((obs, old, now) -> {
      folder = now;
      closeRuntime();
      openHistory();
    });
  }

  /** The run history of the current workspace (or the scratch one), readable before any run. */
  private void openHistory() {
    RunLogStore old = history.get();
    if (old != null) {
      old.close();
    }
    try {
      history.set(new RunLogStore(target()));
    } catch (IOException | FlowFormatException unreadable) {
      // without a readable folder there is no history to show; runs report the same problem
      history.set(null);
    }
  }

  private WorkspaceFolder target() throws IOException, FlowFormatException {
    WorkspaceFolder open = folder;
    if (open != null) {
      return open;
    }
    return WorkspaceFolder.isWorkspace(scratchDir) ? WorkspaceFolder.open(scratchDir)
        : WorkspaceFolder.create(scratchDir);
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
    WorkspaceRuntime created = WorkspaceRuntime.builder(target()).log(console).build();
    runtime.set(created);
    RunLogStore store = history.get();
    // every run of this runtime — webhook, schedule, event, sub-flow, the app's own — is kept
    detachHistory = store == null ? null : store.attach(created);
    onOpen.forEach(listener -> listener.accept(created));
    return created;
  }

  /**
   * Runs {@code flow} for the app's Run button: recorded in the history with source {@code app}
   * (nested runs keep their own sources).
   */
  public RunResult launchFromApp(Flow flow, JsValue trigger, JsValue accountability, RunListener listener,
      Cancellation cancellation) throws IOException, FlowFormatException, FlowRunException {
    WorkspaceRuntime open = runtime();
    RunLogStore store = history.get();
    if (store == null) {
      return open.launch(flow, trigger, accountability, listener, cancellation);
    }
    return store.launchAs(APP_SOURCE, () -> open.launch(flow, trigger, accountability, listener, cancellation));
  }

  /** The run history of the current workspace; null only when its folder cannot be read. */
  public ReadOnlyObjectProperty<@Nullable RunLogStore> historyProperty() {
    return history.getReadOnlyProperty();
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

  /**
   * Closes the open runtime, then runs {@code work} on the workspace's files (the Data tab adding a
   * collection to data.db, which the runtime holds open); the views open a new runtime after it.
   */
  public <T> T whileClosed(java.util.concurrent.Callable<T> work) throws Exception {
    closeRuntime();
    return work.call();
  }

  private void closeRuntime() {
    Runnable detach = detachHistory;
    detachHistory = null;
    if (detach != null) {
      detach.run();
    }
    WorkspaceRuntime open = runtime.get();
    runtime.set(null);
    if (open != null) {
      open.close();
    }
  }

  @Override
  public void close() {
    closeRuntime();
    RunLogStore store = history.get();
    if (store != null) {
      store.close();
    }
  }
}
