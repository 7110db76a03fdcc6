package dev.flowsmith.workspace.history;

import dev.flowsmith.format.FlowReader;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Golden Directus logs turned into what a user pastes, and small hand-made runs. */
public final class HistoryFixtures {

  public static final Path GOLDEN = Path.of("src/test/resources/golden");
  public static final Path EXAMPLES = Path.of("resources/examples");
  /** A start time with milliseconds, so file names and round trips show them. */
  public static final Instant START = Instant.parse("2026-03-04T05:06:07.089Z");

  private HistoryFixtures() {}

  public static Flow exampleFlow(String example) throws Exception {
    return FlowReader.read(EXAMPLES.resolve(example + ".json")).single();
  }

  /**
   * The revision {@code data} Directus stored for a golden case: the golden file keeps the log's
   * steps without their operation ids (README: the ids of the oracle's temporary flow), so they
   * are put back from the example flow by key, as the real log has them.
   */
  public static JsonObject revisionData(String example, String goldenCase) throws Exception {
    JsonObject expected = (JsonObject) JsonText.parseValue(
        Files.readString(GOLDEN.resolve(example).resolve(goldenCase + ".expected.json")));
    Flow flow = exampleFlow(example);
    List<JsonValue> steps = new ArrayList<>();
    for (JsonValue value : ((JsonArray) expected.get("steps").orElseThrow()).elements()) {
      JsonObject step = (JsonObject) value;
      String key = step.string("key").orElseThrow();
      steps.add(JsonObject.builder().put("operation", flow.operationByKey(key).orElseThrow().id())
          .putAll(step).build());
    }
    return JsonObject.builder().put("steps", new JsonArray(steps))
        .put("data", expected.get("chain").orElseThrow()).build();
  }

  public static String revisionText(String example, String goldenCase) throws Exception {
    return JsonText.pretty(revisionData(example, goldenCase));
  }

  /** A run of two steps whose chain carries {@code body} as the trigger body. */
  public static RunRecord run(String runId, Instant startedAt, String body, String lastStatus) throws Exception {
    JsonObject data = (JsonObject) JsonText.parseValue("{\"$trigger\":{\"body\":" + body + "},\"$last\":1,"
        + "\"$accountability\":null,\"read\":" + body + ",\"write\":1}");
    List<RunRecord.Step> steps = List.of(
        new RunRecord.Step("op-read", "read", "item-read", "resolve",
            JsonText.parseValue("{\"collection\":\"articles\",\"key\":" + body + "}"), 120),
        new RunRecord.Step("op-write", "write", "item-update", lastStatus, null, 80));
    return new RunRecord(runId, "flow-1", "webhook", startedAt, 200, lastStatus, steps, data);
  }
}
