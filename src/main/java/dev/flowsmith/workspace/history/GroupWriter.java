package dev.flowsmith.workspace.history;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A bounded hand-off to one writer thread that takes whatever queued up while it last wrote as
 * one group (a group commit): many items cost one write, one flush, one lock. The threads that
 * hand items over never do the writing themselves.
 *
 * <p>With a linger the writer rests that long after each group before it takes the next, so under
 * load a group holds what a linger's worth of work handed over, and the threads that hand items
 * over wake nobody: a writer that waits on an empty queue is woken by every item (a system call
 * and a context switch each), one that rests is not. Closing ends a rest at once.
 *
 * @param <T> what is written
 */
public final class GroupWriter<T> implements AutoCloseable {

  private final BlockingQueue<T> queue;
  private final int group;
  private final Consumer<List<T>> write;
  private final long lingerNanos;
  private final Thread writer;
  private final CountDownLatch closed = new CountDownLatch(1);
  private volatile boolean closing;

  /**
   * A writer that takes the next group as soon as there is one.
   *
   * @param capacity items waiting at most
   * @param group items one write takes at most
   * @param write called on the writer thread with each group, in the order handed over
   */
  public GroupWriter(String threadName, int capacity, int group, Consumer<List<T>> write) {
    this(threadName, capacity, group, 0, write);
  }

  /**
   * @param capacity items waiting at most; room for a linger's worth of items at the busiest
   * @param group items one write takes at most
   * @param lingerMillis how long the writer rests after each group (0: not at all)
   * @param write called on the writer thread with each group, in the order handed over
   */
  public GroupWriter(String threadName, int capacity, int group, long lingerMillis, Consumer<List<T>> write) {
    this.queue = new ArrayBlockingQueue<>(Math.max(1, capacity));
    this.group = Math.max(1, group);
    this.lingerNanos = TimeUnit.MILLISECONDS.toNanos(Math.max(0, lingerMillis));
    this.write = write;
    this.writer = new Thread(this::drain, threadName);
    writer.setDaemon(true);
    writer.start();
  }

  /** Hands an item over; false when the queue is full or the writer is closing. */
  public boolean offer(T item) {
    return !closing && queue.offer(item);
  }

  /** Hands an item over, waiting while the queue is full. */
  public void put(T item) {
    try {
      queue.put(item);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops taking items, writes what is queued (for up to {@code waitMillis}), then stops. */
  public void close(long waitMillis) {
    closing = true;
    closed.countDown();
    try {
      writer.join(waitMillis);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    close(TimeUnit.SECONDS.toMillis(10));
  }

  private void drain() {
    List<T> batch = new ArrayList<>();
    while (true) {
      T first;
      try {
        // a timed wait, not an interrupt, ends it: an interrupt would close a file channel mid-write
        first = queue.poll(100, TimeUnit.MILLISECONDS);
      } catch (InterruptedException interrupted) {
        return;
      }
      if (first != null) {
        batch.add(first);
        queue.drainTo(batch, group - 1);
        write.accept(batch);
        batch.clear();
        rest();
      } else if (closing) {
        return;
      }
    }
  }

  /** The linger after a group; over at once when the writer is closed. */
  private void rest() {
    if (lingerNanos == 0 || closing) {
      return;
    }
    try {
      closed.await(lingerNanos, TimeUnit.NANOSECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
