package dev.flowsmith.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.Operation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every format of format.md §8 and §10 reads to the example flows, and converts to canonical and back. */
public class FormatsTest {

  private static final Path FORMATS = Path.of("src/test/resources/formats");
  private static List<Flow> examples;

  @BeforeAll
  static void readExamples() throws Exception {
    examples = new ArrayList<>();
    for (Path file : Examples.flowFiles()) {
      examples.add(FlowReader.read(file).single());
    }
  }

  private static Flow example(String id) {
    return examples.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
  }

  /** Operation order in a file carries no meaning (format.md §8.1): compare in canonical order. */
  public static Flow sorted(Flow flow) {
    return flow.withOperations(flow.operations().stream().sorted(FlowCodec.CANONICAL_ORDER).toList());
  }

  public static List<Flow> sorted(List<Flow> flows) {
    return flows.stream().map(FormatsTest::sorted).sorted(Comparator.comparing(Flow::id)).toList();
  }

  /** What the import files carry: everything but the dates and users the server fills in. */
  public static Flow asImported(Flow flow) {
    List<Operation> ops = flow.operations().stream()
        .map(o -> new Operation(o.id(), o.name(), o.key(), o.type(), o.position(), o.options(), o.resolve(),
            o.reject(), o.flow(), null, null, o.extra()))
        .toList();
    return new Flow(flow.id(), flow.name(), flow.icon(), flow.color(), flow.description(), flow.status(),
        flow.trigger(), flow.accountability(), flow.options(), flow.operation(), null, null, ops, flow.extra());
  }

  /** What survives a Studio bundle: everything but status (imported inactive) and server metadata. */
  private static Flow asBundled(Flow flow) {
    List<Operation> ops = flow.operations().stream()
        .map(o -> new Operation(o.id(), o.name(), o.key(), o.type(), o.position(), o.options(), o.resolve(),
            o.reject(), o.flow(), null, null, JsonObject.EMPTY))
        .toList();
    return new Flow(flow.id(), flow.name(), flow.icon(), flow.color(), flow.description(), Flow.INACTIVE,
        flow.trigger(), flow.accountability(), flow.options(), flow.operation(), null, null, ops, JsonObject.EMPTY);
  }

  @Test
  void restResponseWithNestedOperations() throws Exception {
    FlowDocument single = FlowReader.read(FORMATS.resolve("rest-single.json"));
    assertThat(single.format()).isEqualTo(SourceFormat.REST_RESPONSE);
    assertThat(single.single()).isEqualTo(examples.get(0));

    FlowDocument many = FlowReader.read(FORMATS.resolve("rest-many.json"));
    assertThat(many.flows()).isEqualTo(examples);
  }

  @Test
  void restResponseWithOperationIdsAndASeparateOperationsList() throws Exception {
    FlowDocument document = FlowReader.readSeparate(
        Files.readString(FORMATS.resolve("rest-flows-ids-only.json")), "flows.json",
        Files.readString(FORMATS.resolve("rest-operations.json")), "operations.json");
    assertThat(sorted(document.flows())).isEqualTo(sorted(examples));
  }

  @Test
  void restResponseWithOperationIdsAloneNamesTheMissingList() {
    assertThat(catchFormatError(() -> FlowReader.read(FORMATS.resolve("rest-flows-ids-only.json"))))
        .hasMessageContaining("$.data[0].operations[0]")
        .hasMessageContaining("listed by id only");
  }

  @Test
  void operationsListAloneIsRecognised() {
    assertThat(catchFormatError(() -> FlowReader.read(FORMATS.resolve("rest-operations.json"))))
        .hasMessageContaining("operations list (GET /operations)");
  }

  @Test
  void studioBundleVersion1() throws Exception {
    FlowDocument document = FlowReader.read(FORMATS.resolve("studio-bundle-v1.json"));
    assertThat(document.format()).isEqualTo(SourceFormat.STUDIO_BUNDLE_V1);
    assertThat(sorted(document.single())).isEqualTo(sorted(asBundled(examples.get(1))));
  }

  @Test
  void studioBundleVersion2ImportsFlowsInactiveAsTheStudioDoes() throws Exception {
    FlowDocument document = FlowReader.read(FORMATS.resolve("studio-bundle-v2.json"));
    assertThat(document.format()).isEqualTo(SourceFormat.STUDIO_BUNDLE_V2);
    assertThat(document.flows()).allSatisfy(f -> assertThat(f.status()).isEqualTo(Flow.INACTIVE));
    assertThat(sorted(document.flows())).isEqualTo(sorted(examples.stream().map(FormatsTest::asBundled).toList()));
  }

  @Test
  void templateCliFolderGivenByItsRootOrItsSrc() throws Exception {
    for (Path folder : List.of(FORMATS.resolve("template-folder"), FORMATS.resolve("template-folder/src"))) {
      FlowDocument document = FlowReader.read(folder);
      assertThat(document.format()).isEqualTo(SourceFormat.TEMPLATE_FOLDER);
      assertThat(sorted(document.flows())).isEqualTo(sorted(examples));
    }
  }

