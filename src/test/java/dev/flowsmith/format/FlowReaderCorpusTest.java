package dev.flowsmith.format;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the fuzz corpus (seeds and every saved crash) through the fuzz properties in the normal
 * build. The {@code fuzz}-tagged {@link FlowReaderFuzzTest} does the same under Jazzer's agent,
 * which costs seconds of instrumentation; this costs milliseconds, so a fixed crash stays fixed
 * on every {@code mvn verify}.
 */
class FlowReaderCorpusTest {

  private static final String CORPUS = "FlowReaderFuzzTestInputs";

  /** Every saved input: the shared seeds and, recursively, each method's folder. */
  static Stream<Path> corpus() throws IOException, URISyntaxException {
    List<Path> files = files(Integer.MAX_VALUE);
    assertThat(files).as("corpus files").hasSizeGreaterThanOrEqualTo(8);
    return files.stream();
  }

  /** The shared seeds: the example flows, each in one interchange format. */
  static Stream<Path> sharedSeeds() throws IOException, URISyntaxException {
    return files(1).stream();
  }

  private static List<Path> files(int depth) throws IOException, URISyntaxException {
    URL root = FlowReaderCorpusTest.class.getResource(CORPUS);
    assertThat(root).as("test resource %s", CORPUS).isNotNull();
    try (Stream<Path> walk = Files.walk(Path.of(root.toURI()), depth)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void readsOrRejects(Path input) throws IOException {
    FlowReaderProperties.readsOrRejects(new String(Files.readAllBytes(input), UTF_8));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void canonicalIsAFixedPoint(Path input) throws IOException {
    FlowReaderProperties.canonicalIsAFixedPoint(new String(Files.readAllBytes(input), UTF_8));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sharedSeeds")
  void sharedSeedsAreFlows(Path input) throws IOException, FlowFormatException {
    String text = new String(Files.readAllBytes(input), UTF_8);
    assertThat(FlowReader.read(text, input.getFileName().toString()).flows()).isNotEmpty();
  }
}
