package dev.flowsmith.app.server;

import dev.flowsmith.workspace.server.DirectusCallException;
import dev.flowsmith.workspace.server.FlowDiff;
import dev.flowsmith.workspace.server.FlowState;
import dev.flowsmith.workspace.server.FlowStatus;
import dev.flowsmith.workspace.server.PullReport;
import dev.flowsmith.workspace.server.PushReport;
import dev.flowsmith.workspace.server.ServerSync;
import dev.flowsmith.workspace.server.SyncProgress;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.jspecify.annotations.Nullable;

/**
 * The Server view's state: the connected server, every flow of the workspace and the server with
 * its {@link FlowState}, a filter, and Refresh, Pull, Diff and Push ({@link ServerSync}) on one
 * worker thread with progress and Cancel. Failures become {@link #errorProperty()} in plain words,
 * never exceptions. Properties change on {@code fx}. No JavaFX nodes.
 */
public final class ServerViewModel {

  /** What an action does its work with: the sync of the open workspace and a progress sink. */
  @FunctionalInterface
  private interface Work<T> {
    T run(ServerSync sync, SyncProgress progress) throws DirectusCallException;
  }

  private final Supplier<@Nullable Path> workspace;
  private final ServerQuestions questions;
  private final Executor worker;
  private final Executor fx;
  private final ReadOnlyObjectWrapper<@Nullable ServerConnection> connection = new ReadOnlyObjectWrapper<>(this,
      "connection");
  private final ObservableList<FlowStatus> rows = FXCollections.observableArrayList();
  private final FilteredList<FlowStatus> shown = new FilteredList<>(rows);
  private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
  private final ObjectProperty<@Nullable FlowState> stateFilter = new SimpleObjectProperty<>(this, "stateFilter");
  private final ObservableList<FlowDiff> diffs = FXCollections.observableArrayList();
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
  private Consumer<Set<String>> onPulled = ids -> {};
  private BooleanSupplier beforePush = () -> true;
  private volatile AtomicBoolean cancelled = new AtomicBoolean();

  /**
   * @param workspace the open workspace's folder, or null when none is open
   */
  public ServerViewModel(Supplier<@Nullable Path> workspace, ServerQuestions questions, Executor worker,
      Executor fx) {
    this.workspace = workspace;
    this.questions = questions;
    this.worker = worker;
    this.fx = fx;
    filter.addListener((obs, old, now) -> applyFilter());
    stateFilter.addListener((obs, old, now) -> applyFilter());
  }

  /** Called with the ids of the flows a pull wrote, so open flows are reloaded. */
  public void setOnPulled(Consumer<Set<String>> reload) {
    this.onPulled = reload;
  }

  /** Called before a push; false stops it (e.g. the user cancelled saving the open flow). */
  public void setBeforePush(BooleanSupplier check) {
    this.beforePush = check;
  }

  private void applyFilter() {
    String text = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
    FlowState state = stateFilter.get();
    shown.setPredicate(row -> (state == null || row.state() == state)
        && (text.isEmpty() || row.name().toLowerCase(Locale.ROOT).contains(text) || row.id().startsWith(text)));
  }

  /** Uses {@code server} from now on and lists its flows. */
  public CompletableFuture<Void> connect(ServerConnection server) {
    connection.set(server);
    rows.clear();
    diffs.clear();
    return refresh();
  }

  public void disconnect() {
    cancel();
    connection.set(null);
    rows.clear();
    diffs.clear();
    error.set("");
    message.set("");
  }

  /** Lists every flow of the workspace and the server with its state. */
  public CompletableFuture<Void> refresh() {
    return start("Reading the server's flows", (sync, progress) -> sync.status(List.of()), statuses -> {
      rows.setAll(statuses);
      message.set(summary(statuses));
    });
  }

