package dev.flowsmith.engine.item;

import static dev.flowsmith.engine.item.Library.json;
import static dev.flowsmith.engine.item.Library.object;
import static dev.flowsmith.engine.item.Library.rejection;
import static dev.flowsmith.engine.item.Library.rows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Writes: keys, defaults, specials, constraints, transactions, concurrency. */
class InMemoryItemStoreTest extends FilledStoreTest {

  private static final ItemAccess SYSTEM = ItemAccess.system();
  private static final ItemAccess ADMIN = new ItemAccess(
      JsObject.builder().put("user", Library.USER).put("admin", JsValue.TRUE).build(), false);

  private String book(int id) {
    return json(store.readOne("books", JsValue.of(id), Query.EMPTY, SYSTEM));
  }

  @Test
  void createReturnsKeysInInputOrderAsGivenOrGenerated() {
    List<JsValue> keys = store.createMany("books", rows("[{\"title\":\"x\"},{\"id\":\"10\",\"title\":\"y\"},"
        + "{\"title\":\"z\"}]"), SYSTEM);
    assertThat(json(keys)).isEqualTo("[5,\"10\",11]");
    assertThat(json(store.createMany("chapters", rows("[{\"title\":\"a\"},{\"title\":\"b\"}]"), SYSTEM)))
        .isEqualTo("[\"00000000-0000-4000-8000-000000000001\",\"00000000-0000-4000-8000-000000000002\"]");
    assertThat(json(store.createOne("codes", object("{\"code\":\"X1\",\"label\":\"x\"}"), SYSTEM))).isEqualTo("\"X1\"");
  }

  @Test
  void autoIncrementNeverReusesADeletedKey() {
    store.deleteOne("books", JsValue.of(4), SYSTEM);
    assertThat(json(store.createOne("books", JsObject.EMPTY, SYSTEM))).isEqualTo("5");
  }

  @Test
  void createdItemsHaveDefaultsSpecialsAndTypedValues() {
    store.createOne("books", object("{\"title\":42,\"pages\":\"12\",\"price\":\"1.25\",\"published\":1,"
        + "\"released\":\"2024-02-03T10:00:00Z\",\"author\":\"1\",\"tags\":[\"x\",\"y\"],"
        + "\"meta\":{\"a\":[1,true]},\"owner\":\"someone-else\",\"created\":\"1999-01-01\",\"unknown\":1}"), ADMIN);
    assertThat(book(5)).isEqualTo("{\"id\":5,\"title\":\"42\",\"pages\":12,\"price\":1.25,\"published\":true,"
        + "\"released\":\"2024-02-03\",\"updated\":null,\"created\":\"2025-06-15T12:00:00.000Z\","
        + "\"owner\":\"" + Library.USER + "\",\"author\":1,\"tags\":[\"x\",\"y\"],\"meta\":{\"a\":[1,true]},"
        + "\"isbn\":null,\"chapters\":[]}");
  }

  @Test
  void jsonFieldsStoreWhatJsonStringifyGives() {
    // golden webhook-with-error-branch: the rejected Error is stored as {}
    JsObject payload = JsObject.builder().put("title", "e")
        .put("meta", JsError.error("Requested domain resolves to a denied IP address").withoutStack()).build();
    store.createOne("books", payload, SYSTEM);
    store.createOne("books", object("{\"meta\":\"plain text\"}"), SYSTEM);
    store.createOne("books", object("{\"meta\":\"{\\\"as\\\":\\\"text\\\"}\"}"), SYSTEM);
    Query meta = Query.EMPTY.withFields(List.of("meta")).withFilter(object("{\"id\":{\"_gt\":4}}"));
    assertThat(json(store.readByQuery("books", meta, SYSTEM)))
        .isEqualTo("[{\"meta\":{}},{\"meta\":\"plain text\"},{\"meta\":{\"as\":\"text\"}}]");
  }

  @Test
  void updateReturnsKeysAsGivenAndStampsDateUpdated() {
    assertThat(json(store.updateOne("books", JsValue.of("1"), object("{\"price\":1440.47}"), ADMIN)))
        .isEqualTo("\"1\"");
    assertThat(json(store.updateMany("books", List.of(JsValue.of(2), JsValue.of(999)),
        object("{\"pages\":1,\"id\":77}"), SYSTEM))).isEqualTo("[2,999]");
    assertThat(book(1)).contains("\"price\":1440.47").contains("\"updated\":\"2025-06-15T12:00:00.000Z\"");
    assertThat(book(2)).startsWith("{\"id\":2,\"title\":\"beta\",\"pages\":1,");
  }

