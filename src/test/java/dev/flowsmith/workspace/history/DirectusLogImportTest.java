package dev.flowsmith.workspace.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DirectusLogImportTest {

  @ParameterizedTest
  @CsvSource({
      "email-on-publish, published-notifies-author", "email-on-publish, unknown-article-rejects",
      "invoice-totals, totals-written", "invoice-totals, overflowing-line-rejects",
      "scheduled-cleanup, deletes-stale-drafts", "webhook-with-error-branch, complete-lead-queued"})
  void everyGoldenLogImportsWithTypesFromTheFlow(String example, String goldenCase) throws Exception {
    Flow flow = HistoryFixtures.exampleFlow(example);
    JsonObject log = HistoryFixtures.revisionData(example, goldenCase);

    RunRecord run = DirectusLogImport.parse(JsonText.pretty(log), flow);

    assertThat(run.flowId()).isEqualTo(flow.id());
    assertThat(run.source()).isEqualTo("directus");
    assertThat(run.data()).isEqualTo(log.get("data").orElseThrow());
    assertThat(run.steps()).isNotEmpty().allSatisfy(step -> {
      assertThat(step.type()).isEqualTo(flow.operationById(step.operationId()).orElseThrow().type());
      assertThat(step.durationMicros()).isEqualTo(-1);
    });
    assertThat(run.status()).isEqualTo(run.steps().get(run.steps().size() - 1).status());
    assertThat(run.valueOf(0)).isEqualTo(log.get("data").flatMap(d -> ((JsonObject) d)
        .get(run.steps().get(0).key())).orElseThrow());
  }

  @Test
  void aRejectedLastStepGivesAFailedRun() throws Exception {
    RunRecord run = DirectusLogImport.parse(HistoryFixtures.revisionText("email-on-publish", "unknown-article-rejects"),
        HistoryFixtures.exampleFlow("email-on-publish"));

    assertThat(run.status()).isEqualTo("reject");
  }

  @Test
  void aRevisionRowGivesItsIdFlowAndActivityTime() throws Exception {
    Flow flow = HistoryFixtures.exampleFlow("invoice-totals");
    String row = "{\"id\":412,\"activity\":{\"timestamp\":\"2025-10-01T08:09:10.123Z\",\"user\":null},"
        + "\"collection\":\"directus_flows\",\"item\":\"" + flow.id() + "\",\"data\":"
        + HistoryFixtures.revisionText("invoice-totals", "totals-written") + "}";

    for (String text : List.of(row, "{\"data\":" + row + "}", "{\"data\":[" + row + "]}")) {
      RunRecord run = DirectusLogImport.parse(text, flow);
      assertThat(run.runId()).isEqualTo("directus-412");
      assertThat(run.flowId()).isEqualTo(flow.id());
      assertThat(run.startedAt()).isEqualTo(Instant.parse("2025-10-01T08:09:10.123Z"));
      assertThat(run.steps()).hasSize(3);
    }
  }

  @Test
  void aListOfRowsGivesEveryRunAndSqliteTimestampsAreUtc() throws Exception {
    String log = HistoryFixtures.revisionText("scheduled-cleanup", "nothing-stale");
    String text = "{\"data\":[{\"id\":2,\"activity\":{\"timestamp\":\"2025-10-02 10:00:00\"},\"data\":" + log + "},"
        + "{\"id\":1,\"activity\":7,\"data\":" + log + "}]}";

    List<RunRecord> runs = DirectusLogImport.parseAll(text, null);

    assertThat(runs).extracting(RunRecord::runId).containsExactly("directus-2", "directus-1");
    assertThat(runs.get(0).startedAt()).isEqualTo(Instant.parse("2025-10-02T10:00:00Z"));
    // without a flow the types are unknown, and the operation ids are what the log says
    assertThat(runs.get(1).steps()).allSatisfy(step -> assertThat(step.type()).isNull());
    assertThat(DirectusLogImport.parseAll("{\"data\":[]}", null)).isEmpty();
  }

  @Test
  void theGoldenFileShapeReadsToo() throws Exception {
    Flow flow = HistoryFixtures.exampleFlow("invoice-totals");
    String text = java.nio.file.Files.readString(
        HistoryFixtures.GOLDEN.resolve("invoice-totals/invoice-without-lines.expected.json"));

    RunRecord run = DirectusLogImport.parse(text, flow);

    assertThat(run.steps()).isNotEmpty().allSatisfy(step -> assertThat(step.type()).isNotNull());
    assertThat(run.data().get("$trigger")).isPresent();
  }

  @Test
  void aStepWhoseOperationIsGoneHasNoType() throws Exception {
    String text = "{\"steps\":[{\"operation\":\"gone\",\"key\":\"k\",\"status\":\"unknown\",\"options\":null}],"
        + "\"data\":{\"$trigger\":null,\"$last\":null,\"k\":null}}";

    RunRecord run = DirectusLogImport.parse(text, HistoryFixtures.exampleFlow("invoice-totals"));

    assertThat(run.steps().get(0).type()).isNull();
    assertThat(run.steps().get(0).options()).isNull();
    assertThat(run.status()).isEqualTo("unknown");
    assertThat(run.valueOf(0)).isEqualTo(JsonValue.NULL);
  }

  @Test
  void garbageIsRefusedWithLineAndColumn() {
    assertLocated("{\n  \"steps\": [\n    {\"key\": }\n  ]\n}", 3, 13, "malformed JSON");
    assertLocated("[1, 2]", 1, 1, "expected a Directus run log");
    assertLocated("{\"hello\": 1}", 1, 1, "no run log here");
    assertLocated("{\n\"steps\": [\n  {\"status\": \"resolve\"}\n]}", 3, 3, "a step needs the key");
    assertLocated("{\"data\": [\n  {\"id\": 1, \"data\": {\"steps\": []}},\n  {\"id\": 2}\n]}", 3, 3,
        "expected a revision");
    assertLocated("{\"data\": {\"collection\": \"articles\",\n \"data\": {\"steps\": []}}}", 1, 25, "not a run log");
  }

  @Test
  void aLogOfAnotherFlowIsRefused() throws Exception {
    Flow flow = HistoryFixtures.exampleFlow("invoice-totals");
    String row = "{\"item\":\"someone-else\",\"data\":{\"steps\":[],\"data\":{}}}";

    assertThatThrownBy(() -> DirectusLogImport.parse(row, flow)).isInstanceOf(FlowFormatException.class)
        .hasMessageContaining("someone-else").hasMessageContaining("1:9");
  }

  private static void assertLocated(String text, int line, int column, String problem) {
    assertThatThrownBy(() -> DirectusLogImport.parse(text, null)).isInstanceOf(FlowFormatException.class)
        .hasMessageContaining(problem)
        .satisfies(e -> {
          FlowFormatException error = (FlowFormatException) e;
          assertThat(error.location()).isNotNull();
          assertThat(error.location().line()).as("line of " + error.getMessage()).isEqualTo(line);
          assertThat(error.location().column()).as("column of " + error.getMessage()).isEqualTo(column);
        });
  }
}
