package dev.flowsmith.engine.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which indexes the SQL tables carry: order, m2o keys, unique fields and sort field up front, filter/sort columns on use. */
class SqliteIndexesTest {

  @TempDir
  Path dir;

  private List<String> indexes(Path file) throws Exception {
    List<String> names = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        ResultSet result = connection.createStatement().executeQuery(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE '_flowsmith_%' ORDER BY name")) {
      while (result.next()) {
        names.add(result.getString(1));
      }
    }
    return names;
  }

  @Test
  void foreignKeysAndOrderAreIndexedAtOnceAndFilteredOrSortedColumnsOnFirstUse() throws Exception {
    Path file = dir.resolve("data.db");
    try (SqliteTables tables = SqliteTables.open(file)) {
      InMemoryItemStore store = Library.store().tables(tables).build();
      assertThat(indexes(file)).contains("_flowsmith_books_author", "_flowsmith_chapters_book",
          "_flowsmith_books__flowsmith_order", "_flowsmith_books_isbn").doesNotContain("_flowsmith_books_pages");
      store.readByQuery("books", Query.EMPTY.withFilter(Library.object("{\"pages\":{\"_gt\":100},"
          + "\"title\":{\"_contains\":\"a\"},\"released\":{\"_null\":true}}")).withSort(List.of("-price")),
          ItemAccess.system());
      // LIKE and date comparisons gain nothing from a plain index
      assertThat(indexes(file)).contains("_flowsmith_books_pages", "_flowsmith_books_price")
          .doesNotContain("_flowsmith_books_title", "_flowsmith_books_released");
    }
    assertThat(Files.exists(file)).isTrue();
  }
}