  /**
   * Pulls {@code ids} (every flow when empty) into the workspace. Flows edited here are
   * overwritten only if the user agrees; otherwise they are kept as they are.
   */
  public CompletableFuture<Void> pull(Collection<String> ids) {
    List<FlowStatus> edited = rowsOf(ids).stream()
        .filter(row -> row.state() == FlowState.CHANGED_HERE || row.state() == FlowState.CHANGED_BOTH).toList();
    boolean overwrite = !edited.isEmpty() && questions.overwriteLocalEdits(edited);
    return then("Pulling", (sync, progress) -> sync.pull(List.copyOf(ids), overwrite, progress),
        report -> {
          Set<String> written = report.flows().stream().filter(PullReport.PulledFlow::written)
              .map(PullReport.PulledFlow::id).collect(Collectors.toUnmodifiableSet());
          onPulled.accept(written);
          String pulled = pullSummary(report);
          return refresh().thenRun(() -> fx.execute(() -> message.set(pulled)));
        });
  }

  /** Compares {@code ids} (every flow when empty) field by field; the differing flows go to {@link #diffs()}. */
  public CompletableFuture<Void> diff(Collection<String> ids) {
    return start("Comparing", (sync, progress) -> sync.diff(List.copyOf(ids)), found -> {
      List<FlowDiff> differing = found.stream().filter(diff -> !diff.same()).toList();
      diffs.setAll(differing);
      message.set(differing.isEmpty() ? "No differences: the workspace and the server have the same flows."
          : differing.size() + (differing.size() == 1 ? " flow differs." : " flows differ."));
    });
  }

  /**
   * Pushes {@code ids} (every workspace flow when empty): first a dry run, whose plan the user
   * confirms; a refusal (the server's copy changed since the last pull) is offered again with
   * force, with a warning. A push that failed halfway reports what was restored.
   */
  public CompletableFuture<Void> push(Collection<String> ids) {
    if (!beforePush.getAsBoolean()) {
      return CompletableFuture.completedFuture(null);
    }
    return plan(List.copyOf(ids), false);
  }

  private CompletableFuture<Void> plan(List<String> ids, boolean force) {
    return then("Planning the push", (sync, progress) -> sync.push(ids, true, force, progress), preview -> {
      if (preview.refused() && !force) {
        if (questions.forcePush(preview.conflicts())) {
          return plan(ids, true);
        }
        message.set("Push cancelled: " + names(preview.conflicts()) + " changed on the server since the last pull."
            + " Pull or Diff first.");
        return null;
      }
      if (preview.plannedWrites() == 0) {
        message.set("Nothing to push: the server already has the workspace's flows.");
        return null;
      }
      if (!questions.confirmPush(preview, force)) {
        message.set("Push cancelled; nothing was sent.");
        return null;
      }
      return then("Pushing", (sync, progress) -> sync.push(ids, false, force, progress), this::pushed);
    });
  }

  private CompletableFuture<Void> pushed(PushReport report) {
    DirectusCallException failure = report.failure();
    if (failure != null) {
      String text = failure.plainMessage() + (report.rollback().isEmpty() ? ""
          : "\n" + String.join("\n", report.rollback()));
      questions.report("Push failed", text);
      return refresh().thenRun(() -> fx.execute(() -> error.set("The push failed: " + text)));
    }
    String done = "Pushed: " + report.done().size() + (report.done().size() == 1 ? " request" : " requests")
        + " sent.";
    return refresh().thenRun(() -> fx.execute(() -> message.set(done)));
  }

  /** Stops the action that is going; the API leaves the workspace and server consistent. */
  public void cancel() {
    cancelled.set(true);
  }

  private <T> CompletableFuture<Void> start(String what, Work<T> work, Consumer<T> done) {
    return then(what, work, result -> {
      done.accept(result);
      return null;
    });
  }

