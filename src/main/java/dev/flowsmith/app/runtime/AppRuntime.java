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
 * The app's {@link WorkspaceRuntime}s: the open workspace's (its data.db, outbox, settings) and —
 * for a flow file opened alone or from outside the workspace — a scratch workspace in the config
 * folder, so such a file can be run too. Each is opened on first use. The current one follows the
 * active tab; the other is kept open meanwhile, so switching between a workspace flow and an
 * outside file is instant and the workspace's webhook server and schedules keep running. A
 * workspace's runtime is closed when another workspace is opened, or the app quits. The run panel,
 * run history, live triggers and workspace views show the current one.
 */
public final class AppRuntime implements AutoCloseable {

  /** The history source of runs started with the app's Run button. */
  public static final String APP_SOURCE = "app";

  /** One workspace's open runtime (if opened yet) and its run history. */
  private static final class Opened {
    final @Nullable WorkspaceFolder folder;
    @Nullable RunLogStore history;
    @Nullable WorkspaceRuntime runtime;
    @Nullable Runnable detachHistory;

    Opened(@Nullable WorkspaceFolder folder) {
      this.folder = folder;
    }
  }

  private final Path scratchDir;
  private final ConsoleLog console;
  private final ReadOnlyObjectWrapper<@Nullable WorkspaceRuntime> runtime = new ReadOnlyObjectWrapper<>(this,
      "runtime");
  private final List<Consumer<WorkspaceRuntime>> onOpen = new ArrayList<>();
  private final List<Consumer<WorkspaceRuntime>> onClose = new ArrayList<>();
  private final ReadOnlyObjectWrapper<@Nullable RunLogStore> history = new ReadOnlyObjectWrapper<>(this,
      "history");
  /** The scratch workspace's, and the open workspace's while an outside file is in front. */
  private final Opened scratch = new Opened(null);
  private @Nullable Opened workspace;
  private Opened current;

  /**
   * @param context the workspace the active tab runs in, or null for the scratch workspace (a lone
   *     file, a file from outside the open workspace, or nothing open)
   * @param scratchDir where the scratch workspace for lone files lives (created when needed)
   */
  public AppRuntime(ObservableValue<@Nullable WorkspaceFolder> context, Path scratchDir, ConsoleLog console) {
    this.scratchDir = scratchDir;
    this.console = console;
    this.current = scratch;
    follow(context.getValue());
    context.addListener((obs, old, now) -> follow(now));
  }

  /** Makes {@code folder}'s runtime (or the scratch one) current; a different workspace replaces the kept one. */
  private void follow(@Nullable WorkspaceFolder folder) {
    Opened next;
    if (folder == null) {
      next = scratch;
    } else {
      Opened kept = workspace;
      // the same folder object: back from an outside file; a reloaded or other workspace starts afresh
      if (kept == null || kept.folder != folder) {
        if (kept != null) {
          closeAll(kept);
        }
        kept = new Opened(folder);
        workspace = kept;
      }
      next = kept;
    }
    current = next;
    if (next.history == null) {
      next.history = openHistory(next);
    }
    runtime.set(next.runtime);
    history.set(next.history);
  }

  /** The run history of a workspace (or the scratch one), readable before any run. */
  private @Nullable RunLogStore openHistory(Opened opened) {
    try {
      return new RunLogStore(target(opened));
    } catch (IOException | FlowFormatException unreadable) {
      // without a readable folder there is no history to show; runs report the same problem
      return null;
    }
  }

  private WorkspaceFolder target(Opened opened) throws IOException, FlowFormatException {
    WorkspaceFolder open = opened.folder;
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
    Opened opened = current;
    WorkspaceRuntime open = opened.runtime;
    if (open != null) {
      return open;
    }
    WorkspaceRuntime created = WorkspaceRuntime.builder(target(opened)).log(console).build();
    opened.runtime = created;
    RunLogStore store = opened.history;
    // every run of this runtime — webhook, schedule, event, sub-flow, the app's own — is kept
    opened.detachHistory = store == null ? null : store.attach(created);
    runtime.set(created);
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
    RunLogStore store = current.history;
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

  /**
   * Runs {@code listener} when a runtime is closed (another workspace opened, Data's schema change,
   * quitting); what was started on it — the live triggers' webhook server — stops with it.
   */
  public void onClose(Consumer<WorkspaceRuntime> listener) {
    onClose.add(listener);
  }

  /** True when runs go to a scratch workspace because no workspace is open. */
  public boolean isScratch() {
    return current == scratch;
  }

  public ConsoleLog console() {
    return console;
  }

  /**
   * Closes the current runtime, then runs {@code work} on the workspace's files (the Data tab adding a
   * collection to data.db, which the runtime holds open); the views open a new runtime after it.
   */
  public <T> T whileClosed(java.util.concurrent.Callable<T> work) throws Exception {
    closeRuntime(current);
    return work.call();
  }

  private void closeRuntime(Opened opened) {
    Runnable detach = opened.detachHistory;
    opened.detachHistory = null;
    if (detach != null) {
      detach.run();
    }
    WorkspaceRuntime open = opened.runtime;
    opened.runtime = null;
    if (opened == current) {
      runtime.set(null);
    }
    if (open != null) {
      onClose.forEach(listener -> listener.accept(open));
      open.close();
    }
  }

  private void closeAll(Opened opened) {
    closeRuntime(opened);
    RunLogStore store = opened.history;
    opened.history = null;
    if (store != null) {
      store.close();
    }
  }

  @Override
  public void close() {
    Opened kept = workspace;
    if (kept != null) {
      closeAll(kept);
    }
    closeAll(scratch);
  }
}
