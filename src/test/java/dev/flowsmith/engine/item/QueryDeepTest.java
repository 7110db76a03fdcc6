package dev.flowsmith.engine.item;

import static dev.flowsmith.engine.item.Library.json;
import static dev.flowsmith.engine.item.Library.object;
import static dev.flowsmith.engine.item.Library.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code deep} on o2m and m2o fields and {@code alias} (engine.md §6.4). */
class QueryDeepTest extends FilledStoreTest {

  private String read(String query) {
    return json(store.readByQuery("books", QueryReader.read(object(query)), ItemAccess.system()));
  }

  @Test
  void deepFiltersSortsAndWindowsTheChildrenOfEachParent() {
    assertThat(read("{\"fields\":[\"id\",\"chapters.title\"],\"filter\":{\"id\":1},"
        + "\"deep\":{\"chapters\":{\"_filter\":{\"position\":{\"_gte\":2}}}}}"))
        .isEqualTo("[{\"id\":1,\"chapters\":[{\"title\":\"Two\"},{\"title\":\"Three\"}]}]");
    assertThat(read("{\"fields\":[\"id\",\"chapters.position\"],\"filter\":{\"id\":1},"
        + "\"deep\":{\"chapters\":{\"_sort\":\"-position\",\"_limit\":2}}}"))
        .isEqualTo("[{\"id\":1,\"chapters\":[{\"position\":3},{\"position\":2}]}]");
    assertThat(read("{\"fields\":[\"id\",\"chapters.position\"],\"filter\":{\"id\":1},"
        + "\"deep\":{\"chapters\":{\"_sort\":\"position\",\"_offset\":1,\"_limit\":1}}}"))
        .isEqualTo("[{\"id\":1,\"chapters\":[{\"position\":2}]}]");
    // without deep: every child up to the default limit, in the related collection's order (uuid key)
    assertThat(read("{\"fields\":[\"id\",\"chapters.title\"],\"filter\":{\"id\":1}}"))
        .isEqualTo("[{\"id\":1,\"chapters\":[{\"title\":\"One\"},{\"title\":\"Two\"},{\"title\":\"Three\"}]}]");
    assertThat(read("{\"fields\":[\"id\",\"chapters\"],\"filter\":{\"id\":2}}"))
        .isEqualTo("[{\"id\":2,\"chapters\":[]}]");
  }

  @Test
  void aDeepFilterOfOnlyTheForeignKeysInListIsOverwrittenByTheParentKeys() {
    // Directus 11.11 lodash-merges {book: {_in: <parent keys>}} into it (fixture r2101): all children pass
    assertThat(read("{\"fields\":[\"id\",\"chapters.position\"],\"filter\":{\"id\":1},"
        + "\"deep\":{\"chapters\":{\"_filter\":{\"book\":{\"_in\":[2,3]}},\"_sort\":\"position\"}}}"))
        .isEqualTo("[{\"id\":1,\"chapters\":[{\"position\":1},{\"position\":2},{\"position\":3}]}]");
    // any other shape holds beside the parent key
    assertThat(read("{\"fields\":[\"id\",\"chapters.position\"],\"filter\":{\"id\":1},"
        + "\"deep\":{\"chapters\":{\"_filter\":{\"book\":{\"_eq\":2}}}}}"))
        .isEqualTo("[{\"id\":1,\"chapters\":[]}]");
  }

  @Test
  void childrenAreReSortedByTheFirstKeyWithNullsLastAfterPageOffsetAndLimit() {
    // the same shapes a Directus 11.11 server gave for chapters at positions 3, null, 1, 2
    store.createOne("chapters", object("{\"book\":1,\"title\":\"None\",\"position\":null}"), ItemAccess.system());
    String fields = "\"fields\":[\"id\",\"chapters.position\"],\"filter\":{\"id\":1},";
    assertThat(read("{" + fields + "\"deep\":{\"chapters\":{\"_sort\":\"position\"}}}"))
        .isEqualTo("[{\"id\":1,\"chapters\":[{\"position\":1},{\"position\":2},{\"position\":3},"
            + "{\"position\":null}]}]");
    assertThat(read("{" + fields + "\"deep\":{\"chapters\":{\"_sort\":\"-position\"}}}"))
        .isEqualTo("[{\"id\":1,\"chapters\":[{\"position\":3},{\"position\":2},{\"position\":1},"
            + "{\"position\":null}]}]");
    assertThat(read("{" + fields + "\"deep\":{\"chapters\":{\"_sort\":\"position\",\"_limit\":2,\"_page\":2}}}"))
        .isEqualTo("[{\"id\":1,\"chapters\":[{\"position\":2},{\"position\":3}]}]");
    assertThat(read("{" + fields + "\"deep\":{\"chapters\":{\"_sort\":\"position\",\"_limit\":1,\"_offset\":1,"
        + "\"_page\":2}}}")).isEqualTo("[{\"id\":1,\"chapters\":[{\"position\":2}]}]");
  }

  @Test
  void childrenAreLimitedToOneHundredPerParentUnlessDeepSaysOtherwise() {
    List<JsValue> many = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      many.add(object("{\"book\":2,\"title\":\"c" + i + "\",\"position\":" + i + "}"));
    }
    store.createMany("chapters", many, ItemAccess.system());
    String fields = "\"fields\":[\"chapters\"],\"filter\":{\"id\":2}";
    assertThat(((dev.flowsmith.engine.value.JsArray) store.readByQuery("books", QueryReader.read(object(
        "{" + fields + "}")), ItemAccess.system()).get(0).get("chapters")).size()).isEqualTo(100);
    assertThat(((dev.flowsmith.engine.value.JsArray) store.readByQuery("books", QueryReader.read(object(
        "{" + fields + ",\"deep\":{\"chapters\":{\"_limit\":-1}}}")), ItemAccess.system()).get(0).get("chapters"))
        .size()).isEqualTo(120);
  }

  @Test
  void deepFilterOnAManyToOneNullsTheRelatedItemThatFailsIt() {
    assertThat(read("{\"fields\":[\"id\",\"author.name\"],\"filter\":{\"id\":{\"_in\":[1,2]}},"
        + "\"deep\":{\"author\":{\"_filter\":{\"name\":{\"_eq\":\"Ada\"}}}}}"))
        .isEqualTo("[{\"id\":1,\"author\":{\"name\":\"Ada\"}},{\"id\":2,\"author\":null}]");
  }

  @Test
  void aliasReturnsAFieldUnderAnotherName() {
    assertThat(read("{\"fields\":[\"id\",\"heading\",\"writer.name\"],\"filter\":{\"id\":1},"
        + "\"alias\":{\"heading\":\"title\",\"writer\":\"author\"}}"))
        .isEqualTo("[{\"id\":1,\"heading\":\"Alpha\",\"writer\":{\"name\":\"Ada\"}}]");
    assertThat(rejection(() -> read("{\"fields\":[\"x\"],\"alias\":{\"x\":\"nope\"}}"))).contains("FORBIDDEN");
  }
}
