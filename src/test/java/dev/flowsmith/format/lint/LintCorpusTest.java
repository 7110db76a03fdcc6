package dev.flowsmith.format.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.operation.StandardOperations;
import dev.flowsmith.format.FlowDocument;
import dev.flowsmith.format.FlowReader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One canonical flow file per planted mistake, each a copy of an example flow with one thing
 * broken. The file name is the code lint must report: {@code dangling-link.json}, or
 * {@code dangling-link--entry.json} for a second variant of the same code. Some mistakes bring
 * others along (a dangling resolve also strands the operation after it), so the test asks for
 * the planted code, not for it alone.
 */
class LintCorpusTest {

  /** The workspace the corpus lives in: the "Utils → Notify Admins" flow the cleanup example calls. */
  private static final Set<String> WORKSPACE = Set.of("eea53c7e-f207-4820-8843-61a763153d6a");

  static Stream<Path> corpus() throws URISyntaxException, IOException {
    Path folder = Path.of(Objects.requireNonNull(LintCorpusTest.class.getResource("/lint-corpus")).toURI());
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> sorted = files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
      assertThat(sorted).hasSizeGreaterThan(30);
      return sorted.stream();
    }
  }

  private static String expectedCode(Path file) {
    String name = file.getFileName().toString().replaceFirst("\\.json$", "");
    int variant = name.indexOf("--");
    return variant < 0 ? name : name.substring(0, variant);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void lintReportsThePlantedMistakeAtAPlaceInTheFile(Path file) throws Exception {
    FlowDocument document = FlowReader.read(file);
    String code = expectedCode(file);

    List<LintProblem> problems = new Linter(StandardOperations.types()).lint(document.single(), WORKSPACE);

    List<LintProblem> planted = problems.stream().filter(p -> p.code().equals(code)).toList();
    assertThat(planted).as("problems reported for %s: %s", file.getFileName(), problems).isNotEmpty();
    Set<String> located = document.source().locations().keySet();
    for (LintProblem problem : planted) {
      // the path, or for an absent member (a missing option) its parent, is a place in the file
      assertThat(located.contains(problem.path()) || located.contains(parent(problem.path())))
          .as("%s has a location", problem).isTrue();
    }
  }

  private static String parent(String path) {
    return path.substring(0, Math.max(path.lastIndexOf('.'), path.lastIndexOf('[')));
  }
}
