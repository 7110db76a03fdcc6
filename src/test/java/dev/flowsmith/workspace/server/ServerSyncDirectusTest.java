package dev.flowsmith.workspace.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.operation.StandardOperations;
import dev.flowsmith.format.FlowReader;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonNumber;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.Operation;
import dev.flowsmith.model.OperationType;
import dev.flowsmith.model.TriggerType;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pull, diff and push against the real Directus 11.11. Every flow made here has fresh ids, a
 * {@value #PREFIX} name and status inactive (nothing fires on the shared server), and is deleted
 * afterwards.
 */
@Tag("directus")
class ServerSyncDirectusTest {

  static final String PREFIX = "[flowsmith sync test] ";
  static final List<String> EXAMPLES = List.of("email-on-publish.json", "invoice-totals.json",
      "scheduled-cleanup.json", "webhook-with-error-branch.json");

  @TempDir
  Path dir;

  final DirectusHttp http = DirectusServer.client();
  final List<String> created = new ArrayList<>();

  @AfterEach
  void deleteWhatWasMade() {
    for (String id : created) {
      try {
        http.delete("/flows/" + id, null);
      } catch (DirectusCallException gone) {
        // never pushed, or rolled back
      }
    }
  }

  /** A copy with fresh ids (links and entry mapped), a test name, inactive. */
  Flow fresh(Flow flow) {
    String id = UUID.randomUUID().toString();
    created.add(id);
    Map<String, String> ids = new HashMap<>();
    flow.operations().forEach(op -> ids.put(op.id(), UUID.randomUUID().toString()));
    List<Operation> ops = new ArrayList<>();
    for (Operation op : flow.operations()) {
      ops.add(new Operation(ids.get(op.id()), op.name(), op.key(), op.type(), op.position(), op.options(),
          op.resolve() == null ? null : ids.get(op.resolve()), op.reject() == null ? null : ids.get(op.reject()), id,
          null, null, JsonObject.EMPTY));
    }
    return new Flow(id, PREFIX + flow.name() + " " + id.substring(0, 6), flow.icon(), flow.color(),
        flow.description(), Flow.INACTIVE, flow.trigger(), flow.accountability(), flow.options(),
        flow.operation() == null ? null : ids.get(flow.operation()), null, null, ops, JsonObject.EMPTY);
  }

  /** One flow per trigger type; the manual one runs through all 15 operation types. */
  List<Flow> allTypes() {
    List<Flow> flows = new ArrayList<>();
    Map<TriggerType, JsonObject> triggers = new LinkedHashMap<>();
    triggers.put(TriggerType.MANUAL, JsonObject.builder().put("collections", JsonArray.ofStrings(List.of("directus_users")))
        .put("requireConfirmation", JsonValue.TRUE).build());
    triggers.put(TriggerType.EVENT, JsonObject.builder().put("type", "action")
        .put("scope", JsonArray.ofStrings(List.of("items.create"))).put("collections",
            JsonArray.ofStrings(List.of("directus_users"))).build());
    triggers.put(TriggerType.WEBHOOK, JsonObject.builder().put("method", "POST").put("async", JsonValue.FALSE).build());
    triggers.put(TriggerType.SCHEDULE, JsonObject.builder().put("cron", "0 0 1 1 *").build());
    triggers.put(TriggerType.OPERATION, JsonObject.builder().put("return", "$last").build());
    for (Map.Entry<TriggerType, JsonObject> trigger : triggers.entrySet()) {
      String id = UUID.randomUUID().toString();
      List<Operation> ops = new ArrayList<>();
      List<OperationType> types = trigger.getKey() == TriggerType.MANUAL ? StandardOperations.core()
          : List.of(StandardOperations.types().find("log").orElseThrow());
      List<String> opIds = types.stream().map(t -> UUID.randomUUID().toString()).toList();
      for (int i = 0; i < types.size(); i++) {
        OperationType type = types.get(i);
        ops.add(new Operation(opIds.get(i), type.displayName(), type.id().replace('-', '_') + "_" + i, type.id(),
            new GridPosition(19 + 18 * i, 1 + 18 * (i % 2)), JsonObject.builder().put("note", "type " + type.id())
                .put("ratio", new JsonNumber("1.50")).put("nested", JsonObject.builder().put("b", JsonValue.of(2))
                    .put("a", JsonArray.ofStrings(List.of("x", "y"))).build()).build(),
            i + 1 < types.size() ? opIds.get(i + 1) : null, i == 0 && types.size() > 2 ? opIds.get(2) : null, id,
            null, null, JsonObject.EMPTY));
      }
      flows.add(fresh(new Flow(id, "All types " + trigger.getKey().id(), "bolt", "#6644FF", "every type",
          Flow.INACTIVE, trigger.getKey().id(), "all", trigger.getValue(), opIds.get(0), null, null, ops,
          JsonObject.EMPTY)));
    }
    assertThat(flows.get(0).operations()).hasSize(15);
    return flows;
  }

  List<Flow> examples() throws Exception {
    List<Flow> flows = new ArrayList<>();
    for (String name : EXAMPLES) {
      flows.add(fresh(FlowReader.read(Path.of("resources/examples", name)).single()));
    }
    return flows;
  }

  WorkspaceFolder workspace(List<Flow> flows) throws Exception {
    WorkspaceFolder folder = WorkspaceFolder.create(dir);
    for (Flow flow : flows) {
      folder.saveFlow(flow);
    }
    return folder;
  }

  /** The server's flow as Directus exports it, read independently of ServerSync. */
  Flow exported(String id) throws Exception {
    JsonValue answer = http.get("/flows" + DirectusHttp.query("filter[id][_eq]", id, "fields", "*,operations.*",
        "deep[operations][_limit]", "-1"));
    return FlowReader.read(dev.flowsmith.format.JsonText.compact(answer), "GET /flows").single();
  }

  List<String> ids(List<Flow> flows) {
    return flows.stream().map(Flow::id).toList();
  }

  @Test
  void pushTheExamplesAndEveryTypeThenExportAndCompareFieldByField() throws Exception {
    List<Flow> flows = new ArrayList<>(examples());
    flows.addAll(allTypes());
    workspace(flows);
    ServerSync sync = new ServerSync(dir, http);
    PushReport report = sync.push(ids(flows), false, false, SyncProgress.NONE);
    assertThat(report.failure()).isNull();
    assertThat(report.done()).hasSize(4); // create flows, operations, links, then entries: all in batches
    for (Flow flow : flows) {
      Flow server = exported(flow.id());
      assertThat(FlowContent.differences(flow, server)).as(flow.name()).isEmpty();
      assertThat(server.operations()).extracting(Operation::id)
          .containsExactlyInAnyOrderElementsOf(flow.operations().stream().map(Operation::id).toList());
      assertThat(server.operation()).isEqualTo(flow.operation());
      assertThat(server.trigger()).isEqualTo(flow.trigger());
    }
    assertThat(sync.status(ids(flows))).extracting(FlowStatus::state).containsOnly(FlowState.SAME);

    // pull then push with no edits changes nothing: no file rewritten, no write request
    Map<Path, String> before = files();
    PullReport pulled = sync.pull(ids(flows), SyncProgress.NONE);
    assertThat(pulled.flows()).noneMatch(PullReport.PulledFlow::written);
    assertThat(files()).isEqualTo(before);
    int requests = http.requestCount();
    PushReport again = sync.push(ids(flows), false, false, SyncProgress.NONE);
    assertThat(again.planned()).isEmpty();
    assertThat(http.requestCount() - requests).isEqualTo(1); // the one GET /flows
  }

  @Test
  void pullEditPushPullGivesTheSameFile() throws Exception {
    Flow flow = allTypes().get(0);
    // made on the server by someone else: pull brings it in
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    WorkspaceFolder.create(elsewhere).saveFlow(flow);
    assertThat(new ServerSync(elsewhere, http).push(List.of(flow.id()), false, false, SyncProgress.NONE).succeeded())
        .isTrue();
    ServerSync sync = new ServerSync(dir, http);
    PullReport pulled = sync.pull(List.of(flow.id()), SyncProgress.NONE);
    Path file = pulled.flows().get(0).file();
    assertThat(file.getFileName().toString()).startsWith("flowsmith-sync-test-all-types-manual");
    Flow local = WorkspaceFolder.open(dir).flow(flow.id()).orElseThrow();
    // edit: reverse two links (unique columns), drop an operation, add one, change an option number
    Operation first = local.operations().stream().filter(op -> op.id().equals(local.operation())).findFirst()
        .orElseThrow();
    Operation second = local.operationById(first.resolve()).orElseThrow();
    Operation third = local.operationById(second.resolve()).orElseThrow();
    Operation fourth = local.operationById(third.resolve()).orElseThrow();
    Operation added = Operation.create(UUID.randomUUID().toString(), "added_one", "log", new GridPosition(1, 40),
        flow.id()).withOptions(JsonObject.builder().put("message", "new").build());
    List<Operation> ops = new ArrayList<>();
    for (Operation op : local.operations()) {
      if (op.id().equals(fourth.id())) {
        continue;
      }
      if (op.id().equals(first.id())) {
        op = op.withResolve(third.id()).withReject(second.id());
      } else if (op.id().equals(second.id())) {
        op = op.withResolve(added.id()).withOptions(JsonObject.builder().put("ratio", new JsonNumber("2.50")).build());
      } else if (op.id().equals(third.id())) {
        op = op.withResolve(fourth.resolve());
      }
      ops.add(op);
    }
    ops.add(added);
    WorkspaceFolder.open(dir).saveFlow(local.withOperations(ops).withName(local.name() + " edited"));
    byte[] edited = Files.readAllBytes(file);
    assertThat(sync.status(List.of(flow.id()))).extracting(FlowStatus::state).containsExactly(FlowState.CHANGED_HERE);
    PushReport pushed = sync.push(List.of(flow.id()), false, false, SyncProgress.NONE);
    assertThat(pushed.failure()).as(String.valueOf(pushed.failure())).isNull();
    PullReport again = sync.pull(List.of(flow.id()), SyncProgress.NONE);
    assertThat(again.flows()).singleElement().satisfies(f -> assertThat(f.written()).isFalse());
    assertThat(Files.readAllBytes(file)).isEqualTo(edited);
    // a fresh pull elsewhere writes the same content
    Path other = Files.createDirectories(dir.resolve("fresh"));
    Path freshFile = new ServerSync(other, http).pull(List.of(flow.id()), SyncProgress.NONE).flows().get(0).file();
    assertThat(FlowContent.hash(FlowReader.read(freshFile).single()))
        .isEqualTo(FlowContent.hash(FlowReader.read(file).single()));
  }

  @Test
  void aFlowChangedOnTheServerIsNotOverwrittenWithoutForce() throws Exception {
    Flow flow = examples().get(0);
    workspace(List.of(flow));
    ServerSync sync = new ServerSync(dir, http);
    sync.push(List.of(flow.id()), false, false, SyncProgress.NONE);
    http.patch("/flows/" + flow.id(), JsonObject.builder().put("description", "changed on the server").build());
    WorkspaceFolder.open(dir).saveFlow(flow.withName(flow.name() + " here"));
    PushReport refused = sync.push(List.of(flow.id()), false, false, SyncProgress.NONE);
    assertThat(refused.refused()).isTrue();
    assertThat(exported(flow.id()).description()).isEqualTo("changed on the server");
    assertThat(sync.push(List.of(flow.id()), false, true, SyncProgress.NONE).succeeded()).isTrue();
    assertThat(exported(flow.id()).description()).isEqualTo(flow.description());
  }

  @Test
  void aFailureHalfwayIsRolledBack() throws Exception {
    List<Flow> flows = examples();
    Flow existing = flows.get(3);
    workspace(List.of(existing));
    ServerSync sync = new ServerSync(dir, http);
    sync.push(List.of(existing.id()), false, false, SyncProgress.NONE);
    Flow serverBefore = exported(existing.id());
    // change the existing flow (an operation goes, another is added) and add a new flow
    Flow edited = existing.withOperations(existing.operations().subList(0, existing.operations().size() - 1).stream()
        .map(op -> op.resolve() != null && existing.operationById(op.resolve()).isPresent()
            && op.resolve().equals(existing.operations().get(existing.operations().size() - 1).id())
            ? op.withResolve(null) : op)
        .map(op -> op.reject() != null && op.reject().equals(existing.operations().get(existing.operations().size() - 1)
            .id()) ? op.withReject(null) : op).toList());
    Flow added = flows.get(1);
    workspace(List.of(edited, added));

    // injected: the 4th write fails
    AtomicInteger writes = new AtomicInteger();
    ServerSync failing = new ServerSync(dir, http.withTransport(inner -> request ->
        !request.method().equals("GET") && writes.incrementAndGet() == 4
            ? CompletableFuture.failedFuture(new java.io.IOException("connection reset (injected)"))
            : inner.send(request)));
    PushReport report = failing.push(List.of(existing.id(), added.id()), false, false, SyncProgress.NONE);
    assertThat(report.failure()).isNotNull();
    assertThat(report.done()).hasSize(3);
    assertThat(report.rollback()).anyMatch(line -> line.startsWith("restored " + edited.name()))
        .anyMatch(line -> line.startsWith("deleted " + added.name()));
    assertThat(FlowContent.differences(serverBefore, exported(existing.id()))).isEmpty();
    assertThat(ServerSync.serverFlows(http)).doesNotContainKey(added.id());

    // real: the server refuses an operation id another flow already uses (unique primary key)
    Flow other = flows.get(2);
    workspace(List.of(other));
    sync.push(List.of(other.id()), false, true, SyncProgress.NONE);
    String taken = other.operations().get(0).id();
    Flow clash = added;
    Operation stolen = clash.operations().get(clash.operations().size() - 1);
    Flow withClash = clash.withOperations(clash.operations().stream().map(op -> op.id().equals(stolen.id())
        ? new Operation(taken, op.name(), op.key(), op.type(), op.position(), op.options(), op.resolve(), op.reject(),
            op.flow(), null, null, JsonObject.EMPTY)
        : op.resolve() != null && op.resolve().equals(stolen.id()) ? op.withResolve(taken)
        : op.reject() != null && op.reject().equals(stolen.id()) ? op.withReject(taken) : op).toList());
    if (stolen.id().equals(withClash.operation())) {
      withClash = withClash.withEntry(taken);
    }
    workspace(List.of(withClash));
    PushReport refused = sync.push(List.of(existing.id(), added.id()), false, false, SyncProgress.NONE);
    assertThat(refused.failure()).isNotNull();
    assertThat(refused.failure().status()).isBetween(400, 599);
    // the clash is in the first POST /operations: only the new flow had been touched
    assertThat(refused.rollback()).containsExactly("deleted " + added.name() + " (" + added.id()
        + "), which the push had created");
    assertThat(FlowContent.differences(serverBefore, exported(existing.id()))).isEmpty();
    assertThat(ServerSync.serverFlows(http)).doesNotContainKey(added.id());
    assertThat(exported(other.id()).operationById(taken)).isPresent();
  }

  @Test
  void badTokenAndServerDown() throws Exception {
    workspace(List.of());
    ServerSync wrong = new ServerSync(dir, new DirectusHttp(DirectusServer.url(), "not-a-token-" + UUID.randomUUID()));
    try {
      wrong.status(List.of());
      throw new AssertionError("a wrong token was accepted");
    } catch (DirectusCallException refused) {
      assertThat(refused.kind()).isEqualTo(DirectusCallException.Kind.BAD_TOKEN);
    }
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    ServerSync down = new ServerSync(dir, new DirectusHttp(URI.create("http://127.0.0.1:" + port), "t"));
    try {
      down.pull(List.of(), SyncProgress.NONE);
      throw new AssertionError("a closed port answered");
    } catch (DirectusCallException unreachable) {
      assertThat(unreachable.kind()).isEqualTo(DirectusCallException.Kind.UNREACHABLE);
    }
    assertThat(ServerVersion.check(http)).hasValueSatisfying(v -> assertThat(v).startsWith("11."));
  }

  Map<Path, String> files() throws Exception {
    Map<Path, String> out = new LinkedHashMap<>();
    try (var listing = Files.list(dir.resolve("flows"))) {
      for (Path file : listing.sorted().toList()) {
        out.put(file, Files.readString(file));
      }
    }
    return out;
  }
}
