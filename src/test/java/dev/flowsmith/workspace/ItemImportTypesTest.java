package dev.flowsmith.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowsmith.engine.item.CollectionSchema;
import dev.flowsmith.engine.item.FieldSchema;
import dev.flowsmith.engine.item.FieldType;
import dev.flowsmith.engine.item.InMemoryItemStore;
import dev.flowsmith.engine.item.Schema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 17 item 4: every imported value is checked against its field's type; one transaction per file. */
class ItemImportTypesTest {

  @TempDir
  Path dir;

  private static final List<FieldType> TYPES = List.of(FieldType.INTEGER, FieldType.BIG_INTEGER, FieldType.FLOAT,
      FieldType.DECIMAL, FieldType.BOOLEAN, FieldType.DATE, FieldType.DATE_TIME, FieldType.TIMESTAMP, FieldType.TIME,
      FieldType.UUID, FieldType.JSON, FieldType.STRING, FieldType.TEXT, FieldType.CSV);

  private static InMemoryItemStore store() {
    List<FieldSchema> fields = new ArrayList<>();
    fields.add(FieldSchema.of("id", FieldType.INTEGER).asPrimaryKey(true));
    TYPES.forEach(type -> fields.add(FieldSchema.of("f_" + type.directusName(), type)));
    CollectionSchema things = CollectionSchema.of("things", fields);
    CollectionSchema other = CollectionSchema.of("other", List.of(FieldSchema.of("id", FieldType.INTEGER)
        .asPrimaryKey(true), FieldSchema.of("name", FieldType.STRING)));
    return InMemoryItemStore.builder(new Schema(Map.of("things", things, "other", other), List.of())).build();
  }

  private Path json(String text) throws Exception {
    return Files.writeString(dir.resolve("items.json"), text);
  }

  @ParameterizedTest(name = "{0} takes {1}")
  @CsvSource(delimiter = '|', value = {
      "integer|42", "integer|-7", "integer|\"42\"",
      "bigInteger|9007199254740993", "bigInteger|\"123456789012345678901\"",
      "float|1.5", "float|\"2.25\"", "float|3",
      "decimal|\"10.50\"", "decimal|7",
      "boolean|true", "boolean|0", "boolean|\"false\"",
      "date|\"2026-12-07\"", "date|\"2024-02-29\"",
      "dateTime|\"2026-12-07T09:30:00\"", "dateTime|\"2026-12-07 09:30\"",
      "timestamp|\"2026-12-07T09:30:00Z\"", "timestamp|\"2026-12-07T09:30:00.123+01:00\"",
      "time|\"09:30:00\"", "time|\"23:59\"",
      "uuid|\"6c1a3a2e-4b6f-4d7e-9a3b-2f1c0d9e8b7a\"",
      "json|{\"a\":[1,2]}", "json|\"text\"", "json|[1]",
      "string|\"hello\"", "text|\"long text\"",
      "csv|\"a,b\"", "csv|[\"a\",\"b\"]",
      "integer|null"})
  void aValueOfTheFieldsTypeLoads(String type, String value) throws Exception {
    InMemoryItemStore store = store();
    ItemImport.importFile(store, json("[{\"id\":1,\"f_" + type + "\":" + value + "}]"), "things");
    assertThat(Examples.rows(store, "things")).startsWith("[{\"id\":1,");
  }