  @Test
  void byQueryReadsTheKeysThenWritesThem() {
    Query drafts = Library.filter("{\"published\":false}");
    assertThat(json(store.updateByQuery("books", drafts, object("{\"price\":1}"), SYSTEM))).isEqualTo("[2,4]");
    assertThat(json(store.deleteByQuery("books", drafts, SYSTEM))).isEqualTo("[2,4]");
    assertThat(json(store.deleteByQuery("books", drafts, SYSTEM))).isEqualTo("[]");
    assertThat(Library.ids(store, "books", Query.EMPTY)).isEqualTo("[1,3]");
  }

  @Test
  void constraintsRejectLikeTheDatabase() {
    assertThat(rejection(() -> store.createOne("books", object("{\"id\":1}"), SYSTEM))).isEqualTo(
        "{\"name\":\"DirectusError\",\"extensions\":{\"collection\":\"books\",\"field\":\"id\",\"value\":1},"
            + "\"code\":\"RECORD_NOT_UNIQUE\",\"status\":400}");
    assertThat(rejection(() -> store.createOne("books", object("{\"isbn\":\"111\"}"), SYSTEM)))
        .contains("RECORD_NOT_UNIQUE").contains("isbn");
    assertThat(rejection(() -> store.createOne("codes", object("{\"label\":\"x\"}"), SYSTEM))).isEqualTo(
        "{\"name\":\"DirectusError\",\"extensions\":{\"collection\":\"codes\",\"field\":\"code\"},"
            + "\"code\":\"NOT_NULL_VIOLATION\",\"status\":400}");
    assertThat(rejection(() -> store.createOne("books", object("{\"author\":99}"), SYSTEM)))
        .isEqualTo("{\"name\":\"DirectusError\",\"extensions\":{\"collection\":null,\"field\":null,\"value\":null},"
            + "\"code\":\"INVALID_FOREIGN_KEY\",\"status\":400}");
    assertThat(rejection(() -> store.createOne("nope", JsObject.EMPTY, SYSTEM))).isEqualTo("{}");
  }

  @Test
  void anAccountabilityValidatesNonNullableFieldsFirst() {
    assertThat(rejection(() -> store.createOne("codes", object("{\"code\":null}"), ADMIN))).isEqualTo(
        "[{\"name\":\"DirectusError\",\"extensions\":{\"field\":\"code\",\"path\":[],\"type\":\"nnull\"},"
            + "\"code\":\"FAILED_VALIDATION\",\"status\":400},{\"name\":\"DirectusError\",\"extensions\":"
            + "{\"field\":\"label\",\"path\":[],\"type\":\"required\"},\"code\":\"FAILED_VALIDATION\","
            + "\"status\":400}]");
    store.createOne("codes", object("{\"code\":\"A\",\"label\":\"a\"}"), ADMIN);
    assertThat(rejection(() -> store.updateOne("codes", JsValue.of("A"), object("{\"label\":null}"), ADMIN)))
        .contains("\"type\":\"nnull\"");
  }

  @Test
  void aFailingBatchLeavesNothingWritten() {
    String before = json(store.readByQuery("books", Query.EMPTY.withLimit(-1), SYSTEM));
    assertThat(rejection(() -> store.createMany("books", rows("[{\"title\":\"new\"},{\"id\":2}]"), SYSTEM)))
        .contains("RECORD_NOT_UNIQUE");
    assertThat(rejection(() -> store.updateBatch("books",
        rows("[{\"id\":1,\"title\":\"changed\"},{\"title\":\"no key\"}]"), SYSTEM)))
        .contains("Item in update misses primary key");
    assertThat(rejection(() -> store.updateMany("books", List.of(JsValue.of(1), JsValue.of(2)),
        object("{\"isbn\":\"same\"}"), SYSTEM))).contains("RECORD_NOT_UNIQUE");
    assertThat(json(store.readByQuery("books", Query.EMPTY.withLimit(-1), SYSTEM))).isEqualTo(before);
    assertThat(json(store.createOne("books", JsObject.EMPTY, SYSTEM))).isEqualTo("5");
  }

