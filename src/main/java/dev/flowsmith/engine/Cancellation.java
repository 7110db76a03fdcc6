package dev.flowsmith.engine;

import dev.flowsmith.engine.value.JsException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Lets a user stop a run. Long waits ({@code sleep}, HTTP calls, scripts) poll or wait on it;
 * the run loop checks it between steps. Directus has no cancellation (engine.md §4.2); this is
 * ours, and a cancelled run says so in its result.
 */
public final class Cancellation {

  private final CountDownLatch cancelled = new CountDownLatch(1);
  private final List<Cancellation> children = new CopyOnWriteArrayList<>();

  public static Cancellation none() {
    return new Cancellation();
  }

  /** Cancels this and every {@link #child()} not yet released. */
  public void cancel() {
    cancelled.countDown();
    children.forEach(Cancellation::cancel);
  }

  /**
   * A cancellation that is cancelled with this one but can also be cancelled alone (a run
   * budget stopping its tree of runs); {@link #release} it when the work is done.
   */
  public Cancellation child() {
    Cancellation child = new Cancellation();
    children.add(child);
    if (isCancelled()) {
      child.cancel();
    }
    return child;
  }

  public void release(Cancellation child) {
    children.remove(child);
  }

  public boolean isCancelled() {
    return cancelled.getCount() == 0;
  }

  /** Throws the cancellation rejection if the run was cancelled. */
  public void check() {
    if (isCancelled()) {
      throw cancelledError();
    }
  }

  /** Waits up to {@code millis}, returning early (with the cancellation rejection) if cancelled. */
  public void sleep(long millis) throws InterruptedException {
    if (millis > 0 && cancelled.await(millis, TimeUnit.MILLISECONDS)) {
      throw cancelledError();
    }
    check();
  }

  public static JsException cancelledError() {
    return JsException.of("Error", "The run was cancelled");
  }
}
