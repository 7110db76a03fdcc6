package dev.flowsmith.app.workspaceview;

import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Where a workspace view does runtime work (server start, queries, writes, file reads): one daemon
 * thread per view, so the JavaFX thread never waits on it, with results and errors handed back on
 * the JavaFX thread. One thread keeps a view's requests in the order they were made.
 */
public final class ViewTasks implements AutoCloseable {

  private final ScheduledExecutorService thread;
  private final Consumer<Runnable> fxThread;

  /** @param fxThread how to reach the UI thread; tests without a stage pass {@code Runnable::run} */
  public ViewTasks(String name, Consumer<Runnable> fxThread) {
    this.fxThread = fxThread;
    this.thread = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread worker = new Thread(task, "flowsmith-" + name);
      worker.setDaemon(true);
      return worker;
    });
  }

  public static ViewTasks onFxThread(String name) {
    return new ViewTasks(name, Platform::runLater);
  }

  /**
   * Runs {@code work} in the background, then {@code done} with its result or {@code failed} with a
   * readable message, both on the UI thread. The future completes after the UI step ran.
   */
  public <T> CompletableFuture<Void> run(Callable<T> work, Consumer<T> done, Consumer<String> failed) {
    CompletableFuture<Void> finished = new CompletableFuture<>();
    try {
      thread.execute(() -> {
        T result;
        try {
          result = work.call();
        } catch (Exception | LinkageError e) {
          fxThread.accept(() -> complete(finished, () -> failed.accept(message(e))));
          return;
        }
        fxThread.accept(() -> complete(finished, () -> done.accept(result)));
      });
    } catch (java.util.concurrent.RejectedExecutionException closed) {
      finished.complete(null);
    }
    return finished;
  }

  /** Runs {@code poll} every {@code period} on the view's thread until cancelled or closed. */
  public ScheduledFuture<?> every(Duration period, Runnable poll) {
    return thread.scheduleWithFixedDelay(() -> {
      try {
        poll.run();
      } catch (RuntimeException ignored) {
        // a failed poll shows its error through the poll's own callbacks; the next one tries again
      }
    }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Lets queued work finish in the background, then ends the thread. */
  @Override
  public void close() {
    thread.shutdown();
  }

  /** What to show for a failure: a flow's thrown error message, else the exception's message. */
  public static String message(Throwable error) {
    Throwable cause = error;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof JsException thrown) {
      if (thrown.value() instanceof JsError js) {
        return js.message();
      }
      if (thrown.value() instanceof JsObject object && object.get("message") instanceof JsString text) {
        return text.value();
      }
    }
    String text = cause.getMessage();
    return text == null || text.isBlank() ? cause.getClass().getSimpleName() : text;
  }

  private static void complete(CompletableFuture<Void> finished, Runnable step) {
    try {
      step.run();
      finished.complete(null);
    } catch (RuntimeException e) {
      finished.completeExceptionally(e);
    }
  }
}
