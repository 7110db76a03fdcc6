package dev.flowsmith.format.lint;

import static dev.flowsmith.format.lint.TestFlows.base;
import static dev.flowsmith.format.lint.TestFlows.change;
import static dev.flowsmith.format.lint.TestFlows.lint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.flowsmith.engine.operation.StandardOperations;
import dev.flowsmith.format.FlowReader;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.Operation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LinterTest {

  static Path examples() {
    return Path.of(System.getProperty("flowsmith.examples", "resources/examples"));
  }

  /** The example flows (files with an operations array); the others are workspace data. */
  static Stream<Path> exampleFlows() throws Exception {
    try (Stream<Path> files = Files.list(examples())) {
      List<Path> flows = files.filter(p -> p.toString().endsWith(".json")).filter(LinterTest::hasOperations)
          .sorted().toList();
      assertThat(flows).hasSize(4);
      return flows.stream();
    }
  }

  private static boolean hasOperations(Path file) {
    try {
      return Files.readString(file).contains("\"operations\": [");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @MethodSource("exampleFlows")
  void examplesLintWithoutAnyProblem(Path file) throws Exception {
    Flow flow = FlowReader.read(file).single();

    assertThat(new Linter(StandardOperations.types()).lint(flow)).isEmpty();
    assertThat(new Linter(StandardOperations.types()).lint(flow, Set.of("eea53c7e-f207-4820-8843-61a763153d6a"))).isEmpty();
  }

  @Test
  void baseFixtureIsClean() {
    assertThat(lint(base())).isEmpty();
  }

  @Test
  void problemsComeInDocumentOrderWhicheverCheckFoundThem() {
    Flow flow = change(change(base(), "failed", op -> op.withKey("$last").withPosition(new GridPosition(0, 17))),
        "read", op -> op.withOptions(TestFlows.json("{'collection': 'articles', 'key': ['{{ }}']}")))
        .withStatus("draft");

    assertThat(lint(flow)).extracting(LintProblem::path).containsExactly(
        "$.status", "$.operations[0].options.key[0]", "$.operations[2].key", "$.operations[2].position_x");
  }

  @Test
  void aMissingMemberSortsRightAfterItsParent() {
    Flow flow = change(base(), "read", op -> op.withOptions(TestFlows.json("{'key': ['{{ nope }}']}")));

    assertThat(lint(flow)).extracting(LintProblem::path)
        .containsExactly("$.operations[0].options.collection", "$.operations[0].options.key[0]");
  }

  @Test
  void aLongChainLintsInLinearTime() {
    List<Operation> ops = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      ops.add(TestFlows.op("step_" + i, "log", 19 + 18 * i, 1, "{'message': '{{ step_" + Math.max(0, i - 1)
          + ".a }} {{ step_0 }} {{ $trigger.id }}'}").withResolve(i < 4999 ? TestFlows.id("step_" + (i + 1)) : null));
    }
    Flow flow = base().withOperations(ops).withEntry(ops.get(0).id());

    // answering "did A run before B" by walking back per reference took 40 s here
    List<LintProblem> problems = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> lint(flow));

    assertThat(problems).extracting(LintProblem::code, LintProblem::path)
        .containsExactly(tuple("key-reference-not-upstream", "$.operations[0].options.message"));
  }

  @Test
  void theResultIsUnmodifiable() {
    List<LintProblem> problems = lint(base());

    assertThat(problems).isUnmodifiable();
  }
}
