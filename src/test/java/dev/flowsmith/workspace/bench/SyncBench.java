package dev.flowsmith.workspace.bench;

import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.Operation;
import dev.flowsmith.workspace.server.DirectusCallException;
import dev.flowsmith.workspace.server.DirectusHttp;
import dev.flowsmith.workspace.server.PullReport;
import dev.flowsmith.workspace.server.PushReport;
import dev.flowsmith.workspace.server.ServerSync;
import dev.flowsmith.workspace.server.SyncProgress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Push and pull of N flows × 20 operations against a real Directus (DIRECTUS_URL, DIRECTUS_TOKEN;
 * defaults: the test server): first push (create), pull into an empty workspace, a push after an
 * edit in every flow (one option changed, one operation replaced), and a push with nothing to do.
 * The flows are inactive and deleted at the end. Not a test; run it by hand:
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.flowsmith.workspace.bench.SyncBench 100 10
 * </pre>
 */
public final class SyncBench {

  private static final int OPERATIONS = 20;

  public static void main(String[] args) throws Exception {
    List<Integer> sizes = new ArrayList<>();
    for (String arg : args.length == 0 ? new String[] {"100", "10"} : args) {
      sizes.add(Integer.parseInt(arg));
    }
    String url = System.getenv().getOrDefault("DIRECTUS_URL", "http://127.0.0.1:8055");
    String token = System.getenv().getOrDefault("DIRECTUS_TOKEN", "dxo-static-admin-token");
    for (int size : sizes) {
      run(new DirectusHttp(URI.create(url), token), size);
    }
  }

  private static void run(DirectusHttp http, int size) throws Exception {
    Path dir = Files.createTempDirectory("sync-bench");
    WorkspaceFolder folder = WorkspaceFolder.create(dir);
    List<Flow> flows = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      flows.add(flow("[flowsmith bench] flow " + i + " " + UUID.randomUUID().toString().substring(0, 6)));
      folder.saveFlow(flows.get(i));
    }
    List<String> ids = flows.stream().map(Flow::id).toList();
    try {
      ServerSync sync = new ServerSync(dir, http);
      PushReport created = timed(size, "push (create)", () -> sync.push(ids, false, false, SyncProgress.NONE));
      check(created);
      Path other = Files.createTempDirectory("sync-bench-pull");
      ServerSync puller = new ServerSync(other, http);
      timedPull(size, "pull (new workspace)", () -> puller.pull(ids, SyncProgress.NONE));
      for (Flow flow : flows) {
        Operation last = flow.operations().get(OPERATIONS - 1);
        Operation replacement = new Operation(UUID.randomUUID().toString(), "Replaced", "replaced", "log",
            last.position(), JsonObject.builder().put("message", "new").build(), null, null, flow.id(), null, null,
            JsonObject.EMPTY);
        List<Operation> ops = new ArrayList<>(flow.operations().subList(0, OPERATIONS - 1));
        ops.set(OPERATIONS - 2, ops.get(OPERATIONS - 2).withResolve(replacement.id()));
        ops.set(0, ops.get(0).withOptions(JsonObject.builder().put("message", "edited").build()));
        ops.add(replacement);
        folder.saveFlow(flow.withOperations(ops));
      }
      check(timed(size, "push (edit each flow)", () -> sync.push(ids, false, false, SyncProgress.NONE)));
      check(timed(size, "push (nothing to do)", () -> sync.push(ids, false, false, SyncProgress.NONE)));
      timedPull(size, "pull (nothing new)", () -> sync.pull(ids, SyncProgress.NONE));
    } finally {
      for (String id : ids) {
        try {
          http.delete("/flows/" + id, null);
        } catch (DirectusCallException gone) {
          // not created
        }
      }
    }
  }

  private interface Call<T> {
    T call() throws Exception;
  }

  private static PushReport timed(int size, String what, Call<PushReport> call) throws Exception {
    long start = System.nanoTime();
    PushReport report = call.call();
    System.out.printf(Locale.ROOT, "%3d flows x %d ops  %-22s %6.2f s  %4d requests (%d writes)%n", size, OPERATIONS,
        what, (System.nanoTime() - start) / 1e9, report.requests(), report.done().size());
    return report;
  }

  private static void timedPull(int size, String what, Call<PullReport> call) throws Exception {
    long start = System.nanoTime();
    PullReport report = call.call();
    System.out.printf(Locale.ROOT, "%3d flows x %d ops  %-22s %6.2f s  %4d requests (%d files written)%n", size,
        OPERATIONS, what, (System.nanoTime() - start) / 1e9, report.requests(),
        report.flows().stream().filter(PullReport.PulledFlow::written).count());
  }

  private static void check(PushReport report) {
    if (!report.succeeded()) {
      throw new IllegalStateException("push failed: " + report.failure() + " " + report.conflicts());
    }
  }

  private static Flow flow(String name) {
    String id = UUID.randomUUID().toString();
    List<String> opIds = new ArrayList<>();
    for (int i = 0; i < OPERATIONS; i++) {
      opIds.add(UUID.randomUUID().toString());
    }
    List<Operation> ops = new ArrayList<>();
    for (int i = 0; i < OPERATIONS; i++) {
      ops.add(new Operation(opIds.get(i), "Step " + i, "step_" + i, i % 2 == 0 ? "log" : "transform",
          new GridPosition(19 + 18 * i, 1), JsonObject.builder().put("message", "step " + i + " {{$trigger}}")
              .put("json", JsonObject.builder().put("n", JsonValue.of(i)).build()).build(),
          i + 1 < OPERATIONS ? opIds.get(i + 1) : null, null, id, null, null, JsonObject.EMPTY));
    }
    return new Flow(id, name, "bolt", null, "sync benchmark", Flow.INACTIVE, "manual", "all", JsonObject.EMPTY,
        opIds.get(0), null, null, ops, JsonObject.EMPTY);
  }
}
