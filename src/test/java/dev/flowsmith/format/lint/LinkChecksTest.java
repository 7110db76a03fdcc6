package dev.flowsmith.format.lint;

import static dev.flowsmith.format.lint.Severity.ERROR;
import static dev.flowsmith.format.lint.Severity.WARNING;
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

class LinkChecksTest {

  private static Flow plus(Flow flow, Operation... extra) {
    List<Operation> ops = new ArrayList<>(flow.operations());
    ops.addAll(List.of(extra));
    return flow.withOperations(ops);
  }

  private static Operation lone(String key, int x) {
    return op(key, "log", x, 33, "{'message': 'x'}");
  }

  @Test
  void resolveToAMissingOperationDangles() {
    List<LintProblem> problems = lint(change(base(), "read", op -> op.withResolve(id("ghost"))));

    assertThat(found(problems)).containsExactly(
        problem("dangling-link", ERROR, "$.operations[0].resolve"),
        problem("unreachable-operation", WARNING, "$.operations[1]"));
    assertThat(problems.get(0).message()).contains("\"read\"", "resolve", id("ghost"), "Undefined reference");
  }

  @Test
  void rejectToAMissingOperationDangles() {
    assertThat(found(lint(change(base(), "read", op -> op.withReject(id("ghost")))))).containsExactly(
            problem("dangling-link", ERROR, "$.operations[0].reject"),
            problem("unreachable-operation", WARNING, "$.operations[2]"));
  }

  @Test
  void anEntryToAMissingOperationDanglesAndNothingRuns() {
    List<LintProblem> problems = lint(base().withEntry(id("ghost")));

    assertThat(found(problems)).containsExactly(
        problem("dangling-link", ERROR, "$.operation"),
        problem("unreachable-operation", WARNING, "$.operations[0]"),
        problem("unreachable-operation", WARNING, "$.operations[1]"),
        problem("unreachable-operation", WARNING, "$.operations[2]"));
    assertThat(problems.get(0).message()).startsWith("The trigger points at");
  }

  @Test
  void anOperationLinkedToItselfIsASelfLinkNotAlsoACycle() {
    List<LintProblem> problems = lint(change(base(), "notify", op -> op.withResolve(id("notify"))));

    assertThat(found(problems)).containsExactly(problem("self-link", ERROR, "$.operations[1].resolve"));
    assertThat(problems.get(0).message()).contains("\"notify\"");
  }

  @Test
  void twoResolveArrowsIntoOneOperationBreakTheUniqueColumn() {
    List<LintProblem> problems = lint(change(base(), "failed", op -> op.withResolve(id("notify"))));

    assertThat(found(problems)).containsExactly(problem("duplicate-resolve-target", ERROR, "$.operations[2].resolve"));
    assertThat(problems.get(0).message()).contains("\"read\"", "\"failed\"", "\"notify\"");
  }

  @Test
  void twoRejectArrowsIntoOneOperationBreakTheUniqueColumn() {
    assertThat(found(lint(change(base(), "notify", op -> op.withReject(id("failed"))))))
        .containsExactly(problem("duplicate-reject-target", ERROR, "$.operations[1].reject"));
  }

  @Test
  void aResolveAndARejectArrowIntoOneOperationAreTwoArrowsIn() {
    List<LintProblem> problems = lint(change(base(), "failed", op -> op.withReject(id("notify"))));

    assertThat(found(problems)).containsExactly(problem("multiple-incoming", ERROR, "$.operations[2].reject"));
    assertThat(problems.get(0).message()).contains("\"notify\"", "\"read\"", "\"failed\"");
  }

  @Test
  void theTriggerArrowCountsAsAnArrowIn() {
    Flow flow = plus(base(), lone("extra", 55).withResolve(id("read")));

    List<LintProblem> problems = lint(flow);

    assertThat(found(problems)).containsExactly(
        problem("unreachable-operation", WARNING, "$.operations[3]"),
        problem("multiple-incoming", ERROR, "$.operations[3].resolve"));
    assertThat(problems.get(1).message()).contains("the trigger");
  }

  @Test
  void aLoopIsOneProblemListingItsKeysInArrowOrder() {
    Flow flow = plus(base(), lone("a", 55).withResolve(id("b")), lone("b", 73).withReject(id("c")),
        lone("c", 91).withResolve(id("a")));

    List<LintProblem> problems = lint(flow);

    assertThat(found(problems)).containsExactly(
        problem("unreachable-operation", WARNING, "$.operations[3]"),
        problem("unreachable-operation", WARNING, "$.operations[4]"),
        problem("unreachable-operation", WARNING, "$.operations[5]"),
        problem("cycle", ERROR, "$.operations[5].resolve"));
    assertThat(problems.get(3).message()).contains("\"a\" → \"b\" → \"c\" → \"a\"");
  }

  @Test
  void anOperationNoArrowReachesNeverRuns() {
    List<LintProblem> problems = lint(plus(base(), lone("lonely", 55)));

    assertThat(found(problems)).containsExactly(problem("unreachable-operation", WARNING, "$.operations[3]"));
    assertThat(problems.get(0).message()).contains("\"lonely\"", "never runs");
  }

  @Test
  void withoutAnEntryEveryOperationIsUnreachable() {
    List<LintProblem> problems = lint(base().withEntry(null));

    assertThat(problems).extracting(LintProblem::code).containsOnly("unreachable-operation").hasSize(3);
    assertThat(problems.get(0).message()).contains("not connected");
  }
}
