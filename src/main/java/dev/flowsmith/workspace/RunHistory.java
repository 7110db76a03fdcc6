package dev.flowsmith.workspace;

import dev.flowsmith.engine.run.RunListener;
import dev.flowsmith.engine.run.RunResult;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The last runs of a workspace, newest last, bounded so a busy webhook cannot grow memory
 * without limit. Sub-flow runs (trigger operation, engine.md §3.4) are kept too: each is a run
 * of its own with a parent. Thread-safe: webhook runs finish on many threads at once.
 */
public final class RunHistory implements RunListener {

  public static final int DEFAULT_CAPACITY = 200;

  private final int capacity;
  private final Deque<RunResult> runs = new ArrayDeque<>();
  private final List<Consumer<RunResult>> subscribers = new CopyOnWriteArrayList<>();

  public RunHistory(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
    }
    this.capacity = capacity;
  }

  @Override
  public void runFinished(RunResult result) {
    synchronized (runs) {
      runs.addLast(result);
      while (runs.size() > capacity) {
        runs.removeFirst();
      }
    }
    for (Consumer<RunResult> subscriber : subscribers) {
      subscriber.accept(result);
    }
  }

  /** The kept runs, oldest first. */
  public List<RunResult> runs() {
    synchronized (runs) {
      return new ArrayList<>(runs);
    }
  }

  /**
   * Calls {@code subscriber} on the run's thread after each run is recorded (the app hops to its
   * UI thread itself). Returns the way to unsubscribe.
   */
  public Runnable subscribe(Consumer<RunResult> subscriber) {
    subscribers.add(subscriber);
    return () -> subscribers.remove(subscriber);
  }
}
