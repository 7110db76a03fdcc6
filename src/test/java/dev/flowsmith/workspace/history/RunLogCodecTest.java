package dev.flowsmith.workspace.history;

import static dev.flowsmith.workspace.history.HistoryFixtures.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.JsonValue.JsonObject;
import org.junit.jupiter.api.Test;

class RunLogCodecTest {

  @Test
  void aRunSurvivesTheRoundTripWithItsExtras() throws Exception {
    RunRecord run = HistoryFixtures.run("r1", START, "{\"id\":7,\"tags\":[\"a\",\"b\"]}", "reject");

    String text = RunLogCodec.write(run, false);
    RunLogCodec.Decoded decoded = RunLogCodec.read(text, "r1.json");

    assertThat(decoded.record()).isEqualTo(run);
    assertThat(decoded.tracked()).isFalse();
    assertThat(RunLogCodec.write(decoded.record(), false)).isEqualTo(text);
  }

  @Test
  void theTopLevelIsDirectusShapedAndTheExtrasSitInOneMember() throws Exception {
    RunRecord run = HistoryFixtures.run("r1", START, "1", "resolve");

    JsonObject json = (JsonObject) JsonText.parseValue(RunLogCodec.write(run, true));

    assertThat(json.members().keySet()).containsExactly("steps", "data", "flowsmith");
    assertThat(JsonText.compact(json.get("steps").orElseThrow())).isEqualTo(
        "[{\"operation\":\"op-read\",\"key\":\"read\",\"status\":\"resolve\",\"options\":{\"collection\":\"articles\","
            + "\"key\":1}},{\"operation\":\"op-write\",\"key\":\"write\",\"status\":\"resolve\",\"options\":null}]");
    JsonObject extras = (JsonObject) json.get("flowsmith").orElseThrow();
    assertThat(extras.string("startedAt")).contains("2026-03-04T05:06:07.089Z");
    assertThat(extras.string("source")).contains("webhook");
    assertThat(JsonText.compact(extras.get("steps").orElseThrow()))
        .isEqualTo("[{\"type\":\"item-read\",\"durationMicros\":120},{\"type\":\"item-update\",\"durationMicros\":80}]");
  }

  @Test
  void statusesDirectusCannotSayAreKept() throws Exception {
    RunRecord run = HistoryFixtures.run("r1", START, "1", "resolve");
    RunRecord thrown = new RunRecord(run.runId(), run.flowId(), "app", run.startedAt(), 5, "thrown", run.steps(),
        run.data());

    assertThat(RunLogCodec.read(RunLogCodec.write(thrown, true), null).record().status()).isEqualTo("thrown");
  }

  @Test
  void aBareDirectusLogReadsWithDefaults() throws Exception {
    RunLogCodec.Decoded decoded = RunLogCodec.read(HistoryFixtures.revisionText("invoice-totals", "totals-written"),
        null);

    assertThat(decoded.tracked()).isTrue();
    assertThat(decoded.record().source()).isEqualTo("directus");
    assertThat(decoded.record().steps()).extracting(RunRecord.Step::key)
        .containsExactly("read_lines", "compute_totals", "write_totals");
    assertThat(decoded.record().steps()).allSatisfy(step -> assertThat(step.durationMicros()).isEqualTo(-1));
  }

  @Test
  void badFilesNameTheLineAndColumn() {
    assertThatThrownBy(() -> RunLogCodec.read("{\n  \"steps\": 3,\n  \"data\": {}\n}", "x.json"))
        .isInstanceOf(FlowFormatException.class)
        .satisfies(e -> assertThat(((FlowFormatException) e).location()).hasToString("2:12"));
  }
}
