package dev.flowsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.format.FlowReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@code convert -o} leaves the files it writes (issue 17 item 8, issue 20). */
class ConvertOutputFilesTest {

  private static final Path FORMATS = Path.of("src/test/resources/formats");
  private static final String INPUT = FORMATS.resolve("canonical-array.json").toString();
  /** Large enough that writing takes a while, so the kill lands mid-write. */
  private static final int SIZE = 8_000_000;

  @TempDir
  Path dir;

  @Test
  void anExistingOutputKeepsItsModeAndANewOneGetsTheUmaskDefault() throws Exception {
    Path reference = Files.createFile(dir.resolve("reference"));
    Path fresh = dir.resolve("new.json");
    assertThat(CliRun.of("convert", INPUT, "-o", fresh.toString()).exitCode()).isZero();
    assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(Files.getPosixFilePermissions(reference));

    Path existing = dir.resolve("existing.json");
    Files.writeString(existing, "[]");
    Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rw-r--r--"));
    assertThat(CliRun.of("convert", INPUT, "-o", existing.toString()).exitCode()).isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(existing))).isEqualTo("rw-r--r--");
    assertThat(FlowReader.read(existing).flows()).hasSize(4);

    Path folder = dir.resolve("import");
    Files.createDirectories(folder);
    Path flows = Files.writeString(folder.resolve("directus_flows.json"), "[]");
    Files.setPosixFilePermissions(flows, PosixFilePermissions.fromString("rw-rw-r--"));
    assertThat(CliRun.of("convert", INPUT, "--to", "import", "-o", folder.toString()).exitCode()).isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(flows))).isEqualTo("rw-rw-r--");
    assertThat(Files.getPosixFilePermissions(folder.resolve("directus_operations.json")))
        .isEqualTo(Files.getPosixFilePermissions(reference));
  }

  @Test
  void aTemplateIsWrittenWithoutTemporaryFilesAndKeepsWhatTheFolderHeld() throws Exception {
    Path template = dir.resolve("tpl");
    Files.createDirectories(template.resolve("src"));
    Files.writeString(template.resolve("package.json"), "{\"name\": \"mine\"}\n");
    Files.writeString(template.resolve("src").resolve(".operations.json.00000000000000ff.tmp"), "stale");

    assertThat(CliRun.of("convert", INPUT, "--to", "template", "-o", template.toString()).exitCode()).isZero();

    assertThat(Files.readString(template.resolve("package.json"))).isEqualTo("{\"name\": \"mine\"}\n");
    assertThat(names(template.resolve("src")))
        .containsExactly("flows.json", "operations.json", "template-meta.json");
    assertThat(FlowReader.read(template).flows()).hasSize(4);
  }

  /**
   * The probe's trial: kill -9 while {@code convert -o} writes, then convert again. The next
   * write removes what the killed one left; the output is never half a file.
   */
  @Test
  void aKilledConvertLeavesNothingAfterTheNextWrite() throws Exception {
    Path big = dir.resolve("big.json");
    String flow = Files.readString(Path.of("src/test/resources/run/throw-and-recover.json"));
    Files.writeString(big, flow.replace("\"Throw and recover\"", "\"" + "x".repeat(SIZE) + "\""));
    Path out = dir.resolve("out.json");
    Files.writeString(out, "[]\n");

    int killedWhileWriting = 0;
    for (int trial = 0; trial < 3 && killedWhileWriting == 0; trial++) {
      Process convert = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), "dev.flowsmith.Main",
          "convert", big.toString(), "-o", out.toString())
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (convert.isAlive() && System.nanoTime() < deadline) {
        if (names(dir).stream().anyMatch(n -> n.startsWith(".out.json."))) {
          convert.destroyForcibly(); // SIGKILL
          killedWhileWriting++;
          break;
        }
        Thread.onSpinWait();
      }
      assertThat(convert.waitFor(60, TimeUnit.SECONDS)).isTrue();
      String text = Files.readString(out);
      assertThat(text.equals("[]\n") || text.length() > SIZE).as("old or whole new file").isTrue();
    }
    assertThat(killedWhileWriting).as("a kill landed while the temporary file existed").isPositive();
    assertThat(names(dir)).anyMatch(n -> n.startsWith(".out.json."));

    assertThat(CliRun.of("convert", INPUT, "-o", out.toString()).exitCode()).isZero();

    assertThat(names(dir)).containsExactly("big.json", "out.json");
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
