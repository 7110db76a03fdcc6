package dev.flowsmith.engine.script;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.graalvm.polyglot.Context;
import org.jspecify.annotations.Nullable;

/**
 * Stops running scripts: every {@value #TICK_MILLIS} ms it checks each watched run for
 * cancellation, the memory budget and its phase deadline, and cancels the context of a run that
 * must stop ({@code Context.close(true)}, on a thread of its own so one stuck context cannot
 * stall the others).
 */
final class Watchdog implements AutoCloseable {

  static final long TICK_MILLIS = 10;

  /** Why a run was stopped. */
  enum Reason { TIMEOUT, CANCELLED, MEMORY }

  private final Set<Watch> watches = ConcurrentHashMap.newKeySet();
  private final BooleanSupplier memoryExceeded;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread thread = new Thread(task, "script-watchdog");
    thread.setDaemon(true);
    return thread;
  });

  /** @param memoryExceeded polled once a tick; true stops every watched run with MEMORY */
  Watchdog(BooleanSupplier memoryExceeded) {
    this.memoryExceeded = memoryExceeded;
    timer.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** Starts watching a context; the first deadline is set with {@link Watch#phase}. */
  Watch watch(Context context, BooleanSupplier cancelled) {
    Watch watch = new Watch(context, cancelled);
    watches.add(watch);
    return watch;
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }

  private void tick() {
    if (watches.isEmpty()) {
      return;
    }
    boolean memory = memoryExceeded.getAsBoolean();
    long now = System.nanoTime();
    for (Watch watch : watches) {
      watch.check(now, memory);
    }
  }

  /** One run under watch. */
  final class Watch implements AutoCloseable {
    private final Context context;
    private final BooleanSupplier cancelled;
    private long deadline = Long.MAX_VALUE;
    private @Nullable Reason fired;
    private boolean stopped;

    private Watch(Context context, BooleanSupplier cancelled) {
      this.context = context;
      this.cancelled = cancelled;
    }

    /** Starts a phase that may last {@code millis} (engine.md §6.2: each phase has its own timeout). */
    synchronized void phase(long millis) {
      deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    }

    /** Why the run was stopped, or null if the watchdog did not stop it. */
    synchronized @Nullable Reason reason() {
      return fired;
    }

    /** Stops watching; after this the context is never cancelled by the watchdog. */
    @Override
    public synchronized void close() {
      stopped = true;
      watches.remove(this);
    }

    private synchronized void check(long now, boolean memory) {
      if (stopped || fired != null) {
        return;
      }
      Reason reason = cancelled.getAsBoolean() ? Reason.CANCELLED
          : memory ? Reason.MEMORY
          : now - deadline > 0 ? Reason.TIMEOUT
          : null;
      if (reason != null) {
        fired = reason;
        Thread stopper = new Thread(this::cancelContext, "script-stop");
        stopper.setDaemon(true);
        stopper.start();
      }
    }

    private void cancelContext() {
      try {
        context.close(true);
      } catch (RuntimeException alreadyClosing) {
        // the run is ending anyway
      }
    }
  }
}
