package dev.flowsmith.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The CSV and YAML of the Directus app's export, cell by cell, and errors located by line and column. */
class CsvYamlTextTest {

  private static JsonObject row(String csv, int index) throws Exception {
    return (JsonObject) ((JsonArray) CsvText.parse(csv, "x.csv").root()).elements().get(index);
  }

  @Test
  void quotedCellsAreStringsUnquotedOnesNumbersAndBooleans() throws Exception {
    JsonObject op = row("""
        "id","name","position_x","options.n","options.s","options.b","options.sb","options.list","options.e","options.obj"
        "a","19",19,12,"12",true,"true","[1,{""d"":null}]","","{""looks"": ""like json""}"
        """, 0);

    assertThat(op.get("name")).contains(JsonValue.of("19"));
    assertThat(op.get("position_x")).contains(new JsonValue.JsonNumber("19"));
    JsonObject options = (JsonObject) op.get("options").orElseThrow();
    assertThat(options.get("n")).contains(new JsonValue.JsonNumber("12"));
    assertThat(options.get("s")).contains(JsonValue.of("12"));
    assertThat(options.get("b")).contains(JsonValue.TRUE);
    assertThat(options.get("sb")).contains(JsonValue.of("true"));
    assertThat(options.get("list")).contains(JsonText.parseValue("[1,{\"d\":null}]"));
    assertThat(options.get("e")).contains(JsonValue.of(""));
    // json2csv flattens objects into columns, so a cell holding an object's text was a string
    assertThat(options.get("obj")).contains(JsonValue.of("{\"looks\": \"like json\"}"));
  }

  @Test
  void emptyCellsAreNullAtTheTopAndAbsentInside() throws Exception {
    JsonObject op = row("""
        "id","reject","options","options.method","options.async"
        "a",,,"POST",
        "b",,"{}",,
        """, 0);
    assertThat(op.get("reject")).contains(JsonValue.NULL);
    assertThat(op.get("options")).contains(JsonObject.builder().put("method", "POST").build());

    JsonObject second = row("""
        "id","reject","options","options.method"
        "a",,,"POST"
        "b",,"{}",
        "c",,,
        """, 1);
    assertThat(second.get("options")).contains(JsonObject.EMPTY);
    assertThat(row("\"id\",\"options\",\"options.method\"\n\"c\",,\n", 0).get("options")).contains(JsonValue.NULL);
  }

  @Test
  void cellsKeepTheirLinesAndColumnsAcrossQuotedLineBreaks() throws Exception {
    ParsedJson doc = CsvText.parse("""
        "id","name","options.code"
        "a","one","line 1
        line 2"
        "b","two",
        """, "x.csv");

    assertThat(doc.locate("$[1].name")).contains(new SourceLocation(4, 5));
    assertThat(doc.locate("$[0].options.code")).contains(new SourceLocation(2, 11));
  }

  @Test
  void badCsvIsLocated() {
    assertThat(FormatsTest.catchFormatError(() -> CsvText.parse("\"id\",\"name\"\n\"a\",\"b\",\"c\"\n", "f.csv"))
        .getMessage()).isEqualTo("f.csv:2:9: this row has more cells than the header has columns (2)");
    assertThat(FormatsTest.catchFormatError(() -> CsvText.parse("\"id\",\"name\"\n\"a\"\n", "f.csv"))
        .getMessage()).isEqualTo("f.csv:2:1: this row has 1 cells; the header has 2 columns");
    assertThat(FormatsTest.catchFormatError(() -> CsvText.parse("\"id\",\"id\"\n", "f.csv")).getMessage())
        .isEqualTo("f.csv:1:6: header column 'id' appears twice");
    assertThat(FormatsTest.catchFormatError(() -> CsvText.parse("\"id\",\"o\",\"o.x\"\n\"a\",\"s\",1\n", "f.csv"))
        .getMessage()).startsWith("f.csv:2:9: $[0].o.x: column 'o.x' puts a member inside 'o'");
    assertThat(FormatsTest.catchFormatError(() -> CsvText.parse("", "f.csv")).getMessage())
        .isEqualTo("f.csv:1:1: the file is empty, expected CSV");
  }

  @Test
  void aFlowErrorInACsvExportNamesTheCell() {
    FlowFormatException error = FormatsTest.catchFormatError(() -> FlowReader.readSeparate(
        "\"id\",\"name\",\"trigger\",\"operations\"\n\"f\",\"F\",\"manual\",\"[\"\"o\"\"]\"\n", "flows.csv",
        "\"id\",\"key\",\"type\",\"position_x\",\"position_y\",\"flow\"\n\"o\",\"k\",\"log\",\"x\",1,\"f\"\n",
        "operations.csv"));

    assertThat(error.getMessage()).isEqualTo("operations.csv:2:15: $[0].position_x: must be a whole number,"
        + " found string");
  }

