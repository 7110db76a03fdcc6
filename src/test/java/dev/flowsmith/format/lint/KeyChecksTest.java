package dev.flowsmith.format.lint;

import static dev.flowsmith.format.lint.Severity.ERROR;
import static dev.flowsmith.format.lint.Severity.INFO;
import static dev.flowsmith.format.lint.TestFlows.base;
import static dev.flowsmith.format.lint.TestFlows.found;
import static dev.flowsmith.format.lint.TestFlows.change;
import static dev.flowsmith.format.lint.TestFlows.id;
import static dev.flowsmith.format.lint.TestFlows.lint;
import static dev.flowsmith.format.lint.TestFlows.op;
import static dev.flowsmith.format.lint.TestFlows.problem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.model.Flow;
import dev.flowsmith.model.Operation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyChecksTest {

  @Test
  void twoOperationsWithOneIdAreReportedAtTheSecond() {
    Operation copy = op("dup", "log", 55, 33, "{'message': 'x'}");
    copy = new Operation(id("notify"), null, copy.key(), copy.type(), copy.position(), copy.options(), null, null,
        copy.flow(), null, null, copy.extra());
    List<Operation> ops = new ArrayList<>(base().operations());
    ops.add(copy);

    List<LintProblem> problems = lint(base().withOperations(ops));

    assertThat(found(problems)).containsExactly(problem("duplicate-operation-id", ERROR, "$.operations[3].id"));
    assertThat(problems.get(0).message()).contains("\"dup\"", "\"notify\"");
  }

  @Test
  void twoOperationsWithOneKeyAreReportedAtTheSecond() {
    List<LintProblem> problems = lint(change(base(), "failed", op -> op.withKey("notify")));

    assertThat(found(problems)).containsExactly(problem("duplicate-key", ERROR, "$.operations[2].key"));
    assertThat(problems.get(0).message()).contains("\"notify\"", "unique");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''               | invalid-key           | ERROR",
      "'   '            | invalid-key           | ERROR",
      "$failed          | invalid-key           | ERROR",
      "$trigger         | reserved-key          | ERROR",
      "$last            | reserved-key          | ERROR",
      "$accountability  | reserved-key          | ERROR",
      "$env             | reserved-key          | ERROR",
      "$all             | reserved-key          | ERROR",
      "on.failure       | key-unsafe-characters | WARNING",
      "on failure       | key-unsafe-characters | WARNING",
      "failed[0]        | key-unsafe-characters | WARNING",
      "'{failed}'       | key-unsafe-characters | WARNING",
      "Failed           | key-not-slug          | INFO",
      "fehlgeschlagen_ü | key-not-slug          | INFO",
      "failed:log       | key-not-slug          | INFO",
  })
  void keysAreCheckedForWhatBreaksReferences(String key, String code, Severity severity) {
    List<LintProblem> problems = lint(change(base(), "failed", op -> op.withKey(key)));

    assertThat(found(problems)).containsExactly(problem(code, severity, "$.operations[2].key"));
  }

  @ParameterizedTest
  @CsvSource({"failed", "on-failure", "step_2", "3d"})
  void lowerCaseSlugsAreFine(String key) {
    assertThat(lint(change(base(), "failed", op -> op.withKey(key)))).isEmpty();
  }

  @Test
  void theSlugHintSplitsCamelCase() {
    assertThat(lint(change(base(), "failed", op -> op.withKey("notifyAuthor"))).get(0).message())
        .contains("\"notify_author\"");
  }

  @Test
  void theSlugHintIsTheStudioSpelling() {
    assertThat(lint(change(base(), "failed", op -> op.withKey("Step#2"))).get(0).message())
        .contains("\"step_2\"");
  }

  @Test
  void idsThatAreNotUuidsAreNotedForPostgres() {
    Operation renamed = base().operations().get(2);
    renamed = new Operation("failed-op", null, renamed.key(), renamed.type(), renamed.position(), renamed.options(),
        null, null, "f1", null, null, renamed.extra());
    Flow flow = new Flow("f1", "Short ids", null, null, null, "active", "webhook", "all", TestFlows.json("{}"),
        id("read"), null, null, List.of(base().operations().get(0).withReject("failed-op"),
            base().operations().get(1), renamed), dev.flowsmith.model.JsonValue.JsonObject.EMPTY);

    assertThat(found(lint(flow))).containsExactly(
        problem("id-not-uuid", INFO, "$.id"),
        problem("id-not-uuid", INFO, "$.operations[2].id"));
  }
}
