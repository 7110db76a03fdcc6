package dev.flowsmith.engine.script;

import dev.flowsmith.engine.value.JsException;
import java.util.Set;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The workers of one memory limit. At most {@code size} runs at a time (more wait their turn, as
 * a queue); idle workers stay warm for the next run. A worker that died or exhausted its heap is
 * replaced at once in the background, so the next run finds a warm one.
 */
final class WorkerPool implements AutoCloseable {

  private static final long POLL_MILLIS = 10;

  private final Supplier<WorkerCommand> command;
  private final int size;
  private final Semaphore permits;
  /** Started or starting workers, most recently used first. */
  private final BlockingDeque<CompletableFuture<WorkerProcess>> idle = new LinkedBlockingDeque<>();
  private final Set<WorkerProcess> live = ConcurrentHashMap.newKeySet();
  private final ExecutorService starter = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "script-worker-start");
    thread.setDaemon(true);
    return thread;
  });
  private volatile boolean closed;

  WorkerPool(Supplier<WorkerCommand> command, int size) {
    this.command = command;
    this.size = size;
    this.permits = new Semaphore(size, true);
  }

  /** Starts a worker in the background if none is idle. */
  void warmUp() {
    warmUp(1);
  }

  /** Starts workers in the background until {@code count} (at most the pool's size) are idle or starting. */
  synchronized void warmUp(int count) {
    for (int i = idle.size(); i < Math.min(count, size); i++) {
      idle.addLast(startAsync());
    }
  }

  /** A warm worker for one run; waits for a free one, or for cancellation. */
  WorkerProcess acquire(BooleanSupplier cancelled) {
    try {
      while (!permits.tryAcquire(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
        if (cancelled.getAsBoolean()) {
          throw ScriptFailures.cancelled();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ScriptFailures.cancelled();
    }
    try {
      for (CompletableFuture<WorkerProcess> next = idle.pollFirst(); next != null; next = idle.pollFirst()) {
        WorkerProcess worker = await(next, cancelled);
        if (worker.isHealthy()) {
          return worker;
        }
        retire(worker);
      }
      return await(startAsync(), cancelled);
    } catch (RuntimeException e) {
      permits.release();
      throw e;
    }
  }

  /** Gives a worker back after its run. */
  void release(WorkerProcess worker) {
    if (worker.isHealthy() && !closed && idle.size() < size) {
      idle.addFirst(CompletableFuture.completedFuture(worker));
    } else {
      boolean replace = !worker.isHealthy() && !closed;
      retire(worker);
      if (replace && idle.size() < size) {
        idle.addLast(startAsync());
      }
    }
    permits.release();
  }

  @Override
  public void close() {
    closed = true;
    live.forEach(WorkerProcess::kill);
    idle.forEach(future -> future.thenAccept(WorkerProcess::kill));
    starter.shutdown();
  }

  private CompletableFuture<WorkerProcess> startAsync() {
    return CompletableFuture.supplyAsync(() -> {
      WorkerProcess worker = WorkerProcess.start(command.get(), () -> closed); // close stops a starting worker
      live.add(worker);
      if (closed) {
        worker.kill();
      }
      return worker;
    }, starter);
  }

  private WorkerProcess await(CompletableFuture<WorkerProcess> starting, BooleanSupplier cancelled) {
    while (true) {
      try {
        return starting.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
      } catch (TimeoutException stillStarting) {
        if (cancelled.getAsBoolean()) {
          idle.addFirst(starting); // someone else will use it
          throw ScriptFailures.cancelled();
        }
      } catch (ExecutionException e) {
        throw e.getCause() instanceof JsException js ? js : new IllegalStateException(e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        idle.addFirst(starting);
        throw ScriptFailures.cancelled();
      }
    }
  }

  private void retire(WorkerProcess worker) {
    worker.kill();
    live.remove(worker);
  }
}
