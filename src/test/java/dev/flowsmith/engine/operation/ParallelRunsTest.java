package dev.flowsmith.engine.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The bounded pool of parallel iterations: never more threads than its size, never a deadlock. */
class ParallelRunsTest {

  /** A fan-out three levels deep, each level waiting for its children, on a pool of two threads. */
  private static int fanOut(ParallelRuns pool, int depth) {
    if (depth == 0) {
      return 1;
    }
    List<Supplier<Integer>> children = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      children.add(() -> fanOut(pool, depth - 1));
    }
    return pool.startAll(children).stream().mapToInt(CompletableFuture::join).sum();
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void nestedFanOutsFinishOnAFullPoolByRunningOnTheCaller() {
    ParallelRuns pool = new ParallelRuns(2);
    assertThat(fanOut(pool, 4)).isEqualTo(256);
    assertThat(pool.liveThreads()).isLessThanOrEqualTo(2);
  }

  @Test
  void aPoolOfOneStillRunsEveryTaskInOrderOfTheirFutures() {
    ParallelRuns pool = new ParallelRuns(1);
    List<Supplier<String>> tasks = List.of(() -> "a", () -> "b", () -> "c");
    assertThat(pool.startAll(tasks).stream().map(CompletableFuture::join)).containsExactly("a", "b", "c");
    assertThat(ParallelRuns.shared().threads()).isEqualTo(ParallelRuns.DEFAULT_THREADS);
  }
}
