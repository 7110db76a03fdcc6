package dev.flowsmith.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.model.Flow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Directus app's own exports ({@code GET /flows?export=…}, {@code GET /operations?export=…})
 * of the four examples and a flow with all 15 operation types, as a Directus 11.11 server wrote
 * them after importing what {@code convert --to import} gives, read back to the same flows.
 */
class DirectusExportsTest {

  static final Path EXPORTS = Path.of("src/test/resources/formats/exports");
  static final Path ALL_OPERATIONS = Path.of("src/test/resources/formats/all-operations.json");

  /** The flows that were imported: the examples and the all-operations flow, made inactive for the server. */
  static List<Flow> uploaded() throws Exception {
    List<Flow> flows = new ArrayList<>();
    for (Path file : Examples.flowFiles()) {
      flows.add(FlowReader.read(file).single());
    }
    flows.add(FlowReader.read(ALL_OPERATIONS).single());
    return flows.stream().map(f -> FormatsTest.asImported(f.withStatus(Flow.INACTIVE))).toList();
  }

  private static List<Flow> comparable(List<Flow> flows) {
    return FormatsTest.sorted(flows.stream().map(FormatsTest::asImported).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"csv", "yaml", "json"})
  void theServersExportReadsBackToTheUploadedFlows(String syntax) throws Exception {
    FlowDocument read = FlowReader.readSeparate(
        FlowReader.readText(EXPORTS.resolve("directus_flows." + syntax)), "directus_flows." + syntax,
        FlowReader.readText(EXPORTS.resolve("directus_operations." + syntax)), "directus_operations." + syntax);

    assertThat(read.flows()).hasSize(5);
    assertThat(comparable(read.flows())).isEqualTo(FormatsTest.sorted(uploaded()));
    assertThat(read.format()).isEqualTo(switch (syntax) {
      case "csv" -> SourceFormat.CSV_EXPORT;
      case "yaml" -> SourceFormat.YAML_EXPORT;
      default -> SourceFormat.REST_RESPONSE;
    });
    assertThat(read.flows()).allSatisfy(f -> assertThat(f.dateCreated()).isNotNull());
  }

  @ParameterizedTest
  @ValueSource(strings = {"csv", "yaml"})
  void aFlowsExportFindsItsOperationsExportBesideIt(String syntax, @TempDir Path dir) throws Exception {
    // the names the Directus app gives its downloads
    Path flows = Files.copy(EXPORTS.resolve("directus_flows." + syntax),
        dir.resolve("directus_flows 20261207-55656." + syntax));
    Files.copy(EXPORTS.resolve("directus_operations." + syntax), dir.resolve("directus_operations 20261207-55702."
        + syntax));

    assertThat(comparable(FlowReader.read(flows).flows())).isEqualTo(FormatsTest.sorted(uploaded()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"csv", "yaml"})
  void aFlowsExportAloneAsksForItsOperations(String syntax, @TempDir Path dir) throws Exception {
    Path flows = Files.copy(EXPORTS.resolve("directus_flows." + syntax), dir.resolve("directus_flows." + syntax));

    FlowFormatException error = FormatsTest.catchFormatError(() -> FlowReader.read(flows));

    assertThat(error.getMessage()).contains("directus_flows." + syntax + ":").containsPattern(":\\d+:\\d+: ")
        .contains("operations are listed by id only").contains("--operations");
  }

  @ParameterizedTest
  @ValueSource(strings = {"csv", "yaml"})
  void anOperationsExportAloneSaysWhatItIs(String syntax) {
    FlowFormatException error = FormatsTest.catchFormatError(
        () -> FlowReader.read(EXPORTS.resolve("directus_operations." + syntax)));

    assertThat(error.getMessage()).contains("this is an operations list");
  }
}
