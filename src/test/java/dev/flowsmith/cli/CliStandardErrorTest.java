package dev.flowsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20: commands that open a workspace's SQLite item store (sqlite-jdbc) or schedules
 * (cron-utils) printed SLF4J's three-line "No SLF4J providers were found" notice. Runs the real
 * entry point in a fresh JVM (the notice comes once per JVM, so in-process runs cannot see it).
 */
class CliStandardErrorTest {

  private static final String SCHEDULED = "resources/examples/scheduled-cleanup.json";

  @TempDir
  Path workspace;

  @Test
  void commandsUsingSqliteAndCronPrintNothingOnStandardError() throws Exception {
    assertThat(stderrOf("schema", "apply", "resources/examples/schema-snapshot.json",
        "--workspace", workspace.toString())).isEmpty();
    assertThat(stderrOf("run", SCHEDULED)).isEmpty();
  }

  private static String stderrOf(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "dev.flowsmith.Main"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    process.getOutputStream().close();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return err;
  }
}
