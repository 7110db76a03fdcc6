package dev.flowsmith.engine.run;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Fires run-time limits (a budget's {@code maxRunTime}) on one daemon thread, in coarse ticks: a
 * deadline is rounded up to a tick of 1/64 of its limit (at least 1 ms, at most 1 s), and all the
 * runs due in one tick share one timer task. A run that ends in time only leaves its tick's set,
 * which a busy server does thousands of times a second; a timer task per run would put each
 * through the timer's queue twice under one lock (schedule, cancel) and wake its thread.
 * The limit stops a step under way at most one tick late; between steps it is checked exactly
 * ({@link RunBudget#beforeStep}).
 */
final class RunDeadlines {

  private static final long MIN_TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
  private static final long MAX_TICK_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final ScheduledThreadPoolExecutor timer;
  /** Runs by the tick (a {@code System.nanoTime} value) they are due at; a tick's set stays until it fires. */
  private final Map<Long, Set<Runnable>> due = new ConcurrentHashMap<>();

  RunDeadlines(String threadName) {
    this.timer = new ScheduledThreadPoolExecutor(1, task -> {
      Thread thread = new Thread(task, threadName);
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * Calls {@code expired} once {@code limitNanos} have passed (up to a tick later) unless the
   * returned handle is run first.
   */
  Runnable watch(long limitNanos, Runnable expired) {
    long tick = Math.max(MIN_TICK_NANOS, Math.min(MAX_TICK_NANOS, limitNanos / 64));
    long now = System.nanoTime();
    long at = now + limitNanos;
    Long key = at - Math.floorMod(at, tick) + tick;
    due.compute(key, (k, runs) -> {
      Set<Runnable> waiting = runs;
      if (waiting == null) {
        waiting = ConcurrentHashMap.newKeySet();
        timer.schedule(() -> fire(k), Math.max(0, k - now), TimeUnit.NANOSECONDS);
      }
      waiting.add(expired);
      return waiting;
    });
    return () -> {
      Set<Runnable> waiting = due.get(key);
      if (waiting != null) {
        waiting.remove(expired);
      }
    };
  }

  private void fire(Long key) {
    Set<Runnable> expired = due.remove(key);
    if (expired != null) {
      expired.forEach(Runnable::run);
    }
  }
}
