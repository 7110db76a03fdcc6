package dev.flowsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.format.Examples;
import dev.flowsmith.format.FlowReader;
import dev.flowsmith.format.SourceFormat;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

  private static final Path FORMATS = Path.of("src/test/resources/formats");

  @TempDir
  Path dir;

  @Test
  void canonicalIsTheDefaultAndGoesToStandardOutput() throws Exception {
    CliRun run = CliRun.of("convert", FORMATS.resolve("studio-bundle-v1.json").toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(FlowReader.read(run.out(), "out").format()).isEqualTo(SourceFormat.CANONICAL);
    // the bundle imports the flow inactive, as the Studio does (format.md §10.2)
    assertThat(FlowReader.read(run.out(), "out").single().status()).isEqualTo("inactive");
    assertThat(FlowReader.read(run.out(), "out").single().id())
        .isEqualTo(FlowReader.read(FORMATS.resolve("studio-bundle-v1.json")).single().id());
  }

  @Test
  void writesAStudioBundleToAFile() throws Exception {
    Path out = dir.resolve("bundle.json");
    CliRun run = CliRun.of("convert", Examples.flowFiles().get(1).toString(), "--to", "studio", "-o", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(FlowReader.read(out).format()).isEqualTo(SourceFormat.STUDIO_BUNDLE_V2);
  }

  @Test
  void joinsFlowsWithASeparateOperationsList() throws Exception {
    CliRun run = CliRun.of("convert", FORMATS.resolve("rest-flows-ids-only.json").toString(),
        "--operations", FORMATS.resolve("rest-operations.json").toString(), "--flow", "Notify author on publish");

    assertThat(run.exitCode()).isZero();
    assertThat(FlowReader.read(run.out(), "out").single().operations()).hasSize(3);
  }

  @Test
  void writesATemplateFolder() throws Exception {
    CliRun run = CliRun.of("convert", FORMATS.resolve("canonical-array.json").toString(), "--to", "template",
        "-o", dir.resolve("tpl").toString());

    assertThat(run.exitCode()).isZero();
    assertThat(FlowReader.read(dir.resolve("tpl")).flows()).hasSize(4);
  }

  @Test
  void aBrokenInputExitsWithTwoAndALocatedMessage() {
    CliRun run = CliRun.of("convert", "src/test/resources/broken/position-as-string.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("position-as-string.json:52:21: $.operations[1].position_x: must be a whole number");
  }

  @Test
  void badUsageExitsWithTwo() {
    assertThat(CliRun.of("convert").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("convert", "x.json", "--to", "yaml").err()).contains("unknown format 'yaml'");
    assertThat(CliRun.of("convert", "missing.json").err()).contains("missing.json").contains("no such file");
    assertThat(CliRun.of("frobnicate").exitCode()).isEqualTo(2);
    CliRun v1 = CliRun.of("convert", FORMATS.resolve("canonical-array.json").toString(), "--to", "studio-v1");
    assertThat(v1.exitCode()).isEqualTo(2);
    assertThat(v1.err()).contains("holds one flow");
  }

  @Test
  void helpListsTheCommandsAndExitCodes() {
    CliRun run = CliRun.of("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("convert").contains("Exit codes");
  }
}
