package dev.flowsmith.engine.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/**
 * Every store test again, with the tables kept in a SQLite file. After each test the file is opened
 * afresh and must hold exactly what the live store shows, so a change that reached memory but not
 * the file (or the reverse) fails here.
 */
class SqliteStoreContractTest {

  private record Opened(Path file, InMemoryItemStore store, SqliteTables storage) {}

  private final List<Opened> opened = new ArrayList<>();

  InMemoryItemStore sqlite(InMemoryItemStore.Builder builder) {
    try {
      Path file = Files.createTempFile("flowsmith-contract", ".db");
      SqliteTables storage = SqliteTables.open(file);
      storage.applySchema(Library.schema(), null);
      InMemoryItemStore store = builder.tables(storage).build();
      opened.add(new Opened(file, store, storage));
      return store;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterEach
  void theFileHoldsWhatTheStoreShows() throws IOException {
    for (Opened each : opened) {
      try (SqliteTables again = SqliteTables.open(each.file())) {
        InMemoryItemStore reopened = Library.store().tables(again).build();
        for (String collection : Library.schema().collections().keySet()) {
          Query all = Query.EMPTY.withLimit(-1);
          assertThat(Library.json(reopened.readByQuery(collection, all, ItemAccess.system())))
              .as(collection)
              .isEqualTo(Library.json(each.store().readByQuery(collection, all, ItemAccess.system())));
        }
      } finally {
        each.storage().close();
        Files.deleteIfExists(each.file());
        Files.deleteIfExists(Path.of(each.file() + "-wal"));
        Files.deleteIfExists(Path.of(each.file() + "-shm"));
      }
    }
  }

  @Nested
  class Writes extends InMemoryItemStoreTest {
    @Override
    Library.StoreFactory factory() {
      return SqliteStoreContractTest.this::sqlite;
    }
  }

  @Nested
  class Filters extends QueryFilterTest {
    @Override
    Library.StoreFactory factory() {
      return SqliteStoreContractTest.this::sqlite;
    }
  }

  @Nested
  class Shaping extends QueryShapingTest {
    @Override
    Library.StoreFactory factory() {
      return SqliteStoreContractTest.this::sqlite;
    }
  }

  @Nested
  class Access extends AccessPolicyTest {
    @Override
    Library.StoreFactory factory() {
      return SqliteStoreContractTest.this::sqlite;
    }
  }

  @Nested
  class Aggregates extends QueryAggregateTest {
    @Override
    Library.StoreFactory factory() {
      return SqliteStoreContractTest.this::sqlite;
    }
  }

  @Nested
  class Deep extends QueryDeepTest {
    @Override
    Library.StoreFactory factory() {
      return SqliteStoreContractTest.this::sqlite;
    }
  }
}
