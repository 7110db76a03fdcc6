package dev.flowsmith.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.workspace.history.RunLogStore;
import dev.flowsmith.workspace.history.RunRecord;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunNoticesTest {

  private static final Instant NOW = Instant.parse("2026-12-07T16:00:00Z");

  @TempDir
  Path dir;

  private final List<RunNotices.Notice> told = new ArrayList<>();
  private final RunNotices notices = new RunNotices(id -> "Lead intake", told::add, Clock.fixed(NOW, ZoneOffset.UTC));

  private static RunRecord run(String id, String source, String status, int secondsAfter) {
    List<RunRecord.Step> steps = List.of(new RunRecord.Step("op-1", "log_it", "log", "resolve", null, 800),
        new RunRecord.Step("op-2", "mail_it", "mail", status, null, 120_000));
    return new RunRecord(id, "flow-1", source, NOW.plusSeconds(secondsAfter), 121_400, status, steps,
        JsonObject.EMPTY);
  }

  @Test
  void aFinishedWebhookOrScheduleRunIsToldOnceAndTheAppsOwnRunsNever() throws Exception {
    try (RunLogStore store = new RunLogStore(WorkspaceFolder.create(dir.resolve("ws")))) {
      notices.watch(store);
      store.add(run("r1", "webhook", "resolve", 1), true);
      store.add(run("r2", "app", "resolve", 2), true);
      store.add(run("r3", "schedule", "reject", 3), true);
      store.add(run("r4", "manual", "resolve", 4), true);
      store.delete(store.list("flow-1").get(0)); // a delete is no new run

      assertThat(told).extracting(RunNotices.Notice::runId).containsExactly("r1", "r3");
      assertThat(told.get(0).title()).isEqualTo("Webhook run of Lead intake finished");
      assertThat(told.get(0).text()).isEqualTo("2 steps · 121 ms");
      assertThat(told.get(0).failed()).isFalse();
      assertThat(told.get(1).title()).isEqualTo("Scheduled run of Lead intake failed");
      assertThat(told.get(1).failed()).isTrue();
    }
  }

  @Test
  void runsFromBeforeTheWatchStartedAreNotTold() throws Exception {
    try (RunLogStore store = new RunLogStore(WorkspaceFolder.create(dir.resolve("ws")))) {
      notices.watch(store);
      store.add(run("old", "webhook", "resolve", -60), true);
      assertThat(told).isEmpty();
    }
  }
}
