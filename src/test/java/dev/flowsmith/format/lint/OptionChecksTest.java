package dev.flowsmith.format.lint;

import static dev.flowsmith.format.lint.Severity.ERROR;
import static dev.flowsmith.format.lint.Severity.WARNING;
import static dev.flowsmith.format.lint.TestFlows.FLOW_ID;
import static dev.flowsmith.format.lint.TestFlows.base;
import static dev.flowsmith.format.lint.TestFlows.change;
import static dev.flowsmith.format.lint.TestFlows.found;
import static dev.flowsmith.format.lint.TestFlows.lint;
import static dev.flowsmith.format.lint.TestFlows.object;
import static dev.flowsmith.format.lint.TestFlows.problem;
import static dev.flowsmith.format.lint.TestFlows.retype;
import static dev.flowsmith.format.lint.TestFlows.withOptions;
import static dev.flowsmith.model.OptionField.Kind.SELECT;
import static dev.flowsmith.model.OptionField.Kind.TEXT;
import static dev.flowsmith.model.OptionField.field;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.operation.StandardOperations;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.OptionField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OptionChecksTest {

  @Test
  void nullOptionsMakeTheStepRejectBeforeItRuns() {
    List<LintProblem> problems = lint(change(base(), "notify", op -> op.withOptions(JsonValue.NULL)));

    assertThat(found(problems)).containsExactly(problem("options-not-object", ERROR, "$.operations[1].options"));
    assertThat(problems.get(0).message()).contains("\"notify\"", "null options");
  }

  @Test
  void optionsThatAreTextAreNotAnObjectEither() {
    assertThat(found(lint(change(base(), "notify", op -> op.withOptions(JsonValue.of("hello"))))))
        .containsExactly(problem("options-not-object", ERROR, "$.operations[1].options"));
  }

  @Test
  void anUnknownTypeIsKeptButWarnedAbout() {
    List<LintProblem> problems = lint(retype("notify", "my-extension", "{'anything': 1}"));

    assertThat(found(problems)).containsExactly(problem("unknown-operation-type", WARNING, "$.operations[1].type"));
    assertThat(problems.get(0).message()).contains("\"notify\"", "\"my-extension\"", "unknown");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{'key': ['1']}", "{'collection': null}", "{'collection': ''}", "{'collection': '  '}"})
  void aRequiredOptionThatIsAbsentNullOrBlankIsMissing(String options) {
    List<LintProblem> problems = lint(withOptions("read", options));

    assertThat(found(problems))
        .containsExactly(problem("missing-required-option", ERROR, "$.operations[0].options.collection"));
    assertThat(problems.get(0).message()).contains("\"read\"", "Collection (collection)");
  }

  @Test
  void anEmptyListCountsAsMissing() {
    assertThat(found(lint(retype("notify", "mail", "{'to': [], 'subject': 'Hi', 'body': 'x'}"))))
        .containsExactly(problem("missing-required-option", ERROR, "$.operations[1].options.to"));
  }

  @Test
  void anEmptyObjectCountsAsMissing() {
    // engine.md §7.5: an untouched {} filter rejects every time
    assertThat(found(lint(retype("notify", "condition", "{'filter': {}}"))))
        .containsExactly(problem("missing-required-option", ERROR, "$.operations[1].options.filter"));
  }

  @Test
  void aTemplateFillsARequiredOption() {
    assertThat(lint(retype("notify", "mail", "{'to': '{{ read.email }}', 'subject': 'Hi'}"))).isEmpty();
  }

  @Test
  void aRequiredFieldTheFormHidesIsNotRequired() {
    List<OptionField> fields = List.of(
        field("operation", "Operation", SELECT).required().build(),
        field("secret", "Secret", TEXT).required().when("operation", "sign", "verify").build());
    LintContext context = new LintContext(base(), null, StandardOperations.types());

    OptionChecks.reportMissing(context, fields, object("{'operation': 'decode'}"), name -> "$.x." + name, "X has no ");
    OptionChecks.reportMissing(context, fields, object("{'operation': 'sign'}"), name -> "$.y." + name, "Y has no ");

    assertThat(found(context.problems())).containsExactly(problem("missing-required-option", ERROR, "$.y.secret"));
    assertThat(context.problems().get(0).message()).isEqualTo("Y has no Secret (secret); the option is required");
  }

  private static Flow callsFlow(String target) {
    return retype("notify", "trigger", "{'flow': '" + target + "', 'iterationMode': 'serial'}");
  }

  @Test
  void aTriggerFlowOperationMustCallAFlowOfTheWorkspace() {
    String other = TestFlows.id("other flow");

    List<LintProblem> problems = new Linter(StandardOperations.types()).lint(callsFlow(TestFlows.id("gone")), Set.of(other));

    assertThat(found(problems))
        .containsExactly(problem("unknown-flow-reference", ERROR, "$.operations[1].options.flow"));
    assertThat(problems.get(0).message()).contains("\"notify\"", TestFlows.id("gone"));
    assertThat(new Linter(StandardOperations.types()).lint(callsFlow(other), Set.of(other))).isEmpty();
  }

  @Test
  void aFlowMayCallItselfAndTemplatedTargetsAreNotChecked() {
    assertThat(new Linter(StandardOperations.types()).lint(callsFlow(FLOW_ID), Set.of())).isEmpty();
    assertThat(new Linter(StandardOperations.types()).lint(callsFlow("{{ read.flow }}"), Set.of())).isEmpty();
  }

  @Test
  void withoutTheWorkspaceFlowReferencesAreNotChecked() {
    assertThat(lint(callsFlow(TestFlows.id("gone")))).isEmpty();
  }
}
