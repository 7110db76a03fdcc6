package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small schema with one of each kind of thing the store handles: integer, uuid and string keys,
 * every value type, m2o relations with CASCADE / SET NULL, an o2m alias, specials and a unique
 * field; and helpers to read results as JSON text.
 */
final class Library {

  static final Instant NOW = Instant.parse("2025-06-15T12:00:00Z");
  static final String USER = "8a2d6e4f-3b1c-4d5e-8f9a-7c6b5a4d3e21";

  private Library() {}

  static Schema schema() {
    CollectionSchema authors = CollectionSchema.of("authors", List.of(
        key("id"), FieldSchema.of("name", FieldType.STRING), FieldSchema.of("email", FieldType.STRING)));
    CollectionSchema books = CollectionSchema.of("books", List.of(
        key("id"),
        FieldSchema.of("title", FieldType.STRING),
        FieldSchema.of("pages", FieldType.INTEGER).withDefault(JsValue.of(0)),
        FieldSchema.of("price", FieldType.FLOAT),
        FieldSchema.of("published", FieldType.BOOLEAN).withDefault(JsValue.FALSE),
        FieldSchema.of("released", FieldType.DATE),
        FieldSchema.of("updated", FieldType.TIMESTAMP).withSpecial(List.of("date-updated")),
        FieldSchema.of("created", FieldType.TIMESTAMP).withSpecial(List.of("date-created")),
        FieldSchema.of("owner", FieldType.UUID).withSpecial(List.of("user-created")),
        FieldSchema.of("author", FieldType.INTEGER),
        FieldSchema.of("tags", FieldType.CSV).withSpecial(List.of("cast-csv")),
        FieldSchema.of("meta", FieldType.JSON).withSpecial(List.of("cast-json")),
        new FieldSchema("isbn", FieldType.STRING, JsValue.NULL, false, false, true, true, List.of()),
        FieldSchema.of("chapters", FieldType.ALIAS).withSpecial(List.of("o2m"))));
    CollectionSchema chapters = CollectionSchema.of("chapters", List.of(
        FieldSchema.of("id", FieldType.UUID).asPrimaryKey(false).withSpecial(List.of("uuid")),
        FieldSchema.of("book", FieldType.INTEGER),
        FieldSchema.of("title", FieldType.STRING),
        FieldSchema.of("position", FieldType.INTEGER)));
    CollectionSchema codes = CollectionSchema.of("codes", List.of(
        FieldSchema.of("code", FieldType.STRING).asPrimaryKey(false),
        new FieldSchema("label", FieldType.STRING, JsValue.NULL, false, false, false, false, List.of())));
    CollectionSchema users = SystemCollections.all().get(0);
    return new Schema(
        java.util.Map.of("authors", authors, "books", books, "chapters", chapters, "codes", codes,
            users.name(), users),
        List.of(new Relation("books", "author", "authors", null, "SET NULL"),
            new Relation("chapters", "book", "books", "chapters", "CASCADE")));
  }

  private static FieldSchema key(String name) {
    return FieldSchema.of(name, FieldType.INTEGER).asPrimaryKey(true);
  }

  /** An empty store at {@link #NOW} with predictable uuids (…0001, …0002, …). */
  static InMemoryItemStore.Builder store() {
    AtomicInteger next = new AtomicInteger();
    return InMemoryItemStore.builder(schema())
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .uuids(() -> String.format("00000000-0000-4000-8000-%012d", next.incrementAndGet()));
  }

  /**
   * How a test builds its store: plain memory, or backed by a table storage (the SQLite contract
   * runs every store test through both).
   */
  interface StoreFactory extends java.util.function.Function<InMemoryItemStore.Builder, InMemoryItemStore> {
    StoreFactory MEMORY = InMemoryItemStore.Builder::build;
  }

  static InMemoryItemStore filled() {
    return filled(StoreFactory.MEMORY);
  }

  /** Authors 1–2, books 1–4 (book 4 without author), three chapters of book 1. */
  static InMemoryItemStore filled(StoreFactory factory) {
    InMemoryItemStore store = factory.apply(store());
    store.seed("authors", rows("[{\"id\":1,\"name\":\"Ada\",\"email\":\"ada@example.com\"},"
        + "{\"id\":2,\"name\":\"grace\",\"email\":null}]"));
    store.seed("books", rows("[{\"id\":1,\"title\":\"Alpha\",\"pages\":120,\"price\":9.5,\"published\":true,"
        + "\"released\":\"2020-01-15\",\"author\":1,\"tags\":\"a,b\",\"isbn\":\"111\"},"
        + "{\"id\":2,\"title\":\"beta\",\"pages\":80,\"price\":null,\"released\":\"2021-06-30\",\"author\":2},"
        + "{\"id\":3,\"title\":\"Gamma 100%\",\"pages\":300,\"price\":20,\"published\":true,\"author\":1},"
        + "{\"id\":4,\"title\":\"\",\"pages\":null,\"released\":\"2019-05-01\"}]"));
    store.seed("chapters", rows("[{\"id\":\"c0000000-0000-4000-8000-000000000003\",\"book\":1,\"title\":\"Three\","
        + "\"position\":3},{\"id\":\"c0000000-0000-4000-8000-000000000001\",\"book\":1,\"title\":\"One\","
        + "\"position\":1},{\"id\":\"c0000000-0000-4000-8000-000000000002\",\"book\":1,\"title\":\"Two\","
        + "\"position\":2}]"));
    return store;
  }

  static List<JsValue> rows(String json) {
    return ((JsArray) JsJson.parse(json)).elements();
  }

  static JsObject object(String json) {
    return (JsObject) JsJson.parse(json);
  }

  static String json(JsValue value) {
    return JsJson.stringify(value).orElse("undefined");
  }

  static String json(List<? extends JsValue> values) {
    return json(new JsArray(new ArrayList<>(values)));
  }

  /** The JSON of what a call threw. */
  static String rejection(Runnable call) {
    try {
      call.run();
    } catch (JsException e) {
      return json(e.value());
    }
    throw new AssertionError("expected a rejection");
  }

  /** The ids of the rows a query selects, as JSON. */
  static String ids(ItemStore store, String collection, Query query) {
    List<JsValue> ids = new ArrayList<>();
    for (JsObject item : store.readByQuery(collection, query.withFields(List.of("id")), ItemAccess.system())) {
      ids.add(item.get("id"));
    }
    return json(ids);
  }

  static Query filter(String json) {
    return Query.EMPTY.withFilter(JsJson.parse(json));
  }
}