  @ParameterizedTest(name = "{0} refuses {1}")
  @CsvSource(delimiter = '|', value = {
      "integer|\"not-a-number\"|\"not-a-number\" is not a whole number (integer)",
      "integer|1.5|1.5 is not a whole number (integer)",
      "integer|true|true is not a whole number (integer)",
      "bigInteger|\"12x\"|\"12x\" is not a whole number (bigInteger)",
      "float|\"abc\"|\"abc\" is not a number (float)",
      "decimal|{}|{} is not a number (decimal)",
      "boolean|\"yes\"|\"yes\" is not a boolean (true/false/1/0)",
      "boolean|2|2 is not a boolean (true/false/1/0)",
      "date|\"2026-13-45\"|\"2026-13-45\" is not a date (YYYY-MM-DD)",
      "date|\"2025-02-29\"|\"2025-02-29\" is not a date (YYYY-MM-DD)",
      "dateTime|\"2026-12-07T25:00:00\"|\"2026-12-07T25:00:00\" is not a date and time (YYYY-MM-DDTHH:MM:SS)",
      "dateTime|20261207|20261207 is not a date and time (YYYY-MM-DDTHH:MM:SS)",
      "timestamp|\"yesterday\"|\"yesterday\" is not a timestamp (ISO 8601, e.g. 2026-12-07T09:30:00Z)",
      "time|\"9.30\"|\"9.30\" is not a time (HH:MM:SS)",
      "time|\"24:61\"|\"24:61\" is not a time (HH:MM:SS)",
      "uuid|\"1234\"|\"1234\" is not a uuid",
      "string|{\"a\":1}|{\"a\":1} is not a string",
      "text|[1]|[1] is not a string",
      "string|5|5 is not a string",
      "csv|[1,2]|[1,2] is not a list of strings (csv)"})
  void aValueOfAnotherTypeIsRefusedNamingItemAndField(String type, String value, String why) throws Exception {
    InMemoryItemStore store = store();
    Path file = json("[{\"id\":1,\"f_string\":\"fine\"},{\"id\":2,\"f_" + type + "\":" + value + "}]");
    assertThatThrownBy(() -> ItemImport.importFile(store, file, "things"))
        .hasMessage("items.json: things[1].f_" + type + " (" + type + "): " + why);
    assertThat(Examples.rows(store, "things")).isEqualTo("[]");
  }

  @Test
  void unknownFieldsAreRefusedUnlessIgnored() throws Exception {
    InMemoryItemStore store = store();
    Path file = json("[{\"id\":1,\"f_string\":\"a\",\"colour\":\"red\"}]");
    assertThatThrownBy(() -> ItemImport.importFile(store, file, "things"))
        .hasMessage("items.json: things[0].colour: not a field of things (--ignore-unknown drops it)");
    assertThat(Examples.rows(store, "things")).isEqualTo("[]");

    ItemImport.importFile(store, file, "things", true);
    assertThat(Examples.rows(store, "things")).contains("\"f_string\":\"a\"").doesNotContain("colour");
  }

  @Test
  void aFileWithTwoCollectionsLoadsNeitherWhenOneFails() throws Exception {
    InMemoryItemStore store = store();
    Path bad = json("{\"other\":[{\"id\":1,\"name\":\"ok\"}],\"things\":[{\"id\":1,\"f_integer\":\"x\"}]}");
    assertThatThrownBy(() -> ItemImport.importFile(store, bad, null)).hasMessageContaining("things[0].f_integer");
    assertThat(Examples.rows(store, "other")).isEqualTo("[]");

    // a failure the store finds (a duplicate key in the second collection) also rolls back the first
    Path duplicate = json("{\"other\":[{\"id\":1,\"name\":\"ok\"}],\"things\":[{\"id\":1},{\"id\":1}]}");
    assertThatThrownBy(() -> ItemImport.importFile(store, duplicate, null));
    assertThat(Examples.rows(store, "other")).isEqualTo("[]");

    Path good = json("{\"other\":[{\"id\":1,\"name\":\"ok\"}],\"things\":[{\"id\":1,\"f_integer\":3}]}");
    assertThat(ItemImport.importFile(store, good, null)).containsEntry("other", 1).containsEntry("things", 1);
  }

  @Test
  void csvCellsAreCheckedTooWithLineAndColumn() throws Exception {
    InMemoryItemStore store = store();
    Path csv = Files.writeString(dir.resolve("t.csv"), "id,f_date,f_uuid\n1,2026-12-07,6c1a3a2e-4b6f-4d7e-9a3b-"
        + "2f1c0d9e8b7a\n2,2026-13-45,6c1a3a2e-4b6f-4d7e-9a3b-2f1c0d9e8b7b\n");
    assertThatThrownBy(() -> ItemImport.importFile(store, csv, "things"))
        .hasMessage("t.csv line 3, column 2 (f_date), item 1: \"2026-13-45\" is not a date (YYYY-MM-DD)");
    assertThat(Examples.rows(store, "things")).isEqualTo("[]");

    Path extra = Files.writeString(dir.resolve("e.csv"), "id,colour,f_integer\n1,red,5\n");
    ItemImport.importFile(store, extra, "things", true);
    assertThat(Examples.rows(store, "things")).contains("\"f_integer\":5").doesNotContain("red");
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedPlainly() throws Exception {
    Path latin1 = Files.write(dir.resolve("l.json"), "[{\"id\":1,\"f_string\":\"caf\u00e9\"}]"
        .getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> ItemImport.importFile(store(), latin1, "things"))
        .hasMessage("l.json: not UTF-8 text; save it as UTF-8 and import again");
  }
}