  /**
   * Runs {@code work} on the worker, then {@code next} with its result on the FX thread; the
   * future completes when the follow-up {@code next} returns (if any) has completed.
   */
  private <T> CompletableFuture<Void> then(String what, Work<T> work,
      Function<T, @Nullable CompletableFuture<Void>> next) {
    CompletableFuture<Void> finished = new CompletableFuture<>();
    ServerConnection server = connection.get();
    Path root = workspace.get();
    if (server == null) {
      error.set("Not connected: use File › Connect to Directus… first.");
      finished.complete(null);
      return finished;
    }
    if (root == null) {
      error.set("Open a workspace first: the Server view compares the workspace's flows with the server's.");
      finished.complete(null);
      return finished;
    }
    if (busy.get()) {
      finished.complete(null);
      return finished;
    }
    AtomicBoolean stop = new AtomicBoolean();
    cancelled = stop;
    busy.set(true);
    error.set("");
    progress.set(-1);
    message.set(what + " …");
    SyncProgress report = (doneSteps, total, text) -> fx.execute(() -> {
      progress.set(total <= 0 ? -1 : (double) doneSteps / total);
      message.set(text);
    });
    worker.execute(() -> {
      try {
        T result = work.run(new ServerSync(root, server.client().cancellable(stop::get)), report);
        fx.execute(() -> {
          idle();
          CompletableFuture<Void> followUp = null;
          try {
            followUp = next.apply(result);
          } finally {
            if (followUp == null) {
              finished.complete(null);
            } else {
              followUp.whenComplete((ok, failed) -> finished.complete(null));
            }
          }
        });
      } catch (DirectusCallException failed) {
        fail(finished, failed.kind() == DirectusCallException.Kind.CANCELLED
            ? what + " cancelled. Nothing was left half-done." : failed.plainMessage());
      } catch (RuntimeException failed) {
        fail(finished, what + " failed: " + failed.getMessage());
      }
    });
    return finished;
  }

  private void idle() {
    busy.set(false);
    progress.set(0);
  }

  private void fail(CompletableFuture<Void> finished, String text) {
    fx.execute(() -> {
      idle();
      message.set("");
      error.set(text);
      finished.complete(null);
    });
  }

  private List<FlowStatus> rowsOf(Collection<String> ids) {
    return ids.isEmpty() ? List.copyOf(rows) : rows.stream().filter(row -> ids.contains(row.id())).toList();
  }

  static String summary(List<FlowStatus> statuses) {
    if (statuses.isEmpty()) {
      return "No flows in the workspace or on the server.";
    }
    StringBuilder text = new StringBuilder(statuses.size() + (statuses.size() == 1 ? " flow" : " flows"));
    String sep = ": ";
    for (FlowState state : FlowState.values()) {
      long count = statuses.stream().filter(row -> row.state() == state).count();
      if (count > 0) {
        text.append(sep).append(count).append(' ').append(state.label());
        sep = ", ";
      }
    }
    return text.append('.').toString();
  }

  private static String pullSummary(PullReport report) {
    long written = report.flows().stream().filter(PullReport.PulledFlow::written).count();
    long kept = report.flows().stream().filter(PullReport.PulledFlow::skipped).count();
    long unchanged = report.flows().size() - written - kept;
    return "Pulled " + written + (written == 1 ? " flow" : " flows") + (unchanged > 0 ? ", " + unchanged
        + " already up to date" : "") + (kept > 0 ? ", " + kept + " kept with the workspace's edits" : "") + ".";
  }

  /** “a”, “b”: flow names for messages. */
  public static String names(List<FlowStatus> flows) {
    return flows.stream().map(row -> "“" + row.name() + "”").collect(Collectors.joining(", "));
  }

  public ReadOnlyObjectProperty<@Nullable ServerConnection> connectionProperty() {
    return connection.getReadOnlyProperty();
  }

  /** Every flow with its state, unfiltered. */
  public ObservableList<FlowStatus> rows() {
    return FXCollections.unmodifiableObservableList(rows);
  }

  /** The rows that pass the filter (the table sorts them). */
  public FilteredList<FlowStatus> shownRows() {
    return shown;
  }

  /** Text a row's name (or the start of its id) must contain. */
  public StringProperty filterProperty() {
    return filter;
  }

  /** Only rows in this state (null: all). */
  public ObjectProperty<@Nullable FlowState> stateFilterProperty() {
    return stateFilter;
  }

  /** The last Diff's differing flows. */
  public ObservableList<FlowDiff> diffs() {
    return diffs;
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** 0..1, or -1 while the amount of work is not known. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** The last failure in plain words; empty when the last action went well. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }
}