  @Test
  void deletesFollowTheForeignKeyRules() {
    store.deleteOne("authors", JsValue.of(1), SYSTEM);
    assertThat(book(1)).contains("\"author\":null");
    assertThat(json(store.deleteMany("books", List.of(JsValue.of(1), JsValue.of(42)), SYSTEM))).isEqualTo("[1,42]");
    assertThat(store.readByQuery("chapters", Query.EMPTY, SYSTEM)).isEmpty();
  }

  @Test
  void keysThatCannotExistAreForbidden() {
    String forbidden = "{\"name\":\"DirectusError\",\"code\":\"FORBIDDEN\",\"status\":403}";
    assertThat(rejection(() -> store.readOne("books", JsValue.of("999"), Query.EMPTY, SYSTEM))).isEqualTo(forbidden);
    assertThat(rejection(() -> store.readOne("books", JsValue.of("abc"), Query.EMPTY, SYSTEM))).isEqualTo(forbidden);
    assertThat(rejection(() -> store.deleteOne("chapters", JsValue.of("nope"), SYSTEM))).isEqualTo(forbidden);
    assertThat(json(store.readMany("books", List.of(JsValue.of("3"), JsValue.of(99), JsValue.of(1)),
        Query.EMPTY.withFields(List.of("id")), SYSTEM))).isEqualTo("[{\"id\":1},{\"id\":3}]");
  }

  @Test
  void nestedRelationalWritesGoThroughTheStore() {
    JsValue key = store.createOne("books", object("{\"title\":\"n\",\"author\":{\"name\":\"New\"},"
        + "\"chapters\":[{\"title\":\"c1\"}]}"), SYSTEM);
    assertThat(json(store.readOne("books", key, Query.EMPTY.withFields(List.of("author.name", "chapters.title")), SYSTEM)))
        .isEqualTo("{\"author\":{\"name\":\"New\"},\"chapters\":[{\"title\":\"c1\"}]}");
  }

  @Test
  void eventsAreEmittedOnlyWhenAsked() {
    RecordingItemEvents events = new RecordingItemEvents();
    InMemoryItemStore observed = factory().apply(Library.store().events(events));
    ItemAccess quiet = ItemAccess.system();
    ItemAccess loud = new ItemAccess(JsValue.NULL, true);
    observed.createOne("authors", object("{\"name\":\"a\"}"), quiet);
    observed.createOne("authors", object("{\"name\":\"b\"}"), loud);
    observed.updateOne("authors", JsValue.of("2"), object("{\"name\":\"c\"}"), loud);
    observed.deleteMany("authors", List.of(JsValue.of(1), JsValue.of(2)), loud);
    List<String> seen = new ArrayList<>();
    events.events().forEach(e -> seen.add(e.names().get(1) + " " + json(e.meta())));
    assertThat(seen).containsExactly(
        "authors.items.create {\"payload\":{\"name\":\"b\"},\"key\":2,\"collection\":\"authors\"}",
        "authors.items.update {\"payload\":{\"name\":\"c\"},\"keys\":[\"2\"],\"collection\":\"authors\"}",
        "authors.items.delete {\"payload\":[1,2],\"keys\":[1,2],\"collection\":\"authors\"}");
  }

  @Test
  void concurrentCreatesGetUniqueKeys() throws Exception {
    int threads = 8;
    int perThread = 200;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Callable<List<JsValue>>> work = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        work.add(() -> {
          List<JsValue> keys = new ArrayList<>();
          for (int i = 0; i < perThread; i++) {
            keys.add(store.createOne("authors", object("{\"name\":\"n\"}"), SYSTEM));
            store.readByQuery("authors", Query.EMPTY.withLimit(1), SYSTEM);
          }
          return keys;
        });
      }
      Set<JsValue> unique = new HashSet<>();
      for (Future<List<JsValue>> result : pool.invokeAll(work)) {
        unique.addAll(result.get());
      }
      assertThat(unique).hasSize(threads * perThread);
      assertThat(store.readByQuery("authors", Query.EMPTY.withLimit(-1), SYSTEM)).hasSize(threads * perThread + 2);
    } finally {
      pool.shutdownNow();
    }
  }
}
