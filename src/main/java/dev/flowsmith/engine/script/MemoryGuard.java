package dev.flowsmith.engine.script;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import org.jspecify.annotations.Nullable;

/**
 * The per-run memory budget of a worker JVM ({@code FLOWS_RUN_SCRIPT_MAX_MEMORY}, engine.md §9).
 * GraalJS on a stock JDK has no heap limit per context, so the worker measures what a full
 * collection leaves in the old generation: the engine's own baseline plus what the script keeps
 * alive. Above baseline + budget the script is stopped. The worker's {@code -Xmx} is the
 * backstop for allocations faster than the watchdog's tick.
 */
final class MemoryGuard {

  /** At most one forced full collection in this many nanoseconds (a legitimate script may churn). */
  private static final long GC_INTERVAL_NANOS = 200_000_000L;

  private final MemoryPoolMXBean oldGeneration;
  private final long budgetBytes;
  /** Unarmed (no limit) until the first {@link #rebase}. */
  private long threshold = Long.MAX_VALUE;
  private long lastForcedGc;
  /** Set by {@link #reset}: the first poll of a run measures afresh rather than trust the last run's collection. */
  private boolean freshRun;

  private MemoryGuard(MemoryPoolMXBean oldGeneration, long budgetBytes) {
    this.oldGeneration = oldGeneration;
    this.budgetBytes = budgetBytes;
  }

  /** A guard for this JVM, or null if its collector reports no old generation. */
  static @Nullable MemoryGuard of(int budgetMb) {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      String name = pool.getName();
      if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported()
          && (name.contains("Old") || name.contains("Tenured"))) {
        return new MemoryGuard(pool, budgetMb * 1024L * 1024L);
      }
    }
    return null;
  }

  /** Measures the baseline and arms the guard: call after warm-up, when the engine is loaded. */
  synchronized void rebase() {
    System.gc();
    threshold = used(oldGeneration.getCollectionUsage()) + budgetBytes;
  }

  /** Before a run: a previous run's garbage must not count against this one. */
  synchronized void reset() {
    if (used(oldGeneration.getCollectionUsage()) > threshold) {
      System.gc();
    }
    freshRun = true;
  }

  /** Polled by the watchdog: true once a full collection left more than the budget alive. */
  synchronized boolean exceeded() {
    if (used(oldGeneration.getUsage()) <= threshold) {
      // what the old generation holds now is within budget, whatever an earlier collection found
      freshRun = false;
      return false;
    }
    long now = System.nanoTime();
    if (freshRun || now - lastForcedGc > GC_INTERVAL_NANOS) {
      // a previous run's garbage, still uncollected, must not stop this run: collect before judging
      freshRun = false;
      lastForcedGc = now;
      System.gc();
    }
    return used(oldGeneration.getCollectionUsage()) > threshold;
  }

  private static long used(@Nullable MemoryUsage usage) {
    return usage == null ? 0 : usage.getUsed();
  }
}
