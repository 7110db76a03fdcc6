package dev.flowsmith.engine.item;

import static dev.flowsmith.engine.item.Library.json;
import static dev.flowsmith.engine.item.Library.object;
import static dev.flowsmith.engine.item.Library.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.value.JsValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What restricted accountabilities may do (engine.md §6 "Permission resolution"). */
class AccessPolicyTest {


  /** How this run builds its stores; the SQLite contract overrides it. */
  Library.StoreFactory factory() {
    return Library.StoreFactory.MEMORY;
  }

  /** 11.11's FORBIDDEN with its reason, as the running server answers (fixtures in itemdiff/). */
  private static String forbidden(String reason) {
    return "{\"name\":\"DirectusError\",\"extensions\":{\"reason\":" + json(JsValue.of(reason))
        + "},\"code\":\"FORBIDDEN\",\"status\":403}";
  }

  private static final String NO_BOOKS = forbidden(
      "You don't have permission to access collection \"books\" or it does not exist. Queried in root.");
  private static final String NO_CREATE = forbidden(
      "You don't have permission to \"create\" from collection \"books\" or it does not exist.");
  private static final ItemAccess PUBLIC = new ItemAccess(ItemAccess.publicAccountability(), false);

  @Test
  void byDefaultThePublicMayDoNothing() {
    InMemoryItemStore store = Library.filled(factory());
    assertThat(rejection(() -> store.readByQuery("books", Query.EMPTY, PUBLIC))).isEqualTo(NO_BOOKS);
    assertThat(rejection(() -> store.createOne("books", object("{}"), PUBLIC))).isEqualTo(NO_CREATE);
    assertThat(rejection(() -> store.deleteOne("books", JsValue.of(1), PUBLIC))).isEqualTo(NO_BOOKS);
    assertThat(new ItemAccess(ItemAccess.fullAccountability(), false).unrestricted()).isTrue();
    assertThat(ItemAccess.system().unrestricted()).isTrue();
  }

  @Test
  void grantsOpenWholeCollectionsAndRelationsNeedTheirOwn() {
    AccessPolicy policy = AccessPolicy.builder().allowPublic("books", ItemAction.READ, ItemAction.UPDATE).build();
    InMemoryItemStore store = factory().apply(Library.store().access(policy));
    store.seed("books", Library.rows("[{\"id\":1,\"title\":\"a\"}]"));
    assertThat(json(store.readByQuery("books", Query.EMPTY.withFields(List.of("title")), PUBLIC)))
        .isEqualTo("[{\"title\":\"a\"}]");
    assertThat(rejection(() -> store.readByQuery("books", Query.EMPTY.withFields(List.of("author.name")), PUBLIC)))
        .contains("access collection \\\"authors\\\"");
    assertThat(json(store.updateOne("books", JsValue.of(1), object("{\"title\":\"b\"}"), PUBLIC))).isEqualTo("1");
    // a restricted caller cannot touch what does not exist, unlike an admin
    assertThat(rejection(() -> store.updateOne("books", JsValue.of(2), object("{\"title\":\"c\"}"), PUBLIC)))
        .isEqualTo(forbidden("You don't have permissions to perform \"update\" for the field(s) \"title\" in"
            + " collection \"books\" or it does not exist."));
    assertThat(rejection(() -> store.createOne("books", object("{}"), PUBLIC))).isEqualTo(NO_CREATE);
  }

  @Test
  void rolesMustBeDeclaredAndMayBeAdmins() {
    AccessPolicy policy = AccessPolicy.builder()
        .role("editor", false, true).allowRole("editor", "books", ItemAction.READ)
        .role("boss", true, true).build();
    assertThat(json(policy.accountabilityForRole("editor"))).isEqualTo(
        "{\"role\":\"editor\",\"user\":null,\"roles\":[\"editor\"],\"admin\":false,\"app\":true,\"ip\":null}");
    assertThat(rejection(() -> policy.accountabilityForRole("ghost"))).isEqualTo("{}");
    try {
      policy.accountabilityForRole("ghost");
    } catch (dev.flowsmith.engine.value.JsException e) {
      assertThat(e.getMessage()).isEqualTo("Error: Configured role \"ghost\" isn't a valid role ID or doesn't exist.");
    }
    ItemAccess editor = new ItemAccess(policy.accountabilityForRole("editor"), false);
    assertThat(policy.allows(editor, "books", ItemAction.READ)).isTrue();
    assertThat(policy.allows(editor, "books", ItemAction.DELETE)).isFalse();
    assertThat(policy.allows(new ItemAccess(policy.accountabilityForRole("boss"), false), "x", ItemAction.DELETE))
        .isTrue();
  }
}
