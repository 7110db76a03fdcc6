package dev.flowsmith.workspace.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.workspace.history.RunDiff.Change;
import dev.flowsmith.workspace.history.RunDiff.ValueDiff;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunDiffTest {

  private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void aRunComparedWithItselfHasNoDifferences() throws Exception {
    RunRecord run = HistoryFixtures.run("a", T, "{\"items\":[{\"id\":1}]}", "resolve");

    RunDiff diff = RunDiff.compare(run, run);

    assertThat(diff.hasDifferences()).isFalse();
    assertThat(diff.steps()).hasSize(2).noneMatch(RunDiff.StepDiff::changed);
    assertThat(diff.chain()).isEmpty();
  }

  @Test
  void twoPayloadsGiveTheChangedLeavesByPath() throws Exception {
    RunRecord a = HistoryFixtures.run("a", T, "{\"items\":[{\"id\":1,\"name\":\"x\"}],\"flag\":true}", "resolve");
    RunRecord b = HistoryFixtures.run("b", T, "{\"items\":[{\"id\":2,\"name\":\"x\"},{\"id\":3}],\"note\":null}",
        "resolve");

    RunDiff diff = RunDiff.compare(a, b);

    assertThat(diff.chain()).extracting(ValueDiff::path).containsExactly(
        "$trigger.body.items[0].id", "$trigger.body.items[1]", "$trigger.body.flag", "$trigger.body.note",
        "read.items[0].id", "read.items[1]", "read.flag", "read.note");
    ValueDiff id = diff.chain().get(0);
    assertThat(id.a()).isEqualTo(JsonValue.of(1));
    assertThat(id.b()).isEqualTo(JsonValue.of(2));
    ValueDiff added = diff.chain().get(1);
    assertThat(added.a()).isNull();
    assertThat(added.b()).isEqualTo(JsonText.parseValue("{\"id\":3}"));
    ValueDiff removed = diff.chain().get(2);
    assertThat(removed.a()).isEqualTo(JsonValue.TRUE);
    assertThat(removed.b()).isNull();
    // a JSON null is a value, not an absence
    assertThat(diff.chain().get(3).b()).isEqualTo(JsonValue.NULL);
    assertThat(diff.hasDifferences()).isTrue();
  }

  @Test
  void stepsTellOptionsValuesAndStatusApart() throws Exception {
    RunRecord a = HistoryFixtures.run("a", T, "1", "resolve");
    RunRecord b = HistoryFixtures.run("b", T, "2", "reject");

    RunDiff diff = RunDiff.compare(a, b);

    assertThat(diff.steps()).extracting(RunDiff.StepDiff::key).containsExactly("read", "write");
    assertThat(diff.steps().get(0).changes()).isEqualTo(Set.of(Change.OPTIONS, Change.VALUE));
    assertThat(diff.steps().get(1).changes()).isEqualTo(Set.of(Change.STATUS));
  }

  @Test
  void stepsOfOneRunOnlyAreAlignedWhereTheyRan() throws Exception {
    RunRecord a = withSteps(HistoryFixtures.run("a", T, "1", "resolve"), "read", "ok", "write");
    RunRecord b = withSteps(HistoryFixtures.run("b", T, "1", "resolve"), "read", "fail", "write", "alert");

    RunDiff diff = RunDiff.compare(a, b);

    assertThat(diff.steps()).extracting(RunDiff.StepDiff::key).containsExactly("read", "ok", "fail", "write", "alert");
    assertThat(diff.steps()).extracting(step -> step.changes()).containsExactly(Set.of(), Set.of(Change.ONLY_IN_A),
        Set.of(Change.ONLY_IN_B), Set.of(), Set.of(Change.ONLY_IN_B));
    assertThat(diff.steps().get(1).b()).isNull();
    assertThat(diff.steps().get(2).a()).isNull();
    assertThat(diff.changedSteps()).hasSize(3);
  }

  @Test
  void aRenamedKeyIsAnotherStepEvenForTheSameOperation() throws Exception {
    RunRecord a = HistoryFixtures.run("a", T, "1", "resolve");
    RunRecord.Step read = a.steps().get(0);
    RunRecord b = new RunRecord("b", a.flowId(), a.source(), T, 1, "resolve",
        List.of(new RunRecord.Step(read.operationId(), "read_v2", read.type(), "resolve", read.options(), 1),
            a.steps().get(1)), a.data());

    assertThat(RunDiff.compare(a, b).steps()).extracting(RunDiff.StepDiff::key)
        .containsExactly("read", "read_v2", "write");
  }

  @Test
  void numbersCompareByValueAndKeysWithSpacesAreQuoted() throws Exception {
    assertThat(RunDiff.same(JsonText.parseValue("[1.0, 2e1]"), JsonText.parseValue("[1, 20]"))).isTrue();
    RunRecord a = withData(HistoryFixtures.run("a", T, "1", "resolve"), "{\"my key\":{\"x\":1}}");
    RunRecord b = withData(HistoryFixtures.run("b", T, "1", "resolve"), "{\"my key\":{\"x\":\"1\"}}");

    assertThat(RunDiff.compare(a, b).chain()).extracting(ValueDiff::path).containsExactly("[\"my key\"].x");
  }

  @Test
  void aValueThatChangesTypeIsOneDifferenceAtItsPath() throws Exception {
    RunRecord a = withData(HistoryFixtures.run("a", T, "1", "resolve"), "{\"v\":{\"x\":1}}");
    RunRecord b = withData(HistoryFixtures.run("b", T, "1", "resolve"), "{\"v\":[1]}");

    assertThat(RunDiff.compare(a, b).chain()).extracting(ValueDiff::path).containsExactly("v");
  }

  private static RunRecord withSteps(RunRecord run, String... keys) {
    List<RunRecord.Step> steps = java.util.Arrays.stream(keys)
        .map(key -> new RunRecord.Step("op-" + key, key, "log", "resolve", null, 1)).toList();
    return new RunRecord(run.runId(), run.flowId(), run.source(), run.startedAt(), 1, "resolve", steps, run.data());
  }

  private static RunRecord withData(RunRecord run, String data) throws Exception {
    return new RunRecord(run.runId(), run.flowId(), run.source(), run.startedAt(), 1, run.status(), run.steps(),
        (JsonObject) JsonText.parseValue(data));
  }
}
