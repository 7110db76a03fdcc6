package dev.flowsmith.workspace;

import dev.flowsmith.engine.item.InMemoryItemStore;
import dev.flowsmith.engine.item.ItemAccess;
import dev.flowsmith.engine.item.ItemStore;
import dev.flowsmith.engine.item.Query;
import dev.flowsmith.engine.item.SeedableItemStore;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Rough throughput of read-by-key and create, in memory and on SQLite, with 1,000 and 10,000 rows
 * ({@code java -cp … dev.flowsmith.workspace.SqliteItemStoreBenchmark}). Not a JMH benchmark: it
 * shows the cost of evaluating queries in memory over a cached table, not nanoseconds.
 */
final class SqliteItemStoreBenchmark {

  private SqliteItemStoreBenchmark() {}

  public static void main(String[] args) throws Exception {
    for (int rows : new int[] {1_000, 10_000}) {
      InMemoryItemStore memory = InMemoryItemStore.builder(Examples.schema()).build();
      Path file = Files.createTempDirectory("flowsmith-bench").resolve("data.db");
      try (SqliteItemStore sqlite = SqliteItemStore.apply(file, Examples.schema(), UnaryOperator.identity())) {
        for (SeedableItemStore store : List.of(memory, sqlite)) {
          fill(store, rows);
          String name = store == memory ? "memory" : "sqlite";
          System.out.printf("%s %,d rows: read-by-key %,.0f ops/s, create %,.0f ops/s%n", name, rows,
              reads(store, rows), creates(store));
        }
      }
    }
  }

  private static void fill(SeedableItemStore store, int rows) {
    List<JsValue> items = new ArrayList<>();
    for (int i = 1; i <= rows; i++) {
      items.add(JsObject.builder().put("id", i).put("title", "Article " + i).put("views", i % 97).build());
    }
    store.seed("articles", items);
  }

  private static double reads(ItemStore store, int rows) {
    int count = 2_000;
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      store.readOne("articles", JsValue.of(1 + (i * 7919) % rows), Query.EMPTY, ItemAccess.system());
    }
    return count / ((System.nanoTime() - start) / 1e9);
  }

  private static double creates(ItemStore store) {
    int count = 500;
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      store.createOne("articles", JsObject.of("title", JsValue.of("new " + i)), ItemAccess.system());
    }
    return count / ((System.nanoTime() - start) / 1e9);
  }
}