  @Test
  void yamlFollowsTheCoreSchemaJsYamlWrites() throws Exception {
    JsonObject doc = (JsonObject) YamlText.parse("""
        name: 'true'
        on: yes
        count: 12
        hex: 0x1F
        text: '12'
        nothing: null
        block: |-
          a
          b
        """, "x.yaml").root();

    assertThat(doc.get("name")).contains(JsonValue.of("true"));
    assertThat(doc.get("on")).contains(JsonValue.of("yes"));
    assertThat(doc.get("count")).contains(new JsonValue.JsonNumber("12"));
    assertThat(doc.get("hex")).contains(new JsonValue.JsonNumber("31"));
    assertThat(doc.get("text")).contains(JsonValue.of("12"));
    assertThat(doc.get("nothing")).contains(JsonValue.NULL);
    assertThat(doc.get("block")).contains(JsonValue.of("a\nb"));
  }

  @Test
  void badYamlIsLocated() {
    assertThat(FormatsTest.catchFormatError(() -> YamlText.parse("- id: a\n  name: [x\n", "f.yaml")).getMessage())
        .startsWith("f.yaml:3:1: malformed YAML: ");
    assertThat(FormatsTest.catchFormatError(() -> YamlText.parse("a: 1\na: 2\n", "f.yaml")).getMessage())
        .contains("f.yaml:2:").contains("a");
    FlowFormatException field = FormatsTest.catchFormatError(() -> FlowReader.read(
        "- id: f\n  name: F\n  operations:\n    - id: o\n      key: k\n      type: log\n      position_x: one\n"
            + "      position_y: 1\n", "f.yaml"));
    assertThat(field.getMessage()).isEqualTo("f.yaml:7:19: $[0].operations[0].position_x: must be a whole number,"
        + " found string");
  }

  /** Mangled exports give a located FlowFormatException, never another exception. */
  @Test
  void mangledExportsOnlyEverFailAsFormatErrors() throws Exception {
    List<String> seeds = new ArrayList<>();
    for (String file : List.of("directus_flows.csv", "directus_operations.csv", "directus_flows.yaml")) {
      seeds.add(Files.readString(Path.of("src/test/resources/formats/exports", file)));
    }
    seeds.addAll(List.of("- a: &x [1]\n- b: *x\n", "a: .inf\n", "- x: 1e99999999999\n", "\"id\",\"o.\"\n\"a\",1\n",
        "--- \n- 1\n--- \n- 2\n", "? [a]\n: b\n"));
    Random random = new Random(11);
    String noise = "\",:-[{\n&*!'#|>";
    for (int i = 0; i < 1_500; i++) {
      StringBuilder text = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
      for (int k = 0; k < 1 + random.nextInt(4) && text.length() > 0; k++) {
        int at = random.nextInt(text.length());
        switch (random.nextInt(3)) {
          case 0 -> text.deleteCharAt(at);
          case 1 -> text.insert(at, noise.charAt(random.nextInt(noise.length())));
          default -> text.setCharAt(at, (char) random.nextInt(128));
        }
      }
      for (String source : new String[] {"x.csv", "x.yaml", null}) {
        try {
          FlowReader.read(text.toString(), source);
        } catch (FlowFormatException expected) {
          assertThat(expected.getMessage()).isNotBlank();
        }
      }
    }
  }

  @Test
  void syntaxComesFromTheExtensionElseTheFirstCharacters() {
    assertThat(TextSyntax.detect("[]", "a.csv")).isEqualTo(TextSyntax.CSV);
    assertThat(TextSyntax.detect("x", "a.YML")).isEqualTo(TextSyntax.YAML);
    assertThat(TextSyntax.detect("\"id\",\"name\"\n", null)).isEqualTo(TextSyntax.CSV);
    assertThat(TextSyntax.detect("id,name\n", null)).isEqualTo(TextSyntax.CSV);
    assertThat(TextSyntax.detect("- id: a\n", null)).isEqualTo(TextSyntax.YAML);
    assertThat(TextSyntax.detect("id: a\n", null)).isEqualTo(TextSyntax.YAML);
    assertThat(TextSyntax.detect("  {\"id\": 1}", null)).isEqualTo(TextSyntax.JSON);
    assertThat(TextSyntax.detect("nonsense", null)).isEqualTo(TextSyntax.JSON);
  }
}
