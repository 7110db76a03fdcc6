package dev.flowsmith.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowsmith.engine.item.CollectionSchema;
import dev.flowsmith.engine.item.FieldSchema;
import dev.flowsmith.engine.item.FieldType;
import dev.flowsmith.engine.item.ItemAccess;
import dev.flowsmith.engine.item.ItemStoreLoader;
import dev.flowsmith.engine.item.Query;
import dev.flowsmith.engine.item.Schema;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only a file can show: reopening, sharing between stores, atomic batches on disk. */
class SqliteItemStoreTest {

  private static final ItemAccess SYSTEM = ItemAccess.system();

  @TempDir
  Path dir;

  private Path file() {
    return dir.resolve(SqliteItemStore.FILE_NAME);
  }

  private SqliteItemStore seeded() throws Exception {
    SqliteItemStore store = SqliteItemStore.apply(file(), Examples.schema(), UnaryOperator.identity());
    ItemStoreLoader.seed(store, ItemStoreLoader.readJson(Examples.dir().resolve("seed-items.json")));
    return store;
  }

  @Test
  void reopeningRestoresTheSchemaAndTheRows() throws Exception {
    Schema schema;
    List<String> before = new ArrayList<>();
    try (SqliteItemStore store = seeded()) {
      store.createOne("articles", JsObject.of("title", JsValue.of("Fresh")), SYSTEM);
      store.deleteOne("invoice_lines", JsValue.of(1), SYSTEM);
      schema = store.schema();
      schema.collections().keySet().forEach(name -> before.add(Examples.rows(store, name)));
    }
    try (SqliteItemStore reopened = SqliteItemStore.open(file())) {
      assertThat(reopened.schema()).isEqualTo(schema);
      List<String> after = new ArrayList<>();
      schema.collections().keySet().forEach(name -> after.add(Examples.rows(reopened, name)));
      assertThat(after).isEqualTo(before);
      assertThat(Examples.rows(reopened, "articles")).contains("\"title\":\"Fresh\"");
    }
  }

  @Test
  void applyingANewerSchemaKeepsTheRowsAndAddsTheColumns() throws Exception {
    try (SqliteItemStore store = seeded()) {
      store.updateOne("articles", JsValue.of(1), JsObject.of("views", JsValue.of(7)), SYSTEM);
    }
    Schema schema = Examples.schema();
    CollectionSchema articles = schema.collection("articles").orElseThrow();
    Map<String, FieldSchema> fields = new LinkedHashMap<>(articles.fields());
    fields.put("subtitle", FieldSchema.of("subtitle", FieldType.STRING)
        .withDefault(JsValue.of("none")));
    Map<String, CollectionSchema> collections = new LinkedHashMap<>(schema.collections());
    collections.put("articles", new CollectionSchema("articles", fields,
        articles.primaryKey(), articles.sortField()));
    try (SqliteItemStore store = SqliteItemStore.apply(file(), new Schema(collections, schema.relations()),
        UnaryOperator.identity())) {
      JsObject first = store.readOne("articles", JsValue.of(1), Query.EMPTY, SYSTEM);
      assertThat(first.get("views")).isEqualTo(JsValue.of(7));
      assertThat(first.get("subtitle")).isEqualTo(JsValue.NULL);
      store.createOne("articles", JsObject.of("title", JsValue.of("x")), SYSTEM);
      assertThat(Examples.rows(store, "articles")).contains("\"subtitle\":\"none\"");
    }
  }

  @Test
  void aFailedBatchLeavesNoRowsInTheFile() throws Exception {
    String before;
    try (SqliteItemStore store = seeded()) {
      before = Examples.rows(store, "invoices");
      // The second item misses the required invoice number: the whole batch is refused.
      List<JsValue> batch = List.of(JsObject.of("number", JsValue.of("INV-9")), JsObject.of("customer",
          JsValue.of("x")));
      assertThatThrownBy(() -> store.createMany("invoices", batch, SYSTEM)).isInstanceOf(JsException.class);
      assertThat(Examples.rows(store, "invoices")).isEqualTo(before);
    }
    try (SqliteItemStore reopened = SqliteItemStore.open(file())) {
      assertThat(Examples.rows(reopened, "invoices")).isEqualTo(before);
    }
  }

  @Test
  void concurrentCreatesFromTwoStoresOnOneFileGetUniqueKeys() throws Exception {
    seeded().close();
    int threads = 8;
    int perThread = 200;
    List<Future<List<JsValue>>> results = new ArrayList<>();
    // Two stores on one file stand in for two processes: each has its own connection and cache.
    try (SqliteItemStore one = SqliteItemStore.open(file()); SqliteItemStore two = SqliteItemStore.open(file())) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      for (int t = 0; t < threads; t++) {
        SqliteItemStore store = t % 2 == 0 ? one : two;
        int thread = t;
        results.add(pool.submit(() -> {
          List<JsValue> keys = new ArrayList<>();
          for (int i = 0; i < perThread; i++) {
            keys.add(store.createOne("articles", JsObject.of("title", JsValue.of(thread + "-" + i)), SYSTEM));
          }
          return keys;
        }));
      }
      pool.shutdown();
      Set<JsValue> keys = new HashSet<>();
      for (Future<List<JsValue>> result : results) {
        keys.addAll(result.get());
      }
      assertThat(keys).hasSize(threads * perThread);
    }
    try (SqliteItemStore reopened = SqliteItemStore.open(file())) {
      int seededArticles = 7;
      assertThat(reopened.readByQuery("articles", Query.EMPTY.withLimit(-1), SYSTEM))
          .hasSize(seededArticles + threads * perThread);
    }
  }

  @Test
  void openingAFileWithoutSchemaIsRefused() {
    assertThatThrownBy(() -> SqliteItemStore.open(file())).hasMessageContaining("no schema");
  }
}
