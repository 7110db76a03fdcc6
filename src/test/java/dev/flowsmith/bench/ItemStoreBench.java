package dev.flowsmith.bench;

import dev.flowsmith.engine.item.CollectionSchema;
import dev.flowsmith.engine.item.FieldSchema;
import dev.flowsmith.engine.item.FieldType;
import dev.flowsmith.engine.item.InMemoryItemStore;
import dev.flowsmith.engine.item.ItemAccess;
import dev.flowsmith.engine.item.Query;
import dev.flowsmith.engine.item.Relation;
import dev.flowsmith.engine.item.Schema;
import dev.flowsmith.engine.item.SqliteTables;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The item store on a SQLite file with {@code rows} items (issue 14 "Proof"), one thread:
 * reads by key per second, filtered + sorted + limited reads on an indexed field (the m2o
 * {@code owner}, filter {@code owner = n}, sort {@code -id}, limit 5) per second, and the time of a
 * batch create of 1,000 items (one transaction). Run with {@code scripts/bench-items.sh jmh}.
 */
@State(Scope.Thread)
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class ItemStoreBench {

  @Param({"100000"})
  public int rows;

  private Path dir;
  private SqliteTables tables;
  private InMemoryItemStore store;
  private int next;

  static Schema schema() {
    CollectionSchema owners = CollectionSchema.of("bench_owners", List.of(
        FieldSchema.of("id", FieldType.INTEGER).asPrimaryKey(true), FieldSchema.of("name", FieldType.STRING)));
    CollectionSchema items = CollectionSchema.of("bench_items", List.of(
        FieldSchema.of("id", FieldType.INTEGER).asPrimaryKey(true), FieldSchema.of("title", FieldType.STRING),
        FieldSchema.of("status", FieldType.STRING), FieldSchema.of("views", FieldType.INTEGER),
        FieldSchema.of("owner", FieldType.INTEGER)));
    return new Schema(Map.of("bench_owners", owners, "bench_items", items),
        List.of(new Relation("bench_items", "owner", "bench_owners", null)));
  }

  @Setup(Level.Trial)
  public void fill() throws Exception {
    dir = Files.createTempDirectory("flowsmith-itembench");
    tables = SqliteTables.open(dir.resolve("data.db"));
    store = InMemoryItemStore.builder(schema()).tables(tables).build();
    List<JsValue> owners = new ArrayList<>();
    for (int i = 1; i <= 1_000; i++) {
      owners.add(JsObject.builder().put("id", i).put("name", "owner " + i).build());
    }
    store.seed("bench_owners", owners);
    List<JsValue> batch = new ArrayList<>();
    for (int i = 1; i <= rows; i++) {
      batch.add(item(i));
      if (batch.size() == 10_000) {
        store.seed("bench_items", batch);
        batch.clear();
      }
    }
    store.seed("bench_items", batch);
  }

  private static JsObject item(int i) {
    return JsObject.builder().put("title", "Item " + i).put("status", i % 3 == 0 ? "draft" : "published")
        .put("views", i % 1000).put("owner", 1 + i % 1000).build();
  }

  @TearDown(Level.Trial)
  public void close() throws Exception {
    store.close();
    tables.close();
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
    }
    Files.deleteIfExists(dir);
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public JsObject readByKey() {
    next = (next + 7919) % rows;
    return store.readOne("bench_items", JsValue.of(1 + next), Query.EMPTY, ItemAccess.system());
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public List<JsObject> filteredSortedLimited() {
    next = (next + 7919) % rows;
    Query query = Query.EMPTY.withFilter(JsObject.of("owner", JsObject.of("_eq", JsValue.of(1 + next % 1000))))
        .withSort(List.of("-id")).withLimit(5).withFields(List.of("id", "title"));
    return store.readByQuery("bench_items", query, ItemAccess.system());
  }

  /** One createMany of 1,000 items, one transaction; the table grows by 1,000 per call. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 5)
  @Measurement(iterations = 20)
  public List<JsValue> batchCreate1000() {
    List<JsValue> batch = new ArrayList<>(1_000);
    for (int i = 0; i < 1_000; i++) {
      batch.add(item(i));
    }
    return store.createMany("bench_items", batch, ItemAccess.system());
  }
}
