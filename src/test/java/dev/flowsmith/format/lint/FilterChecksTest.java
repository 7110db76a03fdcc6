package dev.flowsmith.format.lint;

import static dev.flowsmith.format.lint.Severity.ERROR;
import static dev.flowsmith.format.lint.Severity.WARNING;
import static dev.flowsmith.format.lint.TestFlows.found;
import static dev.flowsmith.format.lint.TestFlows.lint;
import static dev.flowsmith.format.lint.TestFlows.problem;
import static dev.flowsmith.format.lint.TestFlows.retype;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FilterChecksTest {

  /** The base flow with {@code notify} (index 1, after {@code read}) a condition with this filter. */
  private static List<LintProblem> condition(String filter) {
    return lint(retype("notify", "condition", "{'filter': " + filter + "}"));
  }

  @Test
  void aDottedKeyIsLookedUpLiterallyAndAlwaysFails() {
    List<LintProblem> problems = condition("{'$trigger.payload.status': {'_eq': 'published'}}");

    assertThat(found(problems)).containsExactly(
        problem("dot-notation-filter", ERROR, "$.operations[1].options.filter[\"$trigger.payload.status\"]"));
    assertThat(problems.get(0).message()).contains("\"notify\"",
        "{\"$trigger\": {\"payload\": {\"status\": …}}}");
  }

  @Test
  void dottedKeysAreFoundInsideGroupsAndNestedLevels() {
    List<LintProblem> problems = condition("{'_and': [{'read.status': {'_eq': 'x'}},"
        + " {'$trigger': {'payload.status': {'_eq': 'y'}}}]}");

    assertThat(found(problems)).containsExactly(
        problem("dot-notation-filter", ERROR, "$.operations[1].options.filter._and[0][\"read.status\"]"),
        problem("dot-notation-filter", ERROR, "$.operations[1].options.filter._and[1].$trigger[\"payload.status\"]"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{'$trigger': {'payload': {'status': {'_eq': 'published'}}}}",
      "{'read': {'year(date.created)': {'_eq': 2024}}}",
      "{'$trigger': {'payload': {'status': {'_in': {'a.b': 1}}}}}",
      "{'_or': [{'read': {'status': {'_eq': 'x'}}}, {'$last': {'_null': true}}]}",
      "'{{ read.filter }}'",
  })
  void nestedFiltersFunctionsOperandsAndWholeTemplatesAreFine(String filter) {
    assertThat(condition(filter)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"'status = published'", "'{\\\"read\\\": {\\\"_nnull\\\": true}}'", "[{'read': {}}]", "true"})
  void aFilterThatIsNotAnObjectRejectsEveryTime(String filter) {
    List<LintProblem> problems = condition(filter);

    assertThat(found(problems)).containsExactly(problem("filter-not-object", ERROR, "$.operations[1].options.filter"));
    assertThat(problems.get(0).message()).contains("\"notify\"");
  }

  @Test
  void aTopLevelFieldMustBeAKeyOfTheFlow() {
    List<LintProblem> problems = condition("{'reed': {'status': {'_eq': 'x'}}}");

    assertThat(found(problems))
        .containsExactly(problem("unknown-key-reference", WARNING, "$.operations[1].options.filter.reed"));
    assertThat(problems.get(0).message()).contains("\"notify\"", "\"reed\"", "Value is required");
  }

  @Test
  void aTopLevelFieldMustBeAKeyThatRanBefore() {
    List<LintProblem> problems = lint(retype("failed", "condition", "{'filter': {'notify': {'_null': true}}}"));

    assertThat(found(problems))
        .containsExactly(problem("key-reference-not-upstream", WARNING, "$.operations[2].options.filter.notify"));
  }
}
