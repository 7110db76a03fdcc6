package dev.flowsmith.engine.item;

import static dev.flowsmith.engine.item.Library.json;
import static dev.flowsmith.engine.item.Library.object;
import static dev.flowsmith.engine.item.Library.rejection;
import static dev.flowsmith.engine.item.Library.rows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Nested relational writes on the storediff_ schema the Directus fixtures were recorded on:
 * authors ←m2o posts (deselect: nullify), posts → comments (deselect: delete), posts ⇄ tags
 * through storediff_posts_tags (deselect: delete).
 */
class NestedWritesTest {

  private static final String A = "storediff_authors";
  private static final String P = "storediff_posts";
  private static final String C = "storediff_comments";
  private static final String J = "storediff_posts_tags";
  private static final ItemAccess ADMIN = new ItemAccess(ItemAccess.fullAccountability(), false);

  private Schema schema;
  private InMemoryItemStore store;

  @BeforeEach
  void seed() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/itemdiff/schema.json")) {
      schema = SchemaSnapshotReader.read(JsJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    }
    store = seeded(AccessPolicy.closed());
  }

  private InMemoryItemStore seeded(AccessPolicy policy) {
    InMemoryItemStore seeded = InMemoryItemStore.builder(schema).access(policy).build();
    seeded.seed(A, rows("[{\"id\":1,\"name\":\"Ada\"},{\"id\":2,\"name\":\"Bo\"}]"));
    seeded.seed("storediff_tags", rows("[{\"id\":1,\"name\":\"red\"},{\"id\":2,\"name\":\"blue\"}]"));
    seeded.seed(P, rows("[{\"id\":1,\"title\":\"one\",\"author\":1},{\"id\":2,\"title\":\"two\",\"author\":1},"
        + "{\"id\":3,\"title\":\"three\",\"author\":2}]"));
    seeded.seed(C, rows("[{\"id\":1,\"text\":\"c1\",\"post\":1},{\"id\":2,\"text\":\"c2\",\"post\":1}]"));
    seeded.seed(J, rows("[{\"id\":1,\"storediff_posts_id\":1,\"storediff_tags_id\":1}]"));
    return seeded;
  }

  private String read(String collection, String fields) {
    return json(store.readByQuery(collection, QueryReader.read(object(
        "{\"fields\":\"" + fields + "\",\"sort\":\"id\",\"limit\":-1}")), ADMIN));
  }

  @Test
  void anM2oObjectCreatesTheItemOrUpdatesTheOneWithItsKey() {
    JsValue created = store.createOne(P, object("{\"title\":\"new\",\"author\":{\"name\":\"Cy\"}}"), ADMIN);
    store.createOne(P, object("{\"title\":\"upd\",\"author\":{\"id\":2,\"name\":\"Bob\"}}"), ADMIN);
    store.createOne(P, object("{\"title\":\"keyed\",\"author\":{\"id\":50,\"name\":\"Fifty\"}}"), ADMIN);
    assertThat(json(created)).isEqualTo("4");
    assertThat(read(A, "id,name")).isEqualTo(
        "[{\"id\":1,\"name\":\"Ada\"},{\"id\":2,\"name\":\"Bob\"},{\"id\":3,\"name\":\"Cy\"},{\"id\":50,\"name\":\"Fifty\"}]");
    assertThat(read(P, "id,author")).endsWith("{\"id\":4,\"author\":3},{\"id\":5,\"author\":2},{\"id\":6,\"author\":50}]");
  }

  @Test
  void anO2mArrayKeepsTheListedChildrenAndNullifiesTheOthers() {
    store.updateOne(A, JsValue.of(1), object("{\"posts\":[2,3,{\"id\":1,\"title\":\"renamed\"},{\"title\":\"fresh\"}]}"),
        ADMIN);
    assertThat(read(P, "id,title,author")).isEqualTo("[{\"id\":1,\"title\":\"renamed\",\"author\":1},"
        + "{\"id\":2,\"title\":\"two\",\"author\":1},{\"id\":3,\"title\":\"three\",\"author\":1},"
        + "{\"id\":4,\"title\":\"fresh\",\"author\":1}]");
    store.updateOne(A, JsValue.of(1), object("{\"posts\":[3]}"), ADMIN);
    assertThat(read(P, "id,author")).isEqualTo(
        "[{\"id\":1,\"author\":null},{\"id\":2,\"author\":null},{\"id\":3,\"author\":1},{\"id\":4,\"author\":null}]");
  }

  @Test
  void deselectedChildrenAreDeletedWhenTheRelationSaysDelete() {
    store.updateOne(P, JsValue.of(1), object("{\"comments\":[2,{\"text\":\"c3\"}]}"), ADMIN);
    assertThat(read(C, "id,text,post")).isEqualTo(
        "[{\"id\":2,\"text\":\"c2\",\"post\":1},{\"id\":3,\"text\":\"c3\",\"post\":1}]");
  }

  @Test
  void alterationsCreateUpdateAndDeselectExactlyWhatTheyList() {
    store.updateOne(A, JsValue.of(1), object("{\"posts\":{\"create\":[{\"title\":\"made\"}],"
        + "\"update\":[{\"id\":3,\"title\":\"moved\"}],\"delete\":[2]}}"), ADMIN);
    assertThat(read(P, "id,title,author")).isEqualTo("[{\"id\":1,\"title\":\"one\",\"author\":1},"
        + "{\"id\":2,\"title\":\"two\",\"author\":null},{\"id\":3,\"title\":\"moved\",\"author\":1},"
        + "{\"id\":4,\"title\":\"made\",\"author\":1}]");
  }

  @Test
  void anM2mWritesJunctionRowsAndTheirRelatedItems() {
    JsValue post = store.createOne(P, object("{\"title\":\"tagged\",\"tags\":[{\"storediff_tags_id\":2},"
        + "{\"storediff_tags_id\":{\"name\":\"green\"}}]}"), ADMIN);
    assertThat(json(store.readOne(P, post, QueryReader.read(object("{\"fields\":\"tags.storediff_tags_id.name\"}")),
        ADMIN))).isEqualTo("{\"tags\":[{\"storediff_tags_id\":{\"name\":\"blue\"}},{\"storediff_tags_id\":{\"name\":\"green\"}}]}");
    store.updateOne(P, JsValue.of(1), object("{\"tags\":[]}"), ADMIN);
    assertThat(read(J, "id,storediff_posts_id")).isEqualTo(
        "[{\"id\":2,\"storediff_posts_id\":4},{\"id\":3,\"storediff_posts_id\":4}]");
  }

  @Test
  void aFailingNestedItemRollsBackTheWholeWrite() {
    String before = read(P, "*") + read(A, "*");
    assertThat(rejection(() -> store.createOne(A, object("{\"name\":\"x\",\"posts\":[{\"title\":\"ok\"},999]}"), ADMIN)))
        .isEqualTo("{\"name\":\"DirectusError\",\"code\":\"FORBIDDEN\",\"status\":403}");
    assertThat(rejection(() -> store.createOne(A, object("{\"name\":\"x\",\"posts\":[{\"body\":\"untitled\"}]}"), ADMIN)))
        .isEqualTo("[{\"name\":\"DirectusError\",\"extensions\":{\"field\":\"title\",\"path\":[\"posts\"],"
            + "\"type\":\"required\"},\"code\":\"FAILED_VALIDATION\",\"status\":400}]");
    assertThat(rejection(() -> store.createOne(P, object("{\"title\":\"t\",\"tags\":[{\"storediff_tags_id\":"
        + "{\"name\":\"red\"}}]}"), ADMIN))).contains("\"value\":\"red\"").contains("RECORD_NOT_UNIQUE");
    assertThat(read(P, "*") + read(A, "*")).isEqualTo(before);
  }

  @Test
  void malformedAlterationsAreInvalidPayloads() {
    assertThat(message(() -> store.updateOne(A, JsValue.of(1), object("{\"posts\":{\"create\":\"x\"}}"), ADMIN)))
        .isEqualTo("Invalid payload. Invalid one-to-many update structure: \"create\" must be an array.");
    assertThat(message(() -> store.updateOne(A, JsValue.of(1), object("{\"posts\":{\"foo\":[]}}"), ADMIN)))
        .isEqualTo("Invalid payload. Invalid one-to-many update structure: \"foo\" is not allowed.");
    assertThat(message(() -> store.updateOne(A, JsValue.of(1), object("{\"posts\":\"x\"}"), ADMIN)))
        .isEqualTo("Invalid payload. Invalid one-to-many update structure: \"value\" must be of type object.");
  }

  @Test
  void fieldGrantsApplyToNestedItemsToo() {
    AccessPolicy policy = AccessPolicy.builder().role("r", false, false)
        .allowRoleFields("r", A, ItemAction.CREATE, List.of("*"))
        .allowRoleFields("r", P, ItemAction.CREATE, List.of("title", "author")).build();
    store = seeded(policy);
    ItemAccess limited = new ItemAccess(policy.accountabilityForRole("r"), false);
    assertThat(message(() -> store.createOne(A, object("{\"name\":\"x\",\"posts\":[{\"title\":\"t\",\"views\":1}]}"),
        limited))).isEqualTo("You don't have permission to access field \"views\" in collection \"storediff_posts\""
            + " or it does not exist.");
    assertThat(message(() -> store.createOne(P, object("{\"title\":\"t\",\"views\":1,\"body\":\"b\"}"), limited)))
        .isEqualTo("You don't have permission to access fields \"views\", \"body\" in collection \"storediff_posts\""
            + " or they do not exist.");
    assertThat(message(() -> store.createOne(C, object("{\"text\":\"t\"}"), limited)))
        .isEqualTo("You don't have permission to \"create\" from collection \"storediff_comments\" or it does not exist.");
    JsValue author = store.createOne(A, object("{\"name\":\"x\",\"posts\":[{\"title\":\"t\"}]}"), limited);
    assertThat(read(P, "title,author")).endsWith("{\"title\":\"t\",\"author\":" + json(author) + "}]");
  }

  @Test
  void nestedItemsFireTheirOwnEventsAfterTheirParent() {
    RecordingItemEvents events = new RecordingItemEvents();
    store = InMemoryItemStore.builder(schema).events(events).build();
    store.seed(C, List.of());
    ItemAccess loud = new ItemAccess(ItemAccess.fullAccountability(), true);
    store.createOne(A, object("{\"name\":\"a\",\"posts\":[{\"title\":\"p\",\"comments\":[{\"text\":\"c\"}]}]}"), loud);
    store.updateOne(P, JsValue.of(1), object("{\"comments\":[]}"), loud);
    List<String> seen = new java.util.ArrayList<>();
    events.events().forEach(e -> seen.add(e.names().get(1) + " " + json(e.meta().get("payload"))));
    assertThat(seen).containsExactly(
        "storediff_authors.items.create {\"name\":\"a\",\"posts\":[{\"title\":\"p\",\"comments\":[{\"text\":\"c\"}]}]}",
        "storediff_posts.items.create {\"title\":\"p\",\"comments\":[{\"text\":\"c\"}],\"author\":1}",
        "storediff_comments.items.create {\"text\":\"c\",\"post\":1}",
        "storediff_posts.items.update {\"comments\":[]}",
        "storediff_comments.items.delete [1]");
  }

  private static String message(Runnable call) {
    try {
      call.run();
    } catch (dev.flowsmith.engine.value.JsException e) {
      JsValue value = e.value() instanceof JsArray list ? list.elements().get(0) : e.value();
      return ((dev.flowsmith.engine.value.JsError) value).message();
    }
    throw new AssertionError("expected a rejection");
  }

}
