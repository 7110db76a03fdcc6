package dev.flowsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.format.Examples;
import dev.flowsmith.format.FlowReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged {@code target/flowsmith.jar} as a user would: {@code java -jar flowsmith.jar …}. */
class PackagedJarIT {

  record Result(int exitCode, String out, String err) {}

  static Result java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", System.getProperty("flowsmith.jar", "target/flowsmith.jar")));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void helpAndVersion() throws Exception {
    Result help = java("--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("Usage: flowsmith").contains("convert").contains("lint");

    Result version = java("--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("Flowsmith ");
  }

  @Test
  void convertsAnExampleToTheDirectusImportFilesAndBack(@TempDir Path dir) throws Exception {
    Path example = Examples.flowFiles().get(2);
    Path out = dir.resolve("import");
    Result imported = java("convert", example.toString(), "--to", "import", "-o", out.toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(Files.readString(out.resolve("directus_operations.json"))).startsWith("[\n  {");
    assertThat(FlowReader.read(out).single().id()).isEqualTo(FlowReader.read(example).single().id());
    Result studio = java("convert", example.toString(), "--to", "studio");
    assertThat(studio.exitCode()).isEqualTo(2);
    assertThat(studio.err()).contains("no longer written");
  }

  @Test
  void badInputExitsWithTwoAndAMessageOnStandardError() throws Exception {
    Result result = java("convert", "src/test/resources/broken/trailing-comma.json");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("trailing-comma.json:4:18: malformed JSON");
  }

  /** The acceptance: {@code lint} finds each planted mistake and is silent on the examples. */
  @Test
  void lintFindsEveryPlantedMistakeAndIsSilentOnTheExamples() throws Exception {
    List<Path> corpus;
    try (var files = java.nio.file.Files.list(Path.of("src/test/resources/lint-corpus"))) {
      corpus = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(corpus).hasSizeGreaterThan(30);
    for (Path file : corpus) {
      String code = file.getFileName().toString().replaceAll("(--.*)?\\.json$", "");
      if (code.equals("unknown-flow-reference")) {
        continue; // needs the workspace's flows; covered by LintCommandTest
      }
      Result result = java("lint", "--fail-on", "info", file.toString());
      assertThat(result.exitCode()).as(file.toString()).isEqualTo(1);
      assertThat(result.out()).as(file.toString()).contains("[" + code + "]");
    }
    List<String> examples = new ArrayList<>(List.of("lint", "--fail-on", "info"));
    Examples.flowFiles().forEach(p -> examples.add(p.toString()));
    Result clean = java(examples.toArray(String[]::new));
    assertThat(clean.exitCode()).isZero();
    assertThat(clean.out()).isEqualTo("no problems\n");
  }

  /** Every golden case through {@code java -jar flowsmith.jar run}: the chain and steps Directus gave. */
  @Test
  void runReproducesEveryGoldenCase() throws Exception {
    Path golden = Path.of("src/test/resources/golden");
    Path examples = Examples.folder();
    List<Path> triggers;
    try (var files = java.nio.file.Files.walk(golden)) {
      triggers = files.filter(p -> p.toString().endsWith(".trigger.json")).sorted().toList();
    }
    assertThat(triggers).hasSize(11);
    for (Path trigger : triggers) {
      Path folder = trigger.getParent();
      String name = trigger.getFileName().toString().replace(".trigger.json", "");
      Path flow = java.nio.file.Files.exists(folder.resolve("flow.json")) ? folder.resolve("flow.json")
          : examples.resolve(folder.getFileName() + ".json");
      // the goldens hold the chain as the server's HTTP response gave it: live values, not the run log's
      List<String> args = new ArrayList<>(List.of("run", flow.toString(), "--trigger", trigger.toString(), "--unmasked",
          "--schema", examples.resolve("schema-snapshot.json").toString(),
          "--items", examples.resolve("seed-items.json").toString()));
      Path setup = folder.resolve(name + ".setup.json");
      if (java.nio.file.Files.exists(setup)) {
        args.addAll(List.of("--patch", setup.toString()));
      }
      Result result = java(args.toArray(String[]::new));
      assertThat(result.exitCode()).as(name + ": " + result.err()).isZero();
      GoldenComparison.assertMatches(name, result.out(),
          java.nio.file.Files.readString(folder.resolve(name + ".expected.json")));
    }
  }
}
