package dev.flowsmith.workspace.server;

import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.FlowReader;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.Operation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Keeps a workspace's flows and a Directus server's in step: {@link #status}, {@link #pull},
 * {@link #diff} and {@link #push}. Flows are matched by id. An empty {@code ids} means every flow
 * (the workspace's and the server's; the temporary copies of {@link ServerRun} aside). What was
 * last pulled or pushed is recorded per server URL and flow as a content hash in
 * {@code .flowsmith/sync.json} (Directus 11 flows have no {@code date_updated}), which tells
 * "changed here" from "changed there".
 *
 * <p>Reading the server's flows is one request ({@code GET /flows} with the operations nested);
 * a push writes in batches over all flows ({@link PushPlanner}). Cancel through the client:
 * {@code new ServerSync(dir, http.cancellable(cancelled))}; a push cancelled halfway is rolled
 * back like a failed one.
 */
public final class ServerSync {

  private static final String FLOWS_QUERY = DirectusHttp.query("fields", "*,operations.*", "limit", "-1",
      "deep[operations][_limit]", "-1", "sort", "name");

  private final Path workspace;
  private final DirectusHttp http;

  public ServerSync(Path workspace, DirectusHttp http) {
    this.workspace = workspace;
    this.http = http;
  }

  public Path workspace() {
    return workspace;
  }

  public DirectusHttp http() {
    return http;
  }

  /** The state of each flow (workspace's and server's, or those of {@code ids}), sorted by name. */
  public List<FlowStatus> status(Collection<String> ids) throws DirectusCallException {
    Sides sides = sides(ids, Purpose.READ);
    List<FlowStatus> out = new ArrayList<>();
    for (String id : sides.ids) {
      out.add(new FlowStatus(id, sides.name(id), sides.state(id)));
    }
    return out;
  }

  /**
   * Writes each server flow into {@code flows/<slug>.json} (its existing file if it has one) in the
   * canonical form and records its hash. A file that already holds the server's content is left
   * byte for byte. A flow changed in the workspace since the last pull is kept unless
   * {@code overwrite}.
   */
  public PullReport pull(Collection<String> ids, boolean overwrite, SyncProgress progress)
      throws DirectusCallException {
    int before = http.requestCount();
    progress.update(0, 1, "Reading the flows of " + http.url());
    Sides sides = sides(ids, Purpose.PULL);
    WorkspaceFolder folder = sides.folder;
    List<String> wanted = sides.ids.stream().filter(sides.server::containsKey).toList();
    List<PullReport.PulledFlow> pulled = new ArrayList<>();
    try {
      int done = 0;
      for (String id : wanted) {
        http.checkCancelled();
        Flow server = sides.server.get(id);
        FlowState state = sides.state(id);
        progress.update(done, wanted.size(), "Pulling " + server.name());
        boolean keep = !overwrite && (state == FlowState.CHANGED_HERE || state == FlowState.CHANGED_BOTH);
        boolean write = state != FlowState.SAME && !keep;
        Path file = write ? folder.saveFlow(server) : folder.fileOf(id).orElseThrow();
        if (!keep) {
          sides.record.put(id, server.name(), FlowContent.hash(server));
        }
        pulled.add(new PullReport.PulledFlow(id, server.name(), file, write, keep));
        done++;
      }
      sides.record.save();
      progress.update(wanted.size(), wanted.size(), "Pulled " + wanted.size() + " flow(s)");
    } catch (IOException unwritable) {
      throw DirectusCallException.config("cannot write the workspace " + workspace + ": " + unwritable.getMessage());
    }
    return new PullReport(pulled, http.requestCount() - before);
  }

  /** {@link #pull(Collection, boolean, SyncProgress)} keeping workspace changes. */
  public PullReport pull(Collection<String> ids, SyncProgress progress) throws DirectusCallException {
    return pull(ids, false, progress);
  }

  /** Field by field, what differs (SAME flows included, with no differences), sorted by name. */
  public List<FlowDiff> diff(Collection<String> ids) throws DirectusCallException {
    Sides sides = sides(ids, Purpose.READ);
    List<FlowDiff> out = new ArrayList<>();
    for (String id : sides.ids) {
      Flow local = sides.local.get(id);
      Flow server = sides.server.get(id);
      List<FieldDifference> differences = local != null && server != null
          ? FlowContent.differences(local, server) : List.of();
      out.add(new FlowDiff(id, sides.name(id), sides.state(id), differences));
    }
    return out;
  }

  /**
   * Makes the server match the workspace for the workspace's flows (or {@code ids}); flows only on
   * the server are left alone. Refuses (nothing sent, {@link PushReport#conflicts()}) when a server
   * flow changed since the last pull, or differs with nothing recorded, unless {@code force}. On a
   * failure or cancel halfway, the flows touched are restored to their state before the push
   * ({@link PushReport#rollback()}).
   */
  public PushReport push(Collection<String> ids, boolean dryRun, boolean force, SyncProgress progress)
      throws DirectusCallException {
    int before = http.requestCount();
    progress.update(0, 1, "Reading the flows of " + http.url());
    Sides sides = sides(ids, Purpose.PUSH);
    List<PushPlanner.Change> changes = new ArrayList<>();
    List<FlowStatus> conflicts = new ArrayList<>();
    for (String id : sides.ids) {
      Flow local = sides.local.get(id);
      if (local == null) {
        continue; // only on the server: a push never deletes a server's flow
      }
      checkLinks(local, sides.folder);
      FlowState state = sides.state(id);
      if (!force && (state == FlowState.CHANGED_THERE || state == FlowState.CHANGED_BOTH)) {
        conflicts.add(new FlowStatus(id, local.name(), state));
      }
      changes.add(new PushPlanner.Change(local, sides.server.get(id)));
    }
    List<PushStep> planned = PushPlanner.plan(changes);
    if (!conflicts.isEmpty() || dryRun) {
      return new PushReport(planned, List.of(), conflicts, http.requestCount() - before, dryRun, null, List.of());
    }
    List<PushStep> done = new ArrayList<>();
    for (PushStep step : planned) {
      progress.update(done.size(), planned.size(), step.toString());
      try {
        send(http, step);
      } catch (DirectusCallException failed) {
        List<String> rollback = rollBack(sides, done, step, progress);
        return new PushReport(planned, done, List.of(), http.requestCount() - before, false, failed, rollback);
      }
      done.add(step);
    }
    for (PushPlanner.Change change : changes) {
      Flow local = change.wanted();
      sides.record.put(local.id(), local.name(), FlowContent.hash(local));
    }
    try {
      sides.record.save();
    } catch (IOException unwritable) {
      throw DirectusCallException.config("pushed, but cannot record it in " + workspace.resolve(SyncRecord.FILE)
          + ": " + unwritable.getMessage());
    }
    progress.update(planned.size(), planned.size(), "Pushed " + changes.size() + " flow(s) in " + planned.size()
        + " write request(s)");
    return new PushReport(planned, done, List.of(), http.requestCount() - before, false, null, List.of());
  }

  private static void send(DirectusHttp calls, PushStep step) throws DirectusCallException {
    JsonValue body = step.body();
    switch (step.method()) {
      case "POST" -> calls.post(step.path(), body == null ? JsonValue.NULL : body);
      case "PATCH" -> calls.patch(step.path(), body == null ? JsonValue.NULL : body);
      case "DELETE" -> calls.delete(step.path(), body);
      default -> throw new IllegalArgumentException(step.method());
    }
  }

  /**
   * Puts the flows a failed push touched back as they were: reads them again and plans from what
   * the server has now to what it had (flows the push created are deleted). Runs even after a
   * cancel.
   */
  private List<String> rollBack(Sides sides, List<PushStep> done, PushStep failed, SyncProgress progress) {
    Set<String> touched = new LinkedHashSet<>();
    done.forEach(step -> touched.addAll(step.flowIds()));
    touched.addAll(failed.flowIds());
    List<String> out = new ArrayList<>();
    if (touched.isEmpty()) {
      return out;
    }
    DirectusHttp calls = http.uncancellable();
    progress.update(done.size(), done.size(), "Restoring " + touched.size() + " flow(s) to their state before the push");
    try {
      Map<String, Flow> now = serverFlows(calls);
      List<PushPlanner.Change> back = new ArrayList<>();
      for (String id : touched) {
        Flow current = now.get(id);
        Flow original = sides.server.get(id);
        if (current != null || original != null) {
          back.add(new PushPlanner.Change(original, current));
        }
      }
      for (PushStep step : PushPlanner.plan(back)) {
        send(calls, step);
      }
      for (String id : touched) {
        Flow original = sides.server.get(id);
        out.add(original == null ? "deleted " + sides.name(id) + " (" + id + "), which the push had created"
            : "restored " + sides.name(id) + " (" + id + ") to its state before the push");
      }
    } catch (DirectusCallException alsoFailed) {
      out.add("could not restore " + String.join(", ", touched) + ": " + alsoFailed.plainMessage()
          + " — pull to see what the server has now");
    }
    return out;
  }

  /** A link to an operation the flow does not have would fail on the server with a foreign-key error. */
  private static void checkLinks(Flow flow, WorkspaceFolder folder) throws DirectusCallException {
    String file = folder.fileOf(flow.id()).map(Path::toString).orElse(flow.id());
    Set<String> ids = new LinkedHashSet<>();
    flow.operations().forEach(op -> ids.add(op.id()));
    if (flow.operation() != null && !ids.contains(flow.operation())) {
      throw DirectusCallException.config(file + ": $.operation names " + flow.operation()
          + ", which is not an operation of the flow");
    }
    for (Operation op : flow.operations()) {
      for (String link : new String[] {op.resolve(), op.reject()}) {
        if (link != null && !ids.contains(link)) {
          throw DirectusCallException.config(file + ": operation " + op.key() + " links to " + link
              + ", which is not an operation of the flow");
        }
      }
    }
  }

  /** The workspace's flows, the server's, and the record, for the flows in scope. */
  private Sides sides(Collection<String> ids, Purpose purpose) throws DirectusCallException {
    WorkspaceFolder folder;
    try {
      if (WorkspaceFolder.isWorkspace(workspace)) {
        folder = WorkspaceFolder.open(workspace);
      } else if (purpose == Purpose.PULL) {
        folder = WorkspaceFolder.create(workspace);
      } else {
        throw DirectusCallException.config(workspace + " is not a workspace (no workspace.json nor flows/ folder); "
            + "pull into it first, or give --workspace DIR");
      }
    } catch (IOException | FlowFormatException unreadable) {
      throw DirectusCallException.config(unreadable.getMessage());
    }
    if (!folder.problems().isEmpty()) {
      FlowFormatException first = folder.problems().get(0);
      throw DirectusCallException.config(first.getMessage() + (folder.problems().size() > 1
          ? " (and " + (folder.problems().size() - 1) + " more broken flow file(s))" : "")
          + "; fix the file first");
    }
    SyncRecord record = SyncRecord.load(workspace, http.url());
    Map<String, Flow> server = serverFlows(http);
    Map<String, Flow> local = new LinkedHashMap<>();
    folder.flows().forEach(flow -> local.put(flow.id(), flow));
    Set<String> scope = new LinkedHashSet<>();
    if (ids.isEmpty()) {
      scope.addAll(local.keySet());
      scope.addAll(server.keySet());
    } else {
      for (String id : ids) {
        if (!local.containsKey(id) && !server.containsKey(id)) {
          throw DirectusCallException.config("--flow " + id + ": no such flow in " + workspace + " nor on "
              + http.url());
        }
        scope.add(id);
      }
    }
    Sides sides = new Sides(folder, record, local, server);
    sides.ids.addAll(scope.stream().sorted(Comparator.comparing(sides::name).thenComparing(id -> id)).toList());
    return sides;
  }

  /** Every flow on the server by id, with its operations, in one request. */
  static Map<String, Flow> serverFlows(DirectusHttp calls) throws DirectusCallException {
    JsonValue answer = calls.get("/flows" + FLOWS_QUERY);
    Map<String, Flow> flows = new LinkedHashMap<>();
    if (!(DirectusHttp.data(answer) instanceof JsonArray rows)) {
      throw new DirectusCallException(DirectusCallException.Kind.SERVER_ERROR, 200, null,
          "GET /flows answered without a list of flows");
    }
    if (rows.elements().isEmpty()) {
      return flows;
    }
    try {
      for (Flow flow : FlowReader.read(JsonText.compact(answer), calls.url() + "/flows").flows()) {
        if (!flow.name().startsWith(ServerRun.NAME_PREFIX)) {
          flows.put(flow.id(), flow);
        }
      }
    } catch (FlowFormatException unreadable) {
      throw new DirectusCallException(DirectusCallException.Kind.SERVER_ERROR, 200, null,
          "the server's flows could not be read: " + unreadable.getMessage());
    }
    return flows;
  }

  private enum Purpose { READ, PULL, PUSH }

  private static final class Sides {
    final WorkspaceFolder folder;
    final SyncRecord record;
    final Map<String, Flow> local;
    final Map<String, Flow> server;
    final List<String> ids = new ArrayList<>();

    Sides(WorkspaceFolder folder, SyncRecord record, Map<String, Flow> local, Map<String, Flow> server) {
      this.folder = folder;
      this.record = record;
      this.local = local;
      this.server = server;
    }

    String name(String id) {
      Flow flow = local.containsKey(id) ? local.get(id) : server.get(id);
      return flow == null ? id : flow.name();
    }

    FlowState state(String id) {
      Flow here = local.get(id);
      Flow there = server.get(id);
      if (there == null) {
        return FlowState.ONLY_HERE;
      }
      if (here == null) {
        return FlowState.ONLY_THERE;
      }
      String hereHash = FlowContent.hash(here);
      String thereHash = FlowContent.hash(there);
      if (hereHash.equals(thereHash)) {
        return FlowState.SAME;
      }
      @Nullable String recorded = record.hash(id).orElse(null);
      if (recorded == null) {
        return FlowState.CHANGED_BOTH;
      }
      boolean changedHere = !hereHash.equals(recorded);
      boolean changedThere = !thereHash.equals(recorded);
      return changedHere && changedThere ? FlowState.CHANGED_BOTH
          : changedThere ? FlowState.CHANGED_THERE : FlowState.CHANGED_HERE;
    }
  }
}
