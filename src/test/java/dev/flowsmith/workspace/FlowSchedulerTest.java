package dev.flowsmith.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.JsonValue.JsonString;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FlowSchedulerTest {

  private final FakeLauncher launcher = new FakeLauncher();
  private final List<String> warnings = new ArrayList<>();
  private final FlowScheduler scheduler = new FlowScheduler(launcher, Clock.systemDefaultZone(),
      (flow, message, error) -> warnings.add(message));

  static Flow schedule(String id, String cron) {
    return Flow.create(id, "Schedule " + id)
        .withTrigger("schedule", JsonObject.builder().put("cron", new JsonString(cron)).build());
  }

  @AfterEach
  void close() {
    scheduler.close();
  }

  @Test
  void aScheduleFiresWithinASecondOfItsTime() throws Exception {
    scheduler.reload(List.of(schedule("every-2s", "*/2 * * * * *")));
    ZonedDateTime expected = scheduler.nextFire("every-2s").orElseThrow();
    assertThat(expected.getSecond() % 2).isZero();
    assertThat(expected.getNano()).isZero();

    FakeLauncher.Launch first = launcher.next(4000);

    assertThat(first).isNotNull();
    assertThat(Duration.between(expected.toInstant(), first.at()).toMillis()).isBetween(0L, 999L);
    assertThat(first.trigger()).isEqualTo(JsValue.NULL); // engine.md §3.3
    assertThat(first.accountability()).isEqualTo(JsValue.NULL);
    FakeLauncher.Launch second = launcher.next(4000);
    assertThat(second).isNotNull();
    assertThat(Duration.between(expected.plusSeconds(2).toInstant(), second.at()).toMillis()).isBetween(0L, 999L);
  }

  @Test
  void fiveFieldCronsFireAtSecondZero() {
    scheduler.reload(List.of(schedule("minutely", "* * * * *")));
    ZonedDateTime next = scheduler.nextFire("minutely").orElseThrow();
    assertThat(next.getSecond()).isZero();
    assertThat(Duration.between(Instant.now(), next.toInstant())).isLessThanOrEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void anInvalidCronIsNotScheduledAndReportedWithDirectusWarning() {
    scheduler.reload(List.of(schedule("bad", "61 * * * *"), schedule("good", "0 3 * * *")));

    String warning = "Couldn't register cron trigger. Provided cron is invalid: 61 * * * *";
    assertThat(scheduler.scheduled()).containsExactly("good");
    assertThat(scheduler.problems()).containsExactly(java.util.Map.entry("bad", warning));
    assertThat(warnings).containsExactly(warning);
    assertThat(FlowScheduler.validate("61 * * * *")).contains(warning);
    assertThat(FlowScheduler.validate("0 3 * * *")).isEmpty();
  }

  @Test
  void runNowLaunchesTheFlowWithANullTrigger() throws Exception {
    scheduler.reload(List.of(schedule("nightly", "0 3 * * *")));

    scheduler.runNow("nightly").get(5, TimeUnit.SECONDS);

    FakeLauncher.Launch launch = launcher.next(0);
    assertThat(launch).isNotNull();
    assertThat(launch.flow().id()).isEqualTo("nightly");
    assertThat(launch.trigger()).isEqualTo(JsValue.NULL);
    assertThat(scheduler.runNow("missing")).isCompletedExceptionally();
  }

  @Test
  void reloadRemovesADisabledFlow() throws Exception {
    Flow flow = schedule("every-second", "* * * * * *");
    scheduler.reload(List.of(flow));
    assertThat(launcher.next(2500)).isNotNull();

    scheduler.reload(List.of(flow.withStatus(Flow.INACTIVE)));
    Thread.sleep(100); // a run already handed to the pool may still record itself
    launcher.launches.clear();

    assertThat(scheduler.scheduled()).isEmpty();
    assertThat(launcher.next(2200)).isNull();
  }

  @Test
  void aSlowRunDelaysNoOtherSchedule() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    List<Instant> fastRuns = java.util.Collections.synchronizedList(new ArrayList<>());
    FlowScheduler slowWorld = new FlowScheduler((flow, trigger, accountability) -> {
      if (flow.id().equals("slow")) {
        try {
          release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      } else {
        fastRuns.add(Instant.now());
      }
      return FakeLauncher.result(flow, JsValue.UNDEFINED, false);
    }, Clock.systemDefaultZone(), TriggerWarnings.LOG);
    try {
      slowWorld.reload(List.of(schedule("slow", "* * * * * *"), schedule("fast", "* * * * * *")));
      Thread.sleep(3300);
      assertThat(fastRuns.size()).isGreaterThanOrEqualTo(3);
    } finally {
      release.countDown();
      slowWorld.close();
    }
  }
}
