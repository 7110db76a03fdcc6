package dev.flowsmith.workspace.server;

import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.JsonValue.JsonString;
import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.Operation;
import dev.flowsmith.workspace.history.DirectusLogImport;
import dev.flowsmith.workspace.history.RunRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Runs a flow on a Directus server with a given {@code $trigger} and brings back its run log as
 * a {@link RunRecord} of the original flow (source {@value #SOURCE}).
 *
 * <p>The server runs a temporary copy, never the flow itself: two inactive flows named
 * {@code [flowsmith run] <name> <random>} are created in the order Directus accepts without a
 * foreign-key error (flow inactive → operations unlinked → links → entry and status):
 * <ul>
 *   <li>the <b>copy</b>: the flow's operations under an {@code operation} trigger with
 *       {@code accountability: "all"} (so Directus logs the run) and {@code return: "$all"};
 *   <li>the <b>launcher</b>: a webhook ({@code POST}, {@code async: false}) whose one
 *       {@code trigger} operation calls the copy with the posted payload.
 * </ul>
 * A Trigger Flow operation hands its payload over unchanged, so the copy's {@code $trigger} is
 * exactly the given value whatever the original trigger type (event, schedule, manual, webhook,
 * operation) — the way the golden runs were recorded. What this cannot reproduce: the trigger's own
 * behaviour (webhook method/async/response, an event filter blocking its change, cron), an array
 * {@code $trigger} (a Trigger Flow operation runs the flow once per element: refused), and
 * {@code $accountability}, which is the token's user on the server.
 *
 * <p>Both flows and their operations are deleted in {@code finally}, also after a failure or a
 * cancel; the run's revision and activity stay in the server's history, as for any run.
 * {@link #cleanLeftovers} deletes copies older than ten minutes that a killed process left.
 */
public final class ServerRun {

  public static final String NAME_PREFIX = "[flowsmith run] ";
  public static final String SOURCE = "server";
  public static final Duration LEFTOVER_AGE = Duration.ofMinutes(10);

  private static final int LOG_POLLS = 40;
  private static final long LOG_POLL_MILLIS = 250;
  private static final int TRIGGER_ATTEMPTS = 20;

  private final DirectusHttp http;
  private final Clock clock;

  /**
   * What came back.
   *
   * @param record the server's run, as a run of the original flow (its ids, source {@code server})
   * @param response what the launcher's webhook answered (the copy's chain as {@code $all}, JSON)
   * @param requests requests made for this run, clean-up included
   * @param cleanupProblems what could not be deleted (empty when all went)
   */
  public record Outcome(RunRecord record, JsonValue response, int requests, List<String> cleanupProblems) {}

  public ServerRun(DirectusHttp http) {
    this(http, Clock.systemUTC());
  }

  ServerRun(DirectusHttp http, Clock clock) {
    this.http = http;
    this.clock = clock;
  }

  /** Runs {@code flow} on the server with {@code trigger} as its {@code $trigger}. */
  public Outcome run(Flow flow, JsonValue trigger, Consumer<String> progress, BooleanSupplier cancelled)
      throws DirectusCallException {
    if (trigger instanceof JsonArray) {
      throw DirectusCallException.config("an array $trigger cannot be reproduced on the server: a Trigger Flow "
          + "operation would run the copy once per element. Wrap it in an object, or run locally");
    }
    if (flow.operation() == null || flow.operationById(flow.operation()).isEmpty()) {
      throw DirectusCallException.config("flow '" + flow.name() + "' has no first operation: nothing would run");
    }
    int before = http.requestCount();
    List<String> problems = new ArrayList<>();
    Attempt attempt = new Attempt(flow);
    try {
      cleanLeftoversQuietly(progress);
      RunRecord record;
      JsonValue response;
      try {
        DirectusHttp calls = http.cancellable(cancelled);
        attempt.create(calls, progress);
        progress.accept("Running on the server");
        Instant started = clock.instant();
        long startNanos = System.nanoTime();
        response = trigger(calls, attempt.launcherId, trigger);
        long micros = (System.nanoTime() - startNanos) / 1000;
        progress.accept("Reading the run log");
        record = readLog(calls, attempt, started, micros);
      } finally {
        DirectusHttp cleanup = http.uncancellable();
        for (int i = attempt.created.size() - 1; i >= 0; i--) {
          String id = attempt.created.get(i);
          try {
            deleteFlow(cleanup, id);
          } catch (DirectusCallException failed) {
            problems.add("could not delete the temporary flow " + id + ": " + failed.plainMessage());
          }
        }
      }
      return new Outcome(record, response, http.requestCount() - before, problems);
    } finally {
      if (!problems.isEmpty()) {
        progress.accept(String.join("; ", problems));
      }
    }
  }

  /** The two temporary flows of one run: ids chosen up front, so clean-up knows them whatever failed. */
  private static final class Attempt {
    final Flow flow;
    final String name;
    final Map<String, String> operationIds = new LinkedHashMap<>();
    final String copyId = UUID.randomUUID().toString();
    final String launcherId = UUID.randomUUID().toString();
    final List<String> created = new ArrayList<>();

    Attempt(Flow flow) {
      this.flow = flow;
      this.name = NAME_PREFIX + flow.name() + " " + UUID.randomUUID().toString().substring(0, 8);
      flow.operations().forEach(op -> operationIds.put(op.id(), UUID.randomUUID().toString()));
    }

    void create(DirectusHttp calls, Consumer<String> progress) throws DirectusCallException {
      progress.accept("Creating a temporary copy on " + calls.url());
      List<Operation> copies = copy().operations();
      created.add(copyId);
      createFlow(calls, copyId, name, "operation", JsonObject.builder().put("return", "$all").build(), "all",
          mapped(flow.operation()), copies);
      String launchOp = UUID.randomUUID().toString();
      Operation call = new Operation(launchOp, "Run the copy", "run_copy", "trigger", new GridPosition(19, 1),
          JsonObject.builder().put("flow", copyId).put("payload", "{{$trigger.body.payload}}")
              .put("iterationMode", "serial").build(), null, null, launcherId, null, null, JsonObject.EMPTY);
      created.add(launcherId);
      createFlow(calls, launcherId, name + " (launcher)", "webhook", JsonObject.builder().put("method", "POST")
          .put("async", JsonValue.FALSE).put("return", "$last").build(), null, launchOp, List.of(call));
    }

    @Nullable String mapped(@Nullable String operationId) {
      return operationId == null ? null : operationIds.get(operationId);
    }

    /** The copy as a flow, so the log's operation ids find their types. */
    Flow copy() {
      List<Operation> renamed = new ArrayList<>();
      for (Operation op : flow.operations()) {
        renamed.add(new Operation(operationIds.get(op.id()), op.name(), op.key(), op.type(), op.position(),
            op.options(), mapped(op.resolve()), mapped(op.reject()), copyId, null, null, JsonObject.EMPTY));
      }
      return new Flow(copyId, name, flow.icon(), flow.color(), flow.description(), Flow.INACTIVE, "operation",
          "all", JsonValue.NULL, mapped(flow.operation()), null, null, renamed, JsonObject.EMPTY);
    }
  }

  /** The safe order: flow inactive, operations unlinked, links, then entry and status. */
  private static void createFlow(DirectusHttp calls, String id, String name, String trigger, JsonObject options,
      @Nullable String accountability, @Nullable String entry, List<Operation> operations)
      throws DirectusCallException {
    calls.post("/flows", JsonObject.builder().put("id", id).put("name", name).put("icon", "science")
        .put("status", Flow.INACTIVE).put("trigger", trigger).put("accountability", accountability)
        .put("options", options).put("description", "Temporary copy made by Flowsmith to run a flow; "
            + "deleted when the run ends").build());
    List<JsonValue> unlinked = new ArrayList<>();
    List<JsonValue> links = new ArrayList<>();
    for (Operation op : operations) {
      unlinked.add(JsonObject.builder().put("id", op.id()).put("name", op.name()).put("key", op.key())
          .put("type", op.type()).put("position_x", JsonValue.of(op.position().x()))
          .put("position_y", JsonValue.of(op.position().y())).put("options", op.options())
          .put("flow", id).build());
      if (op.resolve() != null || op.reject() != null) {
        links.add(JsonObject.builder().put("id", op.id()).put("resolve", op.resolve()).put("reject", op.reject())
            .build());
      }
    }
    if (!unlinked.isEmpty()) {
      calls.post("/operations", new JsonArray(unlinked));
    }
    if (!links.isEmpty()) {
      calls.patch("/operations", new JsonArray(links));
    }
    calls.patch("/flows/" + id, JsonObject.builder().put("operation", entry).put("status", Flow.ACTIVE).build());
  }

  /**
   * Calls the launcher. Directus reloads its flows after a change in the background, so a webhook
   * just activated can answer 403 (unknown flow) for a moment: that is retried, nothing ran.
   */
  private JsonValue trigger(DirectusHttp calls, String launcherId, JsonValue payload) throws DirectusCallException {
    JsonObject body = JsonObject.builder().put("payload", payload).build();
    for (int attempt = 1; ; attempt++) {
      try {
        return calls.post("/flows/trigger/" + launcherId, body);
      } catch (DirectusCallException refused) {
        if (refused.kind() != DirectusCallException.Kind.FORBIDDEN || attempt >= TRIGGER_ATTEMPTS) {
          throw refused;
        }
        pause(calls);
      }
    }
  }

  private RunRecord readLog(DirectusHttp calls, Attempt attempt, Instant started, long micros)
      throws DirectusCallException {
    String query = DirectusHttp.query("filter[collection][_eq]", "directus_flows", "filter[item][_eq]",
        attempt.copyId, "sort", "-id", "limit", "1", "fields", "id,item,collection,data,activity.timestamp");
    for (int poll = 0; poll < LOG_POLLS; poll++) {
      JsonValue answer = calls.get("/revisions" + query);
      if (DirectusHttp.data(answer) instanceof JsonArray rows && !rows.elements().isEmpty()) {
        RunRecord copy;
        try {
          copy = DirectusLogImport.parse(JsonText.compact(answer), attempt.copy());
        } catch (FlowFormatException unreadable) {
          throw new DirectusCallException(DirectusCallException.Kind.SERVER_ERROR, 0, null,
              "the server's run log could not be read: " + unreadable.getMessage());
        }
        return original(copy, attempt, started, micros);
      }
      pause(calls);
    }
    throw new DirectusCallException(DirectusCallException.Kind.SERVER_ERROR, 0, null,
        "the server ran the copy but wrote no run log for it within " + (LOG_POLLS * LOG_POLL_MILLIS / 1000)
            + " s (is the token's user allowed to read directus_revisions?)");
  }

  /** The copy's run with the original flow's ids, so it lines up with local runs in History and Compare. */
  private static RunRecord original(RunRecord copy, Attempt attempt, Instant started, long micros) {
    Map<String, String> back = new LinkedHashMap<>();
    attempt.operationIds.forEach((original, copied) -> back.put(copied, original));
    List<RunRecord.Step> steps = new ArrayList<>();
    for (RunRecord.Step step : copy.steps()) {
      steps.add(new RunRecord.Step(back.getOrDefault(step.operationId(), step.operationId()), step.key(),
          step.type(), step.status(), step.options(), step.durationMicros()));
    }
    Instant when = copy.startedAt() != null && copy.runId().startsWith("directus-") ? copy.startedAt() : started;
    return new RunRecord("server-" + copy.runId().replace("directus-", ""), attempt.flow.id(), SOURCE, when, micros,
        copy.status(), steps, copy.data());
  }

  private static void deleteFlow(DirectusHttp calls, String id) throws DirectusCallException {
    try {
      calls.delete("/flows/" + id, null);
    } catch (DirectusCallException failed) {
      // never created (the POST failed) or already gone: nothing to delete
      if (failed.kind() != DirectusCallException.Kind.FORBIDDEN && failed.kind() != DirectusCallException.Kind.NOT_FOUND) {
        throw failed;
      }
    }
    // Directus deletes a flow's operations with it; make sure, since a leftover would clutter the server
    JsonValue left = DirectusHttp.data(calls.get("/operations" + DirectusHttp.query("filter[flow][_eq]", id,
        "fields", "id")));
    if (left instanceof JsonArray rows && !rows.elements().isEmpty()) {
      List<JsonValue> unlink = new ArrayList<>();
      List<JsonValue> keys = new ArrayList<>();
      for (JsonValue row : rows.elements()) {
        JsonValue key = ((JsonObject) row).get("id").orElse(JsonValue.NULL);
        keys.add(key);
        unlink.add(JsonObject.builder().put("id", key).put("resolve", JsonValue.NULL).put("reject", JsonValue.NULL)
            .build());
      }
      calls.patch("/operations", new JsonArray(unlink));
      calls.delete("/operations", new JsonArray(keys));
    }
  }

  /**
   * Deletes temporary copies (named {@value #NAME_PREFIX}…) created more than ten minutes ago: a
   * process killed mid-run leaves them. Returns how many went.
   */
  public int cleanLeftovers() throws DirectusCallException {
    DirectusHttp calls = http.uncancellable();
    JsonValue rows = DirectusHttp.data(calls.get("/flows" + DirectusHttp.query("filter[name][_starts_with]",
        NAME_PREFIX, "fields", "id,name,date_created", "limit", "-1")));
    int deleted = 0;
    if (rows instanceof JsonArray list) {
      Instant cutoff = clock.instant().minus(LEFTOVER_AGE);
      for (JsonValue row : list.elements()) {
        if (row instanceof JsonObject flow && flow.string("id").isPresent()
            && flow.string("name").orElse("").startsWith(NAME_PREFIX)
            && createdBefore(flow.get("date_created").orElse(JsonValue.NULL), cutoff)) {
          deleteFlow(calls, flow.string("id").orElseThrow());
          deleted++;
        }
      }
    }
    return deleted;
  }

  private void cleanLeftoversQuietly(Consumer<String> progress) {
    try {
      int deleted = cleanLeftovers();
      if (deleted > 0) {
        progress.accept("Deleted " + deleted + " temporary flow(s) left by earlier runs");
      }
    } catch (DirectusCallException ignored) {
      // tidying is a courtesy: the run itself reports any real problem with the server
    }
  }

  static boolean createdBefore(JsonValue dateCreated, Instant cutoff) {
    if (!(dateCreated instanceof JsonString text)) {
      return false;
    }
    try {
      return OffsetDateTime.parse(text.value()).toInstant().isBefore(cutoff);
    } catch (DateTimeParseException notOffset) {
      try {
        return Instant.parse(text.value() + "Z").isBefore(cutoff);
      } catch (DateTimeParseException unreadable) {
        return false;
      }
    }
  }

  private static void pause(DirectusHttp calls) throws DirectusCallException {
    try {
      Thread.sleep(LOG_POLL_MILLIS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw DirectusCallException.cancelled();
    }
    calls.checkCancelled();
  }
}
