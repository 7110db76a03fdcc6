package dev.flowsmith.workspace.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowsmith.format.FlowReader;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.Flow;
import dev.flowsmith.workspace.history.RunRecord;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServerRunTest {

  FakeDirectus server;
  Flow flow;

  @BeforeEach
  void start() throws Exception {
    server = new FakeDirectus();
    flow = FlowReader.read(Path.of("src/test/resources/onserver/greeting.json")).single();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void createsInTheSafeOrderRunsReadsTheLogAndDeletesBothFlows() throws Exception {
    List<String> progress = new ArrayList<>();
    ServerRun.Outcome outcome = new ServerRun(server.client()).run(flow,
        JsonText.parseValue("{\"body\": {\"count\": 3}}"), progress::add, () -> false);

    List<String> writes = server.requests().stream().filter(r -> !r.startsWith("GET")).toList();
    assertThat(writes.subList(0, 7)).containsExactly(
        "POST /flows", "POST /operations", "PATCH /operations", // the copy: inactive, unlinked, then links
        writes.get(3), // PATCH /flows/<copy>: entry and status
        "POST /flows", "POST /operations", writes.get(6)); // the launcher
    assertThat(writes.get(3)).startsWith("PATCH /flows/");
    assertThat(writes.get(7)).startsWith("POST /flows/trigger/");
    assertThat(writes.subList(8, 10)).allMatch(r -> r.startsWith("DELETE /flows/"));
    assertThat(server.flows()).isEmpty();
    assertThat(server.operations()).isEmpty();

    RunRecord record = outcome.record();
    assertThat(record.flowId()).isEqualTo(flow.id());
    assertThat(record.source()).isEqualTo(ServerRun.SOURCE);
    // the fake resolves every step, so the chain follows resolve links: shape → big_enough → compute
    assertThat(record.steps()).extracting(RunRecord.Step::operationId).containsExactly(
        flow.operationByKey("shape").orElseThrow().id(), flow.operationByKey("big_enough").orElseThrow().id(),
        flow.operationByKey("compute").orElseThrow().id());
    assertThat(record.steps()).extracting(RunRecord.Step::type).containsExactly("transform", "condition", "exec");
    assertThat(JsonText.compact(record.data().get("$trigger").orElseThrow())).isEqualTo("{\"body\":{\"count\":3}}");
    assertThat(outcome.requests()).isEqualTo(server.requests().size());
    assertThat(progress).contains("Running on the server");
  }

  @Test
  void theCopyIsDeletedWhenTheRunFails() {
    server.failTrigger(500);
    assertThatThrownBy(() -> new ServerRun(server.client()).run(flow, JsonText.parseValue("{}"), m -> {}, () -> false))
        .isInstanceOf(DirectusCallException.class)
        .satisfies(e -> assertThat(((DirectusCallException) e).kind()).isEqualTo(DirectusCallException.Kind.SERVER_ERROR));
    assertThat(server.flows()).isEmpty();
    assertThat(server.operations()).isEmpty();
  }

  @Test
  void aCancelWhileTheServerRunsStillDeletesTheCopy() throws Exception {
    server.triggerDelayMillis(5_000);
    AtomicBoolean cancelled = new AtomicBoolean();
    List<String> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
    Thread canceller = new Thread(() -> {
      while (!progress.contains("Running on the server")) {
        Thread.onSpinWait();
      }
      cancelled.set(true);
    });
    canceller.start();
    long start = System.nanoTime();
    assertThatThrownBy(() -> new ServerRun(server.client()).run(flow, JsonText.parseValue("{}"),
        progress::add, cancelled::get))
        .isInstanceOf(DirectusCallException.class)
        .satisfies(e -> assertThat(((DirectusCallException) e).kind()).isEqualTo(DirectusCallException.Kind.CANCELLED));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
    canceller.join();
    assertThat(server.flows()).isEmpty();
  }

  @Test
  void anArrayTriggerIsRefusedBeforeAnythingIsCreated() {
    assertThatThrownBy(() -> new ServerRun(server.client()).run(flow, JsonText.parseValue("[1, 2]"), m -> {},
        () -> false)).hasMessageContaining("once per element");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void leftoversOlderThanTenMinutesAreDeletedOthersKept() throws Exception {
    server.addFlow("old-1", ServerRun.NAME_PREFIX + "Old 1234abcd", Instant.now().minus(Duration.ofMinutes(11)));
    server.addFlow("new-1", ServerRun.NAME_PREFIX + "Busy 5678abcd", Instant.now().minus(Duration.ofMinutes(2)));
    server.addFlow("mine", "Someone's flow", Instant.now().minus(Duration.ofDays(3)));
    assertThat(new ServerRun(server.client()).cleanLeftovers()).isEqualTo(1);
    assertThat(server.flows()).containsOnlyKeys("new-1", "mine");
  }
}
