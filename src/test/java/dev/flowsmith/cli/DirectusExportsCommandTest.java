package dev.flowsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.format.FlowReader;
import dev.flowsmith.format.FormatsTest;
import dev.flowsmith.model.Flow;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** convert, lint and run take the Directus app's CSV and YAML exports as they take JSON. */
class DirectusExportsCommandTest {

  static final Path EXPORTS = Path.of("src/test/resources/formats/exports");

  @TempDir
  Path dir;

  @Test
  void convertReadsACsvExportWithItsOperationsBesideIt() throws Exception {
    Path flows = Files.copy(EXPORTS.resolve("directus_flows.csv"), dir.resolve("directus_flows 20261207-1.csv"));
    Files.copy(EXPORTS.resolve("directus_operations.csv"), dir.resolve("directus_operations 20261207-2.csv"));

    CliRun run = CliRun.of("convert", flows.toString(), "--flow", "Every operation type");

    assertThat(run.exitCode()).as(run.err()).isZero();
    Flow expected = FlowReader.read(Path.of("src/test/resources/formats/all-operations.json")).single()
        .withStatus(Flow.INACTIVE);
    assertThat(FormatsTest.sorted(FormatsTest.asImported(FlowReader.read(run.out(), "out.json").single())))
        .isEqualTo(FormatsTest.sorted(FormatsTest.asImported(expected)));
  }

  @Test
  void convertTakesAYamlExportWithOperationsGivenApart() {
    CliRun run = CliRun.of("convert", EXPORTS.resolve("directus_flows.yaml").toString(), "--operations",
        EXPORTS.resolve("directus_operations.csv").toString(), "--to", "rest");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("{\n  \"data\": [");
  }

  @Test
  void lintReadsACsvExport() throws Exception {
    Path flows = Files.copy(EXPORTS.resolve("directus_flows.csv"), dir.resolve("directus_flows.csv"));
    Files.copy(EXPORTS.resolve("directus_operations.csv"), dir.resolve("directus_operations.csv"));

    CliRun run = CliRun.of("lint", flows.toString());

    // the two Trigger Flow operations call flows that are not in the export
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("unknown-flow-reference").contains("run_child").contains("notify_admins");
  }

  @Test
  void runRunsAFlowFromAYamlExport() throws Exception {
    Files.writeString(dir.resolve("flows.yaml"), """
        - id: 4d3c2b1a-0000-4000-8000-000000000001
          name: Greeting
          icon: bolt
          color: null
          description: null
          status: active
          trigger: webhook
          accountability: all
          options:
            method: POST
          operation: 4d3c2b1a-0000-4000-8000-000000000002
          operations:
            - 4d3c2b1a-0000-4000-8000-000000000002
        """);
    Files.writeString(dir.resolve("operations.yaml"), """
        - id: 4d3c2b1a-0000-4000-8000-000000000002
          name: Greet
          key: greet
          type: transform
          position_x: 19
          position_y: 1
          options:
            json:
              hello: '{{$trigger.body.name}}'
          resolve: null
          reject: null
          flow: 4d3c2b1a-0000-4000-8000-000000000001
        """);
    Path trigger = Files.writeString(dir.resolve("trigger.json"), "{\"body\": {\"name\": \"Ada\"}}");

    CliRun run = CliRun.of("run", dir.resolve("flows.yaml").toString(), "--trigger", trigger.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"hello\": \"Ada\"");
  }
}
