package dev.flowsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.format.StudioBundles;
import dev.flowsmith.format.Examples;
import dev.flowsmith.format.FlowReader;
import dev.flowsmith.format.FlowWriter;
import dev.flowsmith.format.TargetFormat;
import dev.flowsmith.format.WorkspaceFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {

  private static final Path CORPUS = Path.of("src/test/resources/lint-corpus");

  @TempDir
  Path dir;

  @Test
  void theExamplesAreClean() {
    List<String> args = new java.util.ArrayList<>(List.of("lint"));
    Examples.flowFiles().forEach(p -> args.add(p.toString()));
    CliRun run = CliRun.of(args.toArray(String[]::new));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("no problems\n");
  }

  @Test
  void aPlantedMistakeIsReportedAtItsLineAndColumnAndFailsTheRun() {
    Path file = CORPUS.resolve("dangling-link.json");
    CliRun run = CliRun.of("lint", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).containsPattern(
        "lint-corpus/dangling-link\\.json:\\d+:\\d+: error: .* \\[dangling-link\\] \\(\\$\\.operations\\[\\d\\]\\.resolve\\)");
    assertThat(run.out()).endsWith("1 error, 1 warning\n");
  }

  @Test
  void failOnDecidesWhichSeverityFails() {
    Path infoOnly = CORPUS.resolve("key-not-slug.json");
    assertThat(CliRun.of("lint", infoOnly.toString()).exitCode()).isZero();
    assertThat(CliRun.of("lint", infoOnly.toString(), "--fail-on", "info").exitCode()).isEqualTo(1);
    assertThat(CliRun.of("lint", CORPUS.resolve("unreachable-operation.json").toString(), "--fail-on", "error")
        .exitCode()).isZero();
  }

  @Test
  void jsonOutputCarriesPathLineAndColumn() {
    CliRun run = CliRun.of("lint", "--format", "json", CORPUS.resolve("request-headers-not-list.json").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("\"code\": \"request-headers-not-list\"").contains("\"severity\": \"error\"")
        .containsPattern("\"line\": \\d+").contains("\"path\": \"$.operations[");
  }

  @Test
  void problemsInAStudioBundleAreLocatedInsideTheBundle() throws Exception {
    Path bundle = dir.resolve("bundle.json");
    Files.writeString(bundle, StudioBundles.v2(FlowReader.read(CORPUS.resolve("dangling-link.json")).flows()));
    CliRun run = CliRun.of("lint", "--format", "json", bundle.toString());

    assertThat(run.out()).contains("\"code\": \"dangling-link\"").containsPattern("\"line\": \\d+");
  }

  @Test
  void aWorkspaceIsLintedAsAWholeWithFlowReferences() throws Exception {
    WorkspaceFolder workspace = WorkspaceFolder.create(dir.resolve("ws"));
    workspace.saveFlow(FlowReader.read(CORPUS.resolve("unknown-flow-reference.json")).single());
    CliRun run = CliRun.of("lint", dir.resolve("ws").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("[unknown-flow-reference]").contains(dir.resolve("ws/flows").toString());
  }

  @Test
  void unreadableInputExitsWithTwo() {
    CliRun run = CliRun.of("lint", "src/test/resources/broken/truncated.json");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("truncated.json:54:13: malformed JSON");
    assertThat(CliRun.of("lint", "--fail-on", "fatal", "x.json").exitCode()).isEqualTo(2);
  }

  /** Issue 20: both were "no problems". */
  @Test
  void twoFlowsWithOneIdAreAProblemNamingBothPaths() throws Exception {
    String flow = Files.readString(Examples.flowFiles().get(0)).strip();
    Path file = dir.resolve("twice.json");
    Files.writeString(file, "[\n" + flow + ",\n" + flow + "\n]\n");

    CliRun run = CliRun.of("lint", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    String id = FlowReader.read(Examples.flowFiles().get(0)).single().id();
    int secondLine = 3 + (int) flow.lines().count(); // "[", the first flow, "{" of the second
    assertThat(run.out()).contains(file + ":" + secondLine + ":9: error: The flow id \"" + id
        + "\" is used twice, at $[0].id and at $[1].id; flow ids must be unique [duplicate-flow-id] ($[1].id)");
    assertThat(CliRun.of("lint", "--format", "json", file.toString()).out())
        .contains("\"flow\": \"" + id + "\",\n    \"severity\": \"error\",\n    \"code\": \"duplicate-flow-id\"");
  }

  @Test
  void anEmptyArrayHasNoFlowsInIt() throws Exception {
    Path file = dir.resolve("empty.json");
    Files.writeString(file, "[]\n");

    CliRun run = CliRun.of("lint", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEqualTo(file + ":1:1: error: No flows in the file [no-flows] ($)\n1 error\n");
    assertThat(CliRun.of("lint", "--format", "json", file.toString()).out()).contains("\"flow\": null");
  }
}
