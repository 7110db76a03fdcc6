package dev.flowsmith.engine.operation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Where the Trigger Flow operation's parallel iterations run: a bounded pool shared by every run
 * (one per JVM unless a run's services name another), never a thread per item.
 *
 * <p>Nothing ever waits in a queue: an iteration either gets an idle or new thread at once or,
 * when all {@link #threads()} are busy, runs on the calling thread (caller-runs). A nested run
 * that fans out again therefore never waits for a thread its own caller holds, so it cannot
 * deadlock, and the work still finishes when the pool is full — just less in parallel.
 */
public final class ParallelRuns {

  /** Enough to overlap waiting operations (requests, sleeps) of a few fan-outs; bounded whatever the payload. */
  public static final int DEFAULT_THREADS = Math.max(8, 2 * Runtime.getRuntime().availableProcessors());

  /** Nested runs recurse, so pool threads get a larger stack than the JVM default. */
  private static final long STACK_BYTES = 16L << 20;

  private static final ParallelRuns SHARED = new ParallelRuns(DEFAULT_THREADS);

  private final ThreadPoolExecutor pool;

  public ParallelRuns(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    AtomicInteger count = new AtomicInteger();
    this.pool = new ThreadPoolExecutor(0, threads, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
      Thread thread = new Thread(null, task, "flowsmith-subflow-" + count.incrementAndGet(), STACK_BYTES);
      thread.setDaemon(true); // a stuck sub-flow never keeps the JVM alive
      return thread;
    }, new ThreadPoolExecutor.CallerRunsPolicy());
  }

  /** The JVM-wide pool. */
  public static ParallelRuns shared() {
    return SHARED;
  }

  public int threads() {
    return pool.getMaximumPoolSize();
  }

  /** Threads of this pool alive now (for tests and diagnostics). */
  public int liveThreads() {
    return pool.getPoolSize();
  }

  /**
   * Starts every task (on the pool, or here when it is full) and returns their futures in order;
   * a task run here has finished when this returns.
   */
  public <T> List<CompletableFuture<T>> startAll(List<Supplier<T>> tasks) {
    List<CompletableFuture<T>> running = new ArrayList<>(tasks.size());
    for (Supplier<T> task : tasks) {
      running.add(CompletableFuture.supplyAsync(task, pool));
    }
    return running;
  }
}
