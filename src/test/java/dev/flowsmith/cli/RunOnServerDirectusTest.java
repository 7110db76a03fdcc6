package dev.flowsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --on-server [--compare]} against the real server (DIRECTUS_URL, DIRECTUS_TOKEN). */
@Tag("directus")
class RunOnServerDirectusTest {

  static final String URL = env("DIRECTUS_URL", "http://127.0.0.1:8055");
  static final String FLOW = "src/test/resources/onserver/greeting.json";

  @TempDir
  Path dir;

  static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  Path trigger(String json) throws IOException {
    Path file = dir.resolve("trigger.json");
    Files.writeString(file, json);
    return file;
  }

  @Test
  void comparePrintsExpectedDifferences() throws IOException {
    CliRun run = CliRun.of("run", FLOW, "--trigger", trigger("{\"body\": {\"name\": \"Ada\", \"count\": 3}}").toString(),
        "--compare", "--url", URL);
    System.out.println(run.out() + run.err());
  }
}
