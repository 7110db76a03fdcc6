package dev.flowsmith.workspace.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.Operation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ServerSync against the fake server, which enforces Directus's unique links and foreign keys. */
class ServerSyncTest {

  @TempDir
  Path dir;

  FakeDirectus server;
  ServerSync sync;

  @BeforeEach
  void start() throws Exception {
    server = new FakeDirectus();
    sync = new ServerSync(dir, server.client());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Flow save(Flow flow) throws Exception {
    WorkspaceFolder.create(dir).saveFlow(flow);
    return flow;
  }

  private Flow local(String id) throws Exception {
    return WorkspaceFolder.open(dir).flow(id).orElseThrow();
  }

  private List<String> writes() {
    return server.requests().stream().filter(r -> !r.startsWith("GET")).toList();
  }

  @Test
  void pushCreatesInTheSafeOrderThenPullChangesNothing() throws Exception {
    Flow flow = save(SyncFlows.chain("Chain", 4));
    assertThat(sync.status(List.of())).containsExactly(new FlowStatus(flow.id(), "Chain", FlowState.ONLY_HERE));
    PushReport report = sync.push(List.of(), false, false, SyncProgress.NONE);
    assertThat(report.succeeded()).isTrue();
    assertThat(writes()).containsExactly("POST /flows", "POST /operations", "PATCH /operations", "PATCH /flows");
    assertThat(server.flows().get(flow.id()).string("status")).contains("active");
    assertThat(server.operations()).hasSize(4);
    assertThat(sync.status(List.of())).extracting(FlowStatus::state).containsExactly(FlowState.SAME);

    Path file = WorkspaceFolder.open(dir).fileOf(flow.id()).orElseThrow();
    byte[] before = Files.readAllBytes(file);
    int writesBefore = writes().size();
    PullReport pulled = sync.pull(List.of(), SyncProgress.NONE);
    assertThat(pulled.flows()).singleElement().satisfies(f -> assertThat(f.written()).isFalse());
    assertThat(sync.push(List.of(), false, false, SyncProgress.NONE).planned()).isEmpty();
    assertThat(writes()).hasSize(writesBefore);
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void editsAreUpdatedInPlaceKeepingIdsAndRespectingUniqueLinks() throws Exception {
    Flow flow = save(SyncFlows.chain("Edit me", 4));
    sync.push(List.of(), false, false, SyncProgress.NONE);
    // reverse the chain (every resolve moves to another target: unique column), delete step_3's
    // referrer target, add one, change an option
    Operation s0 = SyncFlows.op(flow, "step_0");
    Operation s1 = SyncFlows.op(flow, "step_1");
    Operation s2 = SyncFlows.op(flow, "step_2");
    Operation s3 = SyncFlows.op(flow, "step_3");
    Operation added = Operation.create(java.util.UUID.randomUUID().toString(), "added", "log", new GridPosition(1, 20),
        flow.id()).withResolve(s0.id());
    Flow edited = flow.withOperations(List.of(s2.withResolve(s1.id()), s1.withResolve(s0.id()).withOptions(
        JsonObject.builder().put("message", "changed").build()), s0.withResolve(null), added.withResolve(null)
        .withReject(s2.id()))).withEntry(added.id());
    save(edited);
    assertThat(sync.status(List.of())).extracting(FlowStatus::state).containsExactly(FlowState.CHANGED_HERE);
    server.requests();
    int before = server.requests().size();
    PushReport report = sync.push(List.of(), false, false, SyncProgress.NONE);
    assertThat(report.failure()).isNull();
    assertThat(server.requests().subList(before, server.requests().size())).containsExactly("GET /flows",
        "PATCH /flows", "POST /operations", "PATCH /operations", "PATCH /operations", "DELETE /operations",
        "PATCH /flows");
    assertThat(server.operations()).containsOnlyKeys(s0.id(), s1.id(), s2.id(), added.id()).doesNotContainKey(s3.id());
    assertThat(server.operations().get(s1.id()).get("options").orElseThrow().toString()).contains("changed");
    assertThat(server.flows().get(flow.id()).string("operation")).contains(added.id());
    assertThat(sync.diff(List.of())).singleElement().satisfies(d -> assertThat(d.same()).isTrue());
  }

  @Test
  void diffIsFieldByFieldWithNumbersByValueAndOperationsByKey() throws Exception {
    Flow flow = SyncFlows.chain("Diff", 2);
    Operation step0 = SyncFlows.op(flow, "step_0");
    Flow onServer = flow.withOperation(step0.id(), op -> op.withOptions(JsonObject.builder().put("message", "hi")
        .put("ratio", new JsonValue.JsonNumber("1.5")).build()));
    server.putFlow(SyncFlows.asServer(onServer));
    // here: the same ratio written 1.50, another message, step_1 re-created under a new id, a new name
    Operation step1 = SyncFlows.op(flow, "step_1");
    Operation renewed = new Operation(java.util.UUID.randomUUID().toString(), step1.name(), step1.key(), step1.type(),
        step1.position(), step1.options(), null, null, flow.id(), null, null, JsonObject.EMPTY);
    Flow here = onServer.withName("Diff here").withOperations(List.of(
        SyncFlows.op(onServer, "step_0").withOptions(JsonObject.builder().put("ratio", new JsonValue.JsonNumber("1.50"))
            .put("message", "hello").build()).withResolve(renewed.id()), renewed));
    save(here);
    List<FlowDiff> diffs = sync.diff(List.of());
    assertThat(diffs).singleElement().satisfies(d -> {
      assertThat(d.state()).isEqualTo(FlowState.CHANGED_BOTH);
      assertThat(d.differences()).extracting(FieldDifference::path).containsExactly("name",
          "operations[step_0].options.message");
      assertThat(d.differences().get(1).local()).isEqualTo(JsonValue.of("hello"));
      assertThat(d.differences().get(1).server()).isEqualTo(JsonValue.of("hi"));
    });
  }

  @Test
  void statesComeFromTheRecordedHash() throws Exception {
    Flow a = SyncFlows.chain("A", 1);
    Flow b = SyncFlows.chain("B", 1);
    Flow c = SyncFlows.chain("C", 1);
    Flow d = SyncFlows.chain("D", 1);
    for (Flow flow : List.of(a, b, c, d)) {
      server.putFlow(SyncFlows.asServer(flow));
    }
    PullReport first = sync.pull(List.of(), SyncProgress.NONE);
    assertThat(first.flows()).allSatisfy(f -> assertThat(f.written()).isTrue());
    assertThat(first.requests()).isEqualTo(1);
    assertThat(dir.resolve(".flowsmith/sync.json")).exists();
    save(local(a.id()).withName("A edited"));
    server.putFlow(SyncFlows.asServer(b.withName("B edited there")));
    save(local(c.id()).withName("C here"));
    server.putFlow(SyncFlows.asServer(c.withName("C there")));
    Flow e = save(SyncFlows.chain("E", 1));
    Flow f = SyncFlows.chain("F", 1);
    server.putFlow(SyncFlows.asServer(f));
    assertThat(sync.status(List.of())).extracting(FlowStatus::name, FlowStatus::state).containsExactly(
        org.assertj.core.groups.Tuple.tuple("A edited", FlowState.CHANGED_HERE),
        org.assertj.core.groups.Tuple.tuple("B", FlowState.CHANGED_THERE),
        org.assertj.core.groups.Tuple.tuple("C here", FlowState.CHANGED_BOTH),
        org.assertj.core.groups.Tuple.tuple("D", FlowState.SAME),
        org.assertj.core.groups.Tuple.tuple("E", FlowState.ONLY_HERE),
        org.assertj.core.groups.Tuple.tuple("F", FlowState.ONLY_THERE));

    // pull keeps the changes made here unless told to overwrite
    PullReport second = sync.pull(List.of(), SyncProgress.NONE);
    assertThat(second.flows()).filteredOn(PullReport.PulledFlow::skipped).extracting(PullReport.PulledFlow::name)
        .containsExactlyInAnyOrder("A", "C there");
    assertThat(local(b.id()).name()).isEqualTo("B edited there");
    assertThat(local(f.id()).name()).isEqualTo("F");
    assertThat(local(a.id()).name()).isEqualTo("A edited");
    sync.pull(List.of(c.id()), true, SyncProgress.NONE);
    assertThat(local(c.id()).name()).isEqualTo("C there");
    assertThat(e).isNotNull();
  }

  @Test
  void pushRefusesServerChangesUnlessForced() throws Exception {
    Flow flow = SyncFlows.chain("Conflict", 2);
    server.putFlow(SyncFlows.asServer(flow));
    sync.pull(List.of(), SyncProgress.NONE);
    server.putFlow(SyncFlows.asServer(flow.withName("Changed there")));
    save(local(flow.id()).withName("Changed here"));
    int before = writes().size();
    PushReport refused = sync.push(List.of(), false, false, SyncProgress.NONE);
    assertThat(refused.refused()).isTrue();
    assertThat(refused.conflicts()).extracting(FlowStatus::state).containsExactly(FlowState.CHANGED_BOTH);
    assertThat(writes()).hasSize(before);
    PushReport forced = sync.push(List.of(), false, true, SyncProgress.NONE);
    assertThat(forced.succeeded()).isTrue();
    assertThat(server.flows().get(flow.id()).string("name")).contains("Changed here");
  }

  @Test
  void dryRunPlansAndSendsNothing() throws Exception {
    save(SyncFlows.chain("Dry", 3));
    PushReport plan = sync.push(List.of(), true, false, SyncProgress.NONE);
    assertThat(plan.dryRun()).isTrue();
    assertThat(plan.planned()).extracting(PushStep::toString).containsExactly(
        "POST /flows: create 1 flow(s), inactive", "POST /operations: create 3 operation(s), unlinked",
        "PATCH /operations: update and link 2 operation(s)",
        "PATCH /flows: set the columns, entry operation and status of 1 flow(s)");
    assertThat(writes()).isEmpty();
    assertThat(server.flows()).isEmpty();
  }

  @Test
  void aFailureHalfwayRestoresEveryFlowItTouched() throws Exception {
    Flow existing = SyncFlows.chain("Existing", 3);
    server.putFlow(SyncFlows.asServer(existing));
    sync.pull(List.of(), SyncProgress.NONE);
    String serverBefore = serverState();
    Flow created = save(SyncFlows.chain("Created", 2));
    save(local(existing.id()).withName("Existing edited").withOperations(List.of(
        SyncFlows.op(existing, "step_0").withResolve(null))));
    for (int failAt = 1; failAt <= 6; failAt++) {
      AtomicInteger writesSeen = new AtomicInteger();
      int n = failAt;
      ServerSync failing = new ServerSync(dir, server.client().withTransport(inner -> request ->
          !request.method().equals("GET") && writesSeen.incrementAndGet() == n
              ? CompletableFuture.failedFuture(new java.io.IOException("connection reset (injected)"))
              : inner.send(request)));
      PushReport report = failing.push(List.of(), false, false, SyncProgress.NONE);
      assertThat(report.failure()).as("write %d", n).isNotNull();
      assertThat(report.failure().kind()).isEqualTo(DirectusCallException.Kind.UNREACHABLE);
      assertThat(report.done()).hasSize(n - 1);
      assertThat(serverState()).as("after failing write %d", n).isEqualTo(serverBefore);
      if (n > 1) {
        assertThat(report.rollback()).anyMatch(line -> line.startsWith("restored Existing edited")
            || line.startsWith("deleted Created"));
      }
    }
    assertThat(server.flows()).doesNotContainKey(created.id());
    assertThat(sync.push(List.of(), false, false, SyncProgress.NONE).succeeded()).isTrue();
    assertThat(server.flows().get(existing.id()).string("name")).contains("Existing edited");
  }

  @Test
  void cancellingHalfwayRestoresToo() throws Exception {
    Flow existing = SyncFlows.chain("Cancel", 3);
    server.putFlow(SyncFlows.asServer(existing));
    sync.pull(List.of(), SyncProgress.NONE);
    String serverBefore = serverState();
    save(local(existing.id()).withOperations(List.of(SyncFlows.op(existing, "step_0").withResolve(null))));
    AtomicBoolean cancel = new AtomicBoolean();
    List<String> messages = new ArrayList<>();
    ServerSync cancellable = new ServerSync(dir, server.client().cancellable(cancel::get));
    PushReport report = cancellable.push(List.of(), false, false, (done, total, message) -> {
      messages.add(done + "/" + total + " " + message);
      if (done == 2) {
        cancel.set(true);
      }
    });
    assertThat(report.failure().kind()).isEqualTo(DirectusCallException.Kind.CANCELLED);
    assertThat(serverState()).isEqualTo(serverBefore);
    assertThat(messages).anyMatch(m -> m.contains("Restoring 1 flow(s)"));
  }

  @Test
  void badInputIsNamed() throws Exception {
    Flow flow = SyncFlows.chain("Dangling", 2);
    save(flow.withOperation(SyncFlows.op(flow, "step_1").id(), op -> op.withResolve("nowhere")));
    assertThatThrownBy(() -> sync.push(List.of(), false, false, SyncProgress.NONE))
        .hasMessageContaining("dangling.json: operation step_1 links to nowhere");
    assertThatThrownBy(() -> sync.diff(List.of("missing-id")))
        .hasMessageContaining("--flow missing-id: no such flow");
    Files.writeString(dir.resolve("flows/broken.json"), "{\"id\": 1");
    assertThatThrownBy(() -> sync.status(List.of())).hasMessageContaining("broken.json");
    assertThatThrownBy(() -> new ServerSync(dir.resolve("nothing"), server.client()).push(List.of(), false, false,
        SyncProgress.NONE)).hasMessageContaining("is not a workspace");
  }

  private String serverState() {
    StringBuilder out = new StringBuilder();
    new java.util.TreeMap<>(server.flows()).forEach((id, flow) -> out.append(FlowContent.normal(flow.without(
        "date_created"))).append('\n'));
    new java.util.TreeMap<>(server.operations()).forEach((id, op) -> out.append(op).append('\n'));
    return out.toString();
  }

}
