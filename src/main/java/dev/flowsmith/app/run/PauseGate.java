package dev.flowsmith.app.run;

import java.util.concurrent.Semaphore;

/**
 * Where a run waits at a breakpoint: the run thread decides whether to pause and blocks in
 * {@link #await}; the FX thread lets it go with {@link #resume}. A resume when nothing waits is
 * dropped, so a stray Continue cannot skip the next breakpoint.
 */
final class PauseGate {

  private final Semaphore permits = new Semaphore(0);
  private boolean waiting;
  private boolean stepping;

  /** Forgets a previous run's stepping mode. */
  synchronized void reset() {
    stepping = false;
    waiting = false;
    permits.drainPermits();
  }

  /** On the run thread before a step: pause at a breakpoint, or after Step. Marks the gate as waiting. */
  synchronized boolean shouldPause(boolean breakpoint) {
    if (breakpoint || stepping) {
      stepping = false;
      waiting = true;
      return true;
    }
    return false;
  }

  /** Blocks the run thread until {@link #resume}; an interrupt (the app closing) lets it go too. */
  void await() {
    try {
      permits.acquire();
    } catch (InterruptedException closing) {
      Thread.currentThread().interrupt();
    }
  }

  /** Lets a waiting run go; {@code step} pauses it again before the next operation. */
  synchronized void resume(boolean step) {
    if (waiting) {
      waiting = false;
      stepping = step;
      permits.release();
    }
  }
}
