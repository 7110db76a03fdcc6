package dev.flowsmith.app.run;

import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.workspace.history.RunLogStore;
import dev.flowsmith.workspace.history.RunRecord;
import dev.flowsmith.workspace.server.DirectusCallException;
import dev.flowsmith.workspace.server.ServerRun;
import dev.flowsmith.workspace.server.DirectusHttp;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.jspecify.annotations.Nullable;

/**
 * Runs the open flow on a Directus server ({@link ServerRun}) on a thread of its own, with the
 * step it is at ({@link #messageProperty()}) and a Cancel that still deletes the temporary copy.
 * A finished run is stored in the workspace's history (source {@code server}) before it is handed
 * on. Properties change on the FX thread (the {@code fx} executor).
 */
public final class ServerRunController implements AutoCloseable {

  private final Supplier<@Nullable RunLogStore> history;
  private final Executor fx;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "flowsmith-server-run");
    thread.setDaemon(true);
    return thread;
  });
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
  private final ReadOnlyObjectWrapper<@Nullable String> error = new ReadOnlyObjectWrapper<>(this, "error");
  private final ReadOnlyObjectWrapper<@Nullable RunRecord> record = new ReadOnlyObjectWrapper<>(this, "record");
  private volatile AtomicBoolean cancelled = new AtomicBoolean();

  public ServerRunController(Supplier<@Nullable RunLogStore> history, Executor fx) {
    this.history = history;
    this.fx = fx;
  }

  /**
   * Starts a run of {@code flow} on {@code server}'s server with {@code trigger} as {@code $trigger}. Call on
   * the FX thread; ignored while one is going. {@code done} gets the stored run on the FX thread.
   */
  public CompletableFuture<Void> start(Flow flow, JsonValue trigger, DirectusHttp server, Consumer<RunRecord> done) {
    if (running.get()) {
      return CompletableFuture.completedFuture(null);
    }
    AtomicBoolean stop = new AtomicBoolean();
    cancelled = stop;
    running.set(true);
    error.set(null);
    record.set(null);
    message.set("Connecting to " + server.url());
    return CompletableFuture.runAsync(() -> {
      try {
        ServerRun.Outcome outcome = new ServerRun(server).run(flow, trigger,
            step -> fx.execute(() -> message.set(step)), stop::get);
        RunLogStore store = history.get();
        if (store != null) {
          store.add(outcome.record(), true);
        }
        fx.execute(() -> {
          record.set(outcome.record());
          message.set("Done: " + outcome.record().steps().size() + " steps on " + server.url()
              + (outcome.cleanupProblems().isEmpty() ? "" : " — " + String.join("; ", outcome.cleanupProblems())));
          running.set(false);
          done.accept(outcome.record());
        });
      } catch (DirectusCallException failed) {
        finish(failed.plainMessage());
      } catch (IOException | RuntimeException failed) {
        finish("The server's run could not be kept in the history: " + failed.getMessage());
      }
    }, worker);
  }

  private void finish(String problem) {
    fx.execute(() -> {
      error.set(problem);
      message.set(problem);
      running.set(false);
    });
  }

  /** Stops waiting for the server; the temporary copy is still deleted. */
  public void cancel() {
    cancelled.set(true);
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** The last run's failure in plain words (null after a success). */
  public ReadOnlyObjectProperty<@Nullable String> errorProperty() {
    return error.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<@Nullable RunRecord> recordProperty() {
    return record.getReadOnlyProperty();
  }

  @Override
  public void close() {
    cancel();
    worker.shutdown();
  }
}
