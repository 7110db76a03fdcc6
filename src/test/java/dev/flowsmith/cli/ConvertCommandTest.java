package dev.flowsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.format.Examples;
import dev.flowsmith.format.FlowReader;
import dev.flowsmith.format.SourceFormat;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
  void refusesToWriteTheStudioBundleNamingTheFormatsThatWork() throws Exception {
    for (String studio : List.of("studio", "studio-v1")) {
      Path out = dir.resolve(studio + ".json");
      CliRun run = CliRun.of("convert", Examples.flowFiles().get(1).toString(), "--to", studio, "-o", out.toString());

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("'" + studio + "' is no longer written").contains("404")
          .contains("canonical, rest, import, template");
      assertThat(out).doesNotExist();
    }
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
  void importToAFolderWritesTheTwoUploadsWithTargetsFirst() throws Exception {
    Path out = dir.resolve("import");
    CliRun run = CliRun.of("convert", FORMATS.resolve("canonical-array.json").toString(), "--to", "import",
        "-o", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonValue flows = JsonText.parseValue(Files.readString(out.resolve("directus_flows.json")));
    JsonValue ops = JsonText.parseValue(Files.readString(out.resolve("directus_operations.json")));
    assertThat(((JsonArray) flows).elements()).hasSize(4).allSatisfy(f -> assertThat((JsonObject) f)
        .matches(o -> !o.has("operations") && !o.has("user_created") && !o.has("date_created")));
    assertTargetsFirst((JsonArray) ops);
    assertThat(((JsonArray) ops).elements()).hasSize(17);
    assertThat(FlowReader.read(out).flows()).hasSize(4);
    assertThat(FlowReader.read(out).format()).isEqualTo(SourceFormat.IMPORT_FOLDER);
  }

  @Test
  void importAsOneJsonFileIsTheBatchWithTargetsFirst() throws Exception {
    Path out = dir.resolve("batch.json");
    CliRun run = CliRun.of("convert", FORMATS.resolve("canonical-array.json").toString(), "--to", "import",
        "-o", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonArray batch = (JsonArray) JsonText.parseValue(Files.readString(out));
    assertThat(((JsonObject) batch.elements().get(0)).string("collection")).contains("directus_flows");
    assertTargetsFirst((JsonArray) ((JsonObject) batch.elements().get(1)).get("items").orElseThrow());
  }

  /** Every resolve/reject names an operation listed before it. */
  static void assertTargetsFirst(JsonArray ops) {
    Set<String> seen = new HashSet<>();
    List<String> late = new ArrayList<>();
    for (JsonValue element : ops.elements()) {
      JsonObject op = (JsonObject) element;
      for (String link : List.of("resolve", "reject")) {
        op.string(link).filter(target -> !seen.contains(target)).ifPresent(late::add);
      }
      seen.add(op.string("id").orElseThrow());
    }
    assertThat(late).as("links to operations not yet listed").isEmpty();
  }

  @Test
  void aLoopCannotBeImportedAndSaysWhere() throws Exception {
    Path out = dir.resolve("loop");
    CliRun run = CliRun.of("convert", "src/test/resources/lint-corpus/cycle.json", "--to", "import",
        "-o", out.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("cycle.json").contains("form a loop").contains("→");
    assertThat(out).doesNotExist();
  }

  @Test
  void templateWritesTheLayoutDirectusTemplateCliApplies() throws Exception {
    Path out = dir.resolve("my-template");
    CliRun run = CliRun.of("convert", FORMATS.resolve("canonical-array.json").toString(), "--to", "template",
        "-o", out.toString(), "--template-name", "Shop flows");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonObject pkg = (JsonObject) JsonText.parseValue(Files.readString(out.resolve("package.json")));
    assertThat(pkg.string("templateName")).contains("Shop flows");
    assertThat(pkg.string("name")).contains("directus-template-shop-flows");
    assertThat(pkg.get("directusTemplate")).contains(JsonValue.TRUE);
    JsonObject meta = (JsonObject) JsonText.parseValue(Files.readString(out.resolve("src/template-meta.json")));
    assertThat(meta.get("version")).contains(JsonValue.of(2));
    assertThat(meta.get("partial")).contains(JsonValue.TRUE);
    JsonObject components = (JsonObject) meta.get("components").orElseThrow();
    assertThat(components.members()).hasSize(9).containsEntry("flows", JsonValue.TRUE)
        .containsEntry("schema", JsonValue.FALSE);
    assertThat(out.resolve("flows.json")).doesNotExist();
    assertThat(Files.readString(out.resolve("src/flows.json"))).contains("\"operations\": null");
    assertThat(out.resolve("src/operations.json")).exists();
    assertThat(FlowReader.read(out).format()).isEqualTo(SourceFormat.TEMPLATE_FOLDER);
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
    assertThat(CliRun.of("convert", "x.json", "--to", "yaml").err()).contains("use canonical, rest, import, template");
  }

  @Test
  void helpListsTheCommandsAndExitCodes() {
    CliRun run = CliRun.of("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("convert").contains("Exit codes");
  }
}
