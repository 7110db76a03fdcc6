package dev.flowsmith.workspace.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GroupWriterTest {

  @Test
  void whatQueuesUpWhileAGroupIsWrittenGoesAsTheNextGroupInOrder() throws Exception {
    CountDownLatch firstStarted = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<List<Integer>> groups = new ArrayList<>();
    GroupWriter<Integer> writer = new GroupWriter<>("test-group-writer", 100, 100, group -> {
      synchronized (groups) {
        groups.add(List.copyOf(group));
      }
      firstStarted.countDown();
      try {
        release.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    assertThat(writer.offer(0)).isTrue();
    assertThat(firstStarted.await(5, TimeUnit.SECONDS)).isTrue();
    for (int i = 1; i <= 5; i++) {
      writer.put(i);
    }
    release.countDown();
    writer.close(5_000);

    assertThat(groups).containsExactly(List.of(0), List.of(1, 2, 3, 4, 5));
    assertThat(writer.offer(6)).as("closed").isFalse();
  }

  @Test
  void aFullQueueRefusesAndAGroupIsCapped() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    List<Integer> sizes = new ArrayList<>();
    GroupWriter<Integer> writer = new GroupWriter<>("test-group-writer", 3, 2, group -> {
      synchronized (sizes) {
        sizes.add(group.size());
      }
      try {
        release.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    writer.put(0);
    while (true) {
      synchronized (sizes) {
        if (!sizes.isEmpty()) {
          break;
        }
      }
      Thread.onSpinWait();
    }
    assertThat(writer.offer(1)).isTrue();
    assertThat(writer.offer(2)).isTrue();
    assertThat(writer.offer(3)).isTrue();
    assertThat(writer.offer(4)).as("three wait already").isFalse();
    release.countDown();
    writer.close(5_000);

    assertThat(sizes).containsExactly(1, 2, 1);
  }

  @Test
  void whatIsHandedOverWhileTheWriterRestsGoesAsOneGroupAndClosingEndsTheRest() throws Exception {
    CountDownLatch firstWritten = new CountDownLatch(1);
    List<List<Integer>> groups = new ArrayList<>();
    // a rest far longer than the test: only closing can end it
    GroupWriter<Integer> writer = new GroupWriter<>("test-group-writer", 100, 100, TimeUnit.HOURS.toMillis(1), group -> {
      synchronized (groups) {
        groups.add(List.copyOf(group));
      }
      firstWritten.countDown();
    });
    writer.put(0);
    assertThat(firstWritten.await(5, TimeUnit.SECONDS)).isTrue();
    for (int i = 1; i <= 5; i++) {
      writer.put(i);
    }
    Thread closing = new Thread(() -> writer.close(TimeUnit.MINUTES.toMillis(10)));
    closing.start();
    closing.join(TimeUnit.MINUTES.toMillis(1));

    assertThat(closing.isAlive()).as("close waited out the rest").isFalse();
    synchronized (groups) {
      assertThat(groups).containsExactly(List.of(0), List.of(1, 2, 3, 4, 5));
    }
  }
}
