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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Reads a run log a user pasted from Directus (format.md §11) in any of the shapes it comes in:
 * <ul>
 *   <li>the revision's {@code data}: {@code {"steps": […], "data": {…}}} (the log drawer, the database);
 *   <li>a revision row: {@code {"id", "activity", "collection": "directus_flows", "item": <flow id>, "data": <log>}},
 *       where an expanded {@code activity: {"timestamp": …}} gives the start time;
 *   <li>a REST answer: {@code {"data": <row>}} or {@code {"data": [<row>, …]}} ({@code GET /revisions});
 *   <li>the golden files' {@code {"chain": {…}, "steps": [{key, status, options}]}}.
 * </ul>
 * Directus does not log durations (-1 here) nor operation types (taken from the flow by id, null
 * when the operation is gone), and a bare log has no time: the import's own time stands in.
 * Every error names the line and column of the offending value.
 */
public final class DirectusLogImport {

  public static final String SOURCE = "directus";

  private DirectusLogImport() {}

  /** The one run in {@code text}; a list of rows gives its first (newest, with {@code sort=-id}). */
  public static RunRecord parse(String text, @Nullable Flow flow) throws FlowFormatException {
    ParsedJson parsed = JsonText.parse(text, null);
    List<RunRecord> all = parseAll(parsed, flow);
    if (all.isEmpty()) {
      throw parsed.error(JsonPath.member(JsonPath.ROOT, "data"), "the list of revisions is empty: no run to import");
    }
    return all.get(0);
  }

  /** Every run in {@code text}, in the order given (an empty list for an empty {@code /revisions} answer). */
  public static List<RunRecord> parseAll(String text, @Nullable Flow flow) throws FlowFormatException {
    return parseAll(JsonText.parse(text, null), flow);
  }

  private static List<RunRecord> parseAll(ParsedJson parsed, @Nullable Flow flow) throws FlowFormatException {
    String root = JsonPath.ROOT;
    if (!(parsed.root() instanceof JsonObject object)) {
      throw parsed.error(root, "expected a Directus run log: an object with \"steps\" and \"data\", a revision, "
          + "or a /revisions response");
    }
    if (object.has("steps")) {
      return List.of(log(parsed, root, object, null, flow));
    }
    if (isRow(object)) {
      return List.of(row(parsed, root, object, flow));
    }
    JsonValue data = object.get("data").orElse(null);
    String dataPath = JsonPath.member(root, "data");
    if (data instanceof JsonObject single && isRow(single)) {
      return List.of(row(parsed, dataPath, single, flow));
    }
    if (data instanceof JsonArray rows) {
      List<RunRecord> runs = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        String rowPath = JsonPath.index(dataPath, i);
        if (!(rows.elements().get(i) instanceof JsonObject rowObject) || !isRow(rowObject)) {
          throw parsed.error(rowPath, "expected a revision with \"data\": {\"steps\", \"data\"} "
              + "(add fields=id,data,item,activity.timestamp to the request)");
        }
        runs.add(row(parsed, rowPath, rowObject, flow));
      }
      return runs;
    }
    throw parsed.error(root, "no run log here: expected \"steps\" and \"data\" (a log), or \"data\" holding "
        + "a revision of directus_flows");
  }

  /** A revision row: its {@code data} is the log itself. */
  private static boolean isRow(JsonObject object) {
    return object.get("data").orElse(null) instanceof JsonObject data && data.has("steps");
  }

  private static RunRecord row(ParsedJson parsed, String path, JsonObject row, @Nullable Flow flow)
      throws FlowFormatException {
    Optional<String> collection = row.string("collection");
    if (collection.isPresent() && !collection.get().equals("directus_flows")) {
      throw parsed.error(JsonPath.member(path, "collection"),
          "a revision of " + collection.get() + ", not of directus_flows: not a run log");
    }
    Instant startedAt = null;
    if (row.get("activity").orElse(null) instanceof JsonObject activity) {
      startedAt = RunLogCodec.instant(parsed, JsonPath.member(path, "activity"), activity).orElse(null);
    }
    JsonValue id = row.get("id").orElse(JsonValue.NULL);
    String runId = id instanceof JsonNumber number ? "directus-" + number.literal()
        : id instanceof JsonString string ? "directus-" + string.value() : null;
    String item = row.string("item").orElse(null);
    if (item != null && flow != null && !item.equals(flow.id())) {
      throw parsed.error(JsonPath.member(path, "item"),
          "this log is of flow " + item + ", not of the open flow " + flow.id() + " (" + flow.name() + ")");
    }
    Identity identity = new Identity(runId, item, startedAt);
    return log(parsed, JsonPath.member(path, "data"), (JsonObject) row.get("data").orElseThrow(), identity, flow);
  }

  /** What a revision row adds to its log; any part may be missing. */
  private record Identity(@Nullable String runId, @Nullable String flowId, @Nullable Instant startedAt) {}

  private static RunRecord log(ParsedJson parsed, String path, JsonObject log, @Nullable Identity identity,
      @Nullable Flow flow) throws FlowFormatException {
    JsonObject shaped = log;
    // the golden files call the chain "chain"; Directus calls it "data"
    if (!log.has("data") && log.get("chain").orElse(null) instanceof JsonObject chain) {
      shaped = log.with("data", chain);
    }
    String runId = identity != null && identity.runId() != null ? identity.runId() : UUID.randomUUID().toString();
    String flowId = identity != null && identity.flowId() != null ? identity.flowId()
        : flow != null ? flow.id() : "unknown";
    Instant startedAt = identity != null && identity.startedAt() != null ? identity.startedAt() : Instant.now();
    RunLogCodec.Defaults defaults = new RunLogCodec.Defaults(runId, flowId, SOURCE, startedAt, -1);
    return RunLogCodec.fromLog(parsed, path, shaped, defaults, flow);
  }
}
