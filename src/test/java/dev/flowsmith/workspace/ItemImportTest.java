package dev.flowsmith.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowsmith.engine.item.InMemoryItemStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ItemImportTest {

  @TempDir
  Path dir;

  private InMemoryItemStore store() throws Exception {
    return InMemoryItemStore.builder(Examples.schema()).build();
  }

  private Path file(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void seedItemsJsonLoadsEveryCollection() throws Exception {
    InMemoryItemStore store = store();
    Map<String, Integer> counts = ItemImport.importFile(store, Examples.dir().resolve("seed-items.json"), null);
    assertThat(counts).containsEntry("articles", 7).containsEntry("invoices", 3);
    assertThat(Examples.rows(store, "articles")).contains("\"title\":\"Hello Flows\"");
  }

  @Test
  void aJsonArrayGoesToTheNamedCollection() throws Exception {
    InMemoryItemStore store = store();
    ItemImport.importFile(store, file("a.json", "[{\"id\":5,\"title\":\"Five\"}]"), "articles");
    assertThat(Examples.rows(store, "articles")).startsWith("[{\"id\":5,\"title\":\"Five\"");
    assertThatThrownBy(() -> ItemImport.importFile(store, file("b.json", "[]"), null))
        .hasMessageContaining("--collection");
  }

  /** Columns the file leaves out get their defaults (tax_rate: 19). */
  @Test
  void csvValuesAreTypedByTheirFields() throws Exception {
    InMemoryItemStore store = store();
    ItemImport.importFile(store, file("lines.csv", "id,invoice,description,quantity,unit_price\n"
        + "1,7,\"Widget, large\",2,9.5\r\n"
        + "2,,\"say \"\"hi\"\"\nthere\",,\n"), "invoice_lines");
    assertThat(Examples.rows(store, "invoice_lines")).isEqualTo("[{\"id\":1,\"invoice\":7,"
        + "\"description\":\"Widget, large\",\"quantity\":2,\"unit_price\":9.5,\"tax_rate\":19},"
        + "{\"id\":2,\"invoice\":null,\"description\":\"say \\\"hi\\\"\\nthere\",\"quantity\":null,"
        + "\"unit_price\":null,\"tax_rate\":19}]");
  }

  @Test
  void aBadCsvValueNamesItsLineAndColumnAndLoadsNothing() throws Exception {
    InMemoryItemStore store = store();
    Path csv = file("bad.csv", "id,title,views\n1,ok,3\n\"2\",\"two\nlines\",3\n3,bad,many\n");
    assertThatThrownBy(() -> ItemImport.importFile(store, csv, "articles"))
        .hasMessage("bad.csv line 5, column 3 (views), item 2: \"many\" is not an integer");
    assertThat(Examples.rows(store, "articles")).isEqualTo("[]");
    assertThatThrownBy(() -> ItemImport.importFile(store, file("h.csv", "id,nope\n1,2\n"), "articles"))
        .hasMessage("h.csv line 1, column 2: \"nope\" is not a field of articles (--ignore-unknown skips the column)");
    assertThatThrownBy(() -> ItemImport.importFile(store, file("c.csv", "id,title\n1\n"), "articles"))
        .hasMessage("c.csv line 2: 1 values for 2 fields");
    assertThatThrownBy(() -> ItemImport.importFile(store, file("d.csv", "id,date_updated\n1,yesterday\n"),
        "articles")).hasMessageContaining("line 2, column 2 (date_updated), item 0: \"yesterday\" is not a ");
  }
}
