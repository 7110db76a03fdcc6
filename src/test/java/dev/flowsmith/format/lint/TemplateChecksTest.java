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
import static dev.flowsmith.format.lint.TestFlows.withOptions;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.model.Flow;
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
}
