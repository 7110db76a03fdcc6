package dev.flowsmith.workspace.history;

import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.JsonPath;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.format.ParsedJson;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonNumber;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.JsonValue.JsonString;
import dev.flowsmith.model.Operation;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A {@link RunRecord} as a JSON file. The top level has the shape of the revision Directus writes
 * for a run (engine.md §8.1: {@code {"steps":[…],"data":{…}}}), and for a run of the engine its
 * {@code data} and step options are exactly the revision's ({@code RunLogWriter}, masked as
 * engine.md §8.2 says), so a stored run can be pasted into any tool that reads Directus logs;
 * what Directus does not record lives in one extra member, {@code "flowsmith"}, which those
 * readers ignore. The one difference: step {@code operation}/{@code key} are never env-masked
 * (see {@link RunRecord#from}).
 *
 * <p>Whatever goes to a file or comes from one is masked ({@link RunRecord#masked()}): a pasted
 * log, or a file written before Flowsmith masked its runs, never shows a secret Directus would hide.
 */
public final class RunLogCodec {

  /** The member holding our extras; Directus never writes a member of that name into a log. */
  public static final String EXTRAS = "flowsmith";

  /** A decoded file: the run, and whether its flow had accountability {@code all} when it ran. */
  public record Decoded(RunRecord record, boolean tracked) {}

  private RunLogCodec() {}

  /** The canonical (pretty) text of a run. */
  public static String write(RunRecord record, boolean tracked) {
    return JsonText.pretty(toJson(record, tracked));
  }

  public static JsonObject toJson(RunRecord unmasked, boolean tracked) {
    RunRecord record = unmasked.masked();
    List<JsonValue> steps = new ArrayList<>();
    List<JsonValue> extraSteps = new ArrayList<>();
    for (RunRecord.Step step : record.steps()) {
      steps.add(JsonObject.builder().put("operation", step.operationId()).put("key", step.key())
          .put("status", step.status()).put("options", step.options() == null ? JsonValue.NULL : step.options())
          .build());
      extraSteps.add(JsonObject.builder().put("type", JsonValue.ofNullable(step.type()))
          .put("durationMicros", JsonValue.of(step.durationMicros())).build());
    }
    JsonObject extras = JsonObject.builder().put("runId", record.runId()).put("flowId", record.flowId())
        .put("source", record.source()).put("startedAt", record.startedAt().toString())
        .put("durationMicros", JsonValue.of(record.durationMicros())).put("status", record.status())
        .put("tracked", JsonValue.of(tracked)).put("steps", new JsonArray(extraSteps)).build();
    return JsonObject.builder().put("steps", new JsonArray(steps)).put("data", record.data())
        .put(EXTRAS, extras).build();
  }

  /** Reads a file this class wrote (or a bare Directus log, whose missing extras get defaults). */
  public static Decoded read(String text, @Nullable String sourceName) throws FlowFormatException {
    ParsedJson parsed = JsonText.parse(text, sourceName);
    if (!(parsed.root() instanceof JsonObject root)) {
      throw parsed.error(JsonPath.ROOT, "expected a run log object {\"steps\": […], \"data\": {…}}");
    }
    JsonObject extras = root.get(EXTRAS).orElse(null) instanceof JsonObject o ? o : JsonObject.EMPTY;
    String extrasPath = JsonPath.member(JsonPath.ROOT, EXTRAS);
    Instant startedAt = instant(parsed, extrasPath, extras).orElse(Instant.EPOCH);
    Defaults defaults = new Defaults(extras.string("runId").orElse("unknown"),
        extras.string("flowId").orElse("unknown"), extras.string("source").orElse("directus"), startedAt,
        extras.get("durationMicros").orElse(null) instanceof JsonNumber n ? n.longValue() : -1);
    RunRecord plain = fromLog(parsed, JsonPath.ROOT, root, defaults, null);
    List<RunRecord.Step> steps = withExtras(plain.steps(),
        extras.get("steps").orElse(null) instanceof JsonArray a ? a : JsonArray.EMPTY);
    String status = extras.string("status").orElse(plain.status());
    boolean tracked = !(extras.get("tracked").orElse(null) instanceof JsonValue.JsonBoolean b) || b.value();
    return new Decoded(new RunRecord(plain.runId(), plain.flowId(), plain.source(), plain.startedAt(),
        plain.durationMicros(), status, steps, plain.data()), tracked);
  }

  /** What a log does not say about its run, supplied by whoever found the log. */
  record Defaults(String runId, String flowId, String source, Instant startedAt, long durationMicros) {}

  /**
   * The run in one Directus log object ({@code {steps, data}}) at {@code path}. Types come from
   * {@code flow} by operation id; a step without an operation id is matched by key, so the
   * golden files' {@code {key, status, options}} steps read too. Durations are unknown (-1).
   */
  static RunRecord fromLog(ParsedJson parsed, String path, JsonObject log, Defaults defaults, @Nullable Flow flow)
      throws FlowFormatException {
    String stepsPath = JsonPath.member(path, "steps");
    if (!(log.get("steps").orElse(null) instanceof JsonArray stepArray)) {
      throw parsed.error(stepsPath, "expected \"steps\" to be a list of executed operations");
    }
    JsonValue dataValue = log.get("data").orElse(JsonObject.EMPTY);
    if (!(dataValue instanceof JsonObject data)) {
      throw parsed.error(JsonPath.member(path, "data"), "expected \"data\" to be the data chain object");
    }
    List<RunRecord.Step> steps = new ArrayList<>();
    for (int i = 0; i < stepArray.size(); i++) {
      steps.add(step(parsed, JsonPath.index(stepsPath, i), stepArray.elements().get(i), flow));
    }
    String status = steps.isEmpty() ? "empty" : steps.get(steps.size() - 1).status();
    return new RunRecord(defaults.runId(), defaults.flowId(), defaults.source(), defaults.startedAt(),
        defaults.durationMicros(), status, steps, data).masked();
  }

  private static RunRecord.Step step(ParsedJson parsed, String path, JsonValue value, @Nullable Flow flow)
      throws FlowFormatException {
    if (!(value instanceof JsonObject step)) {
      throw parsed.error(path, "expected a step {\"operation\", \"key\", \"status\", \"options\"}");
    }
    String key = text(parsed, path, step, "key").orElseThrow(
        () -> parsed.error(JsonPath.member(path, "key"), "a step needs the key of its operation"));
    Optional<String> operationId = text(parsed, path, step, "operation");
    Optional<Operation> operation = flow == null ? Optional.empty()
        : operationId.isPresent() ? flow.operationById(operationId.get()) : flow.operationByKey(key);
    String id = operationId.or(() -> operation.map(Operation::id)).orElse(key);
    String status = text(parsed, path, step, "status").orElse("unknown");
    JsonValue options = step.get("options").orElse(JsonValue.NULL);
    return new RunRecord.Step(id, key, operation.map(Operation::type).orElse(null), status,
        options.isNull() ? null : options, -1);
  }

  private static List<RunRecord.Step> withExtras(List<RunRecord.Step> steps, JsonArray extras) {
    List<RunRecord.Step> merged = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      RunRecord.Step step = steps.get(i);
      JsonObject extra = i < extras.size() && extras.elements().get(i) instanceof JsonObject o ? o : JsonObject.EMPTY;
      String type = extra.string("type").orElse(step.type());
      long micros = extra.get("durationMicros").orElse(null) instanceof JsonNumber n ? n.longValue() : -1;
      merged.add(new RunRecord.Step(step.operationId(), step.key(), type, step.status(), step.options(), micros));
    }
    return merged;
  }

  private static Optional<String> text(ParsedJson parsed, String path, JsonObject object, String name)
      throws FlowFormatException {
    JsonValue value = object.get(name).orElse(JsonValue.NULL);
    if (value.isNull()) {
      return Optional.empty();
    }
    if (value instanceof JsonString string) {
      return Optional.of(string.value());
    }
    // Directus ids are uuids, but an integer key column is not impossible: keep its text
    if (value instanceof JsonNumber number) {
      return Optional.of(number.literal());
    }
    throw parsed.error(JsonPath.member(path, name), "expected \"" + name + "\" to be text");
  }

  /** {@code startedAt} (or Directus's {@code timestamp}) of an object, as an instant. */
  static Optional<Instant> instant(ParsedJson parsed, String path, JsonObject object) throws FlowFormatException {
    for (String name : List.of("startedAt", "timestamp")) {
      Optional<String> text = text(parsed, path, object, name);
      if (text.isPresent()) {
        try {
          return Optional.of(parseInstant(text.get()));
        } catch (DateTimeParseException e) {
          throw parsed.error(JsonPath.member(path, name), "not a timestamp: " + text.get());
        }
      }
    }
    return Optional.empty();
  }

  /** ISO instants; SQLite-backed Directus returns timestamps without a zone ("2025-01-02 10:11:12"), which are UTC. */
  private static Instant parseInstant(String text) {
    String iso = text.trim().replace(' ', 'T');
    if (!iso.endsWith("Z") && !iso.matches(".*[+-]\\d\\d:?\\d\\d$")) {
      iso = iso + "Z";
    }
    return OffsetDateTime.parse(iso).toInstant();
  }
}
