package dev.flowsmith.format.lint;

import static dev.flowsmith.format.lint.Severity.ERROR;
import static dev.flowsmith.format.lint.Severity.INFO;
import static dev.flowsmith.format.lint.Severity.WARNING;
import static dev.flowsmith.format.lint.TestFlows.base;
import static dev.flowsmith.format.lint.TestFlows.change;
import static dev.flowsmith.format.lint.TestFlows.found;
import static dev.flowsmith.format.lint.TestFlows.id;
import static dev.flowsmith.format.lint.TestFlows.lint;
import static dev.flowsmith.format.lint.TestFlows.problem;
import static dev.flowsmith.format.lint.TestFlows.retyped;
import static dev.flowsmith.format.lint.TestFlows.withOptions;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.model.Flow;
import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.Operation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateChecksTest {

  private static List<LintProblem> message(String key, String text) {
    return lint(withOptions(key, "{'message': '" + text + "'}"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Hi {{ read.title", "Hi {{ }}", "{{ read.{{ title }}"})
  void aBrokenTagMakesTheStepReject(String text) {
    List<LintProblem> problems = message("notify", text);

    assertThat(found(problems))
        .containsExactly(problem("malformed-template", ERROR, "$.operations[1].options.message"));
    assertThat(problems.get(0).message()).contains("\"notify\"");
  }

  @Test
  void theRenderersErrorTextIsQuoted() {
    assertThat(message("notify", "Hi {{ read.title").get(0).message())
        .endsWith("Missing \"}}\" in the template for the \"{{\" at position 3 within 1000 characters");
  }

  @Test
  void aKeyNoOperationHasRendersAsUndefined() {
    List<LintProblem> problems = message("notify", "Read {{ raed.title }} and {{ raed.slug }}");

    assertThat(found(problems))
        .containsExactly(problem("unknown-key-reference", WARNING, "$.operations[1].options.message"));
    assertThat(problems.get(0).message()).contains("\"notify\"", "{{ raed.title }}", "\"raed\"", "undefined");
  }

  @Test
  void aKeyOnAnotherBranchCannotHaveRun() {
    List<LintProblem> problems = message("failed", "{{ notify }}");

    assertThat(found(problems))
        .containsExactly(problem("key-reference-not-upstream", WARNING, "$.operations[2].options.message"));
    assertThat(problems.get(0).message()).contains("\"failed\"", "\"notify\"", "undefined");
  }

  @Test
  void anOperationsOwnKeyIsNotThereYet() {
    List<LintProblem> problems = message("notify", "{{ notify.x }}");

    assertThat(found(problems))
        .containsExactly(problem("key-reference-not-upstream", WARNING, "$.operations[1].options.message"));
    assertThat(problems.get(0).message()).contains("its own key");
  }

  @Test
  void anOwnKeyThatAnUpstreamOperationAlsoHasHoldsThatOperationsResult() {
    List<LintProblem> problems = lint(change(base(), "failed", op -> op.withKey("read")));

    assertThat(problems).extracting(LintProblem::code).containsExactly("duplicate-key");
  }

  @Test
  void withSeveralArrowsIntoAnOperationEveryParentCounts() {
    Flow flow = change(change(base(), "failed", op -> op.withReject(id("notify"))
        .withOptions(TestFlows.json("{'message': '{{ notify }}'}"))),
        "notify", op -> op.withOptions(TestFlows.json("{'message': '{{ failed.message }} {{ read.title }}'}")));

    assertThat(found(lint(flow))).containsExactly(
        problem("key-reference-not-upstream", WARNING, "$.operations[2].options.message"),
        problem("multiple-incoming", ERROR, "$.operations[2].reject"));
  }

  @Test
  void templatesAreFoundAtAnyDepthButNotInObjectKeys() {
    List<LintProblem> problems = lint(withOptions("read", "{'collection': 'a', 'key': ['{{ nope }}'],"
        + " 'query': {'filter': {'id': {'_eq': '{{ nope2 }}'}}, '{{ nope3 }}': 1}}"));

    assertThat(found(problems)).containsExactly(
        problem("unknown-key-reference", WARNING, "$.operations[0].options.key[0]"),
        problem("unknown-key-reference", WARNING, "$.operations[0].options.query.filter.id._eq"));
  }

  @Test
  void dollarPathsAndAncestorsAreFine() {
    assertThat(message("notify", "{{ $trigger.body }} {{ $env.X }} {{ $accountability.user }} {{read[0].id}}"))
        .isEmpty();
  }

  @Test
  void lastAfterAParentSuggestsTheParentsKey() {
    List<LintProblem> problems = message("notify", "Read {{ $last.title }}");

    assertThat(found(problems))
        .containsExactly(problem("fragile-last-reference", INFO, "$.operations[1].options.message"));
    assertThat(problems.get(0).message()).contains("\"notify\"", "write {{ read.title }} instead");
  }

  @Test
  void lastAtTheEntrySuggestsTheTrigger() {
    List<LintProblem> problems = lint(withOptions("read", "{'collection': 'a', 'key': ['{{ $last.body.id }}']}"));

    assertThat(found(problems))
        .containsExactly(problem("fragile-last-reference", INFO, "$.operations[0].options.key[0]"));
    assertThat(problems.get(0).message()).contains("write {{ $trigger.body.id }} instead");
  }

  @Test
  void lastBehindSeveralArrowsIsTheOnlyWayToSayWhicheverRan() {
    List<LintProblem> problems = lint(change(change(base(), "failed", op -> op.withReject(id("notify"))), "notify",
        op -> op.withOptions(TestFlows.json("{'message': '{{ $last }}'}"))));

    assertThat(problems).extracting(LintProblem::code).containsExactly("multiple-incoming");
  }

  /** read (item-read) → check (condition) → notify (log): $last in notify is the condition's null. */
  private static Flow afterCondition(String checkType, String message) {
    Flow flow = change(base(), "read", op -> op.withResolve(id("check")));
    Operation check = TestFlows.op("check", checkType, 37, 1, "{'filter': {'$trigger': {'body': {'_nnull': true}}}}").withResolve(id("notify"));
    flow = flow.withOperations(List.of(flow.operations().get(0), check, flow.operations().get(1),
        flow.operations().get(2)));
    return change(flow, "notify", op -> op.withOptions(TestFlows.json("{'message': '" + message + "'}"))
        .withPosition(new GridPosition(55, 1)));
  }

  @Test
  void lastAfterAConditionPointsToTheOperationThatProducedTheValue() {
    List<LintProblem> problems = lint(afterCondition("condition", "n = {{ $last.n }}"));

    assertThat(found(problems))
        .containsExactly(problem("null-last-reference", WARNING, "$.operations[2].options.message"));
    assertThat(problems.get(0).message())
        .contains("\"check\" (condition) resolves with null", "undefined", "write {{ read.n }} instead")
        .doesNotContain("{{ check.n }}");
  }

  @Test
  void severalNullOperationsInARowAreAllPassed() {
    Flow flow = afterCondition("condition", "{{ $last }}");
    flow = change(flow, "read", op -> retyped(op, "sleep", "{'milliseconds': 1}"));

    List<LintProblem> problems = lint(flow);

    assertThat(found(problems))
        .containsExactly(problem("null-last-reference", WARNING, "$.operations[2].options.message"));
    assertThat(problems.get(0).message()).contains("renders as null",
        "no operation before it produces a value; write {{ $trigger }} for the trigger's payload");
  }

  @Test
  void aValueProducingParentKeepsTheFragileHint() {
    List<LintProblem> problems = lint(afterCondition("transform", "{{ $last.n }}"));

    assertThat(found(problems))
        .containsExactly(problem("fragile-last-reference", INFO, "$.operations[2].options.message"));
    assertThat(problems.get(0).message()).contains("write {{ check.n }} instead");
  }

  @Test
  void aRejectArrowCarriesTheErrorSoItIsNotPassed() {
    // failed is on read's reject path; make read a condition: its reject value is the failure list
    Flow flow = change(base(), "read", op -> retyped(op, "condition", "{'filter': {'$trigger': {'body': {'_nnull': true}}}}"));
    flow = change(flow, "failed", op -> op.withOptions(TestFlows.json("{'message': '{{ $last[0].message }}'}")));

    assertThat(found(lint(flow))).contains(problem("fragile-last-reference", INFO, "$.operations[2].options.message"));
  }
}