  @Test
  void importBatchAndCanonicalArray() throws Exception {
    FlowDocument batch = FlowReader.read(FORMATS.resolve("import-batch.json"));
    assertThat(batch.format()).isEqualTo(SourceFormat.IMPORT_BATCH);
    assertThat(sorted(batch.flows())).isEqualTo(sorted(examples));

    FlowDocument array = FlowReader.read(FORMATS.resolve("canonical-array.json"));
    assertThat(array.format()).isEqualTo(SourceFormat.CANONICAL_ARRAY);
    assertThat(array.flows()).isEqualTo(examples);
  }

  @Test
  void legacyHookTriggerStringifiedOptionsAndUnknownsRoundTrip() throws Exception {
    Flow flow = FlowReader.read(FORMATS.resolve("legacy-and-unknowns.json")).single();
    Flow original = example("0646c641-b545-440f-a045-0b91e4bab5aa");

    assertThat(flow.trigger()).isEqualTo("event");
    assertThat(flow.options()).isEqualTo(original.options());
    assertThat(flow.extra().members()).containsOnlyKeys("folder", "sort");
    Operation custom = flow.operationByKey("custom_step").orElseThrow();
    assertThat(custom.type()).isEqualTo("my-extension-op");

    String canonical = FlowWriter.canonical(flow);
    Flow again = FlowReader.read(canonical, "again").single();
    assertThat(again).isEqualTo(flow);
    assertThat(canonical).contains("\"folder\": \"7b1c1a55-2d3e-4a50-9a0e-2f0d5d3c9e11\"")
        .contains("\"x_extension_field\": {").contains("\"type\": \"my-extension-op\"");
    assertThat(again.operationByKey("is_published").orElseThrow().extra().get("x_extension_field"))
        .isPresent();
  }

  @Test
  void numbersKeepTheirLiteralText() throws Exception {
    Flow flow = FlowReader.read(FORMATS.resolve("legacy-and-unknowns.json")).single();
    JsonObject options = flow.operationByKey("custom_step").orElseThrow().optionsObject();
    assertThat(options.get("n")).contains(new JsonValue.JsonNumber("1.5"));
    assertThat(FlowWriter.canonical(flow)).contains("\"n\": 1.5");
  }

  /** format → canonical → same format gives the same bytes, and canonical → format → canonical the same flows. */
  @ParameterizedTest
  @EnumSource(value = TargetFormat.class, names = "TEMPLATE_FOLDER", mode = EnumSource.Mode.EXCLUDE)
  void everyFormatConvertsToCanonicalAndBack(TargetFormat format) throws Exception {
    List<Flow> flows = examples;
    String inFormat = FlowWriter.write(flows, format);

    List<Flow> viaFormat = FlowReader.read(inFormat, format.id()).flows();
    String canonical = FlowWriter.write(viaFormat, TargetFormat.CANONICAL);
    List<Flow> viaCanonical = FlowReader.read(canonical, "canonical").flows();

    // the import lists operations targets first; every other format keeps the canonical order
    assertThat(format == TargetFormat.IMPORT_BATCH ? sorted(viaCanonical) : viaCanonical)
        .isEqualTo(format == TargetFormat.IMPORT_BATCH ? sorted(viaFormat) : viaFormat);
    assertThat(FlowWriter.write(viaCanonical, format)).isEqualTo(inFormat);
    boolean lossy = format == TargetFormat.IMPORT_BATCH;
    List<Flow> expected = lossy ? flows.stream().map(FormatsTest::asImported).toList() : flows;
    assertThat(sorted(viaFormat)).isEqualTo(sorted(expected));
  }

  @Test
  void templateFolderConvertsToCanonicalAndBack(@TempDir Path dir) throws Exception {
    FlowWriter.writeTemplateFolder(dir.resolve("first"), examples);
    List<Flow> read = FlowReader.read(dir.resolve("first")).flows();
    assertThat(sorted(read)).isEqualTo(sorted(examples));

    FlowWriter.writeTemplateFolder(dir.resolve("second"), FlowReader.read(FlowWriter.write(read,
        TargetFormat.CANONICAL), "c").flows());
    for (String file : List.of("src/flows.json", "src/operations.json")) {
      assertThat(dir.resolve("second").resolve(file)).hasSameTextualContentAs(dir.resolve("first").resolve(file));
    }
    assertThat(Files.readString(dir.resolve("first/src/flows.json"))).contains("\"operations\": null");
  }

  static FlowFormatException catchFormatError(ThrowingRunnable action) {
    try {
      action.run();
    } catch (FlowFormatException expected) {
      return expected;
    } catch (Exception other) {
      throw new AssertionError("expected a FlowFormatException, got " + other, other);
    }
    throw new AssertionError("expected a FlowFormatException, nothing was thrown");
  }

  interface ThrowingRunnable {
    void run() throws Exception;
  }
}
