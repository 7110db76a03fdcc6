package dev.flowsmith.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RunDeadlinesTest {

  private final RunDeadlines deadlines = new RunDeadlines("test-run-deadlines");

  @Test
  void aRunThatEndsInTimeIsNotStoppedAndOneThatDoesNotIsStoppedOnce() throws Exception {
    AtomicInteger endedInTime = new AtomicInteger();
    AtomicInteger overran = new AtomicInteger();
    CountDownLatch later = new CountDownLatch(1);
    Runnable stopClock = deadlines.watch(TimeUnit.SECONDS.toNanos(1), endedInTime::incrementAndGet);
    stopClock.run();
    deadlines.watch(TimeUnit.MILLISECONDS.toNanos(1500), overran::incrementAndGet);
    // the same tick's timer fires every run due in it; one due later tells us the earlier ticks are done
    deadlines.watch(TimeUnit.SECONDS.toNanos(2), later::countDown);

    assertThat(later.await(30, TimeUnit.SECONDS)).isTrue();
    assertThat(endedInTime).hasValue(0);
    assertThat(overran).hasValue(1);
  }

  @Test
  void runsDueInOneTickShareItAndEachIsStopped() throws Exception {
    CountDownLatch stopped = new CountDownLatch(100);
    for (int i = 0; i < 100; i++) {
      deadlines.watch(TimeUnit.MILLISECONDS.toNanos(5), stopped::countDown);
    }
    assertThat(stopped.await(30, TimeUnit.SECONDS)).isTrue();
  }
}
