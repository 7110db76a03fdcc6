package dev.flowsmith.engine.item;

import static dev.flowsmith.engine.item.Library.ids;
import static dev.flowsmith.engine.item.Library.json;
import static dev.flowsmith.engine.item.Library.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sort, limit/offset/page, fields (incl. relational) and search. */
class QueryShapingTest extends FilledStoreTest {

  private String books(Query query) {
    return ids(store, "books", query);
  }

  private String read(String collection, Query query) {
    return json(store.readByQuery(collection, query, ItemAccess.system()));
  }

  @Test
  void sortsLikeSqliteWithDescendingAndSeveralKeys() {
    assertThat(books(Query.EMPTY.withSort(List.of("-pages")))).isEqualTo("[3,1,2,4]");
    assertThat(books(Query.EMPTY.withSort(List.of("pages")))).isEqualTo("[4,2,1,3]");
    // text is case-sensitive: "Alpha" < "Gamma" < "beta"; empty text before letters
    assertThat(books(Query.EMPTY.withSort(List.of("title")))).isEqualTo("[4,1,3,2]");
    assertThat(books(Query.EMPTY.withSort(List.of("-published", "-id")))).isEqualTo("[3,1,4,2]");
    assertThat(books(Query.EMPTY.withSort(List.of("author.name", "id")))).isEqualTo("[4,1,3,2]");
    assertThat(rejection(() -> books(Query.EMPTY.withSort(List.of("nope"))))).contains("FORBIDDEN");
  }

  @Test
  void limitDefaultsToOneHundredAndMinusOneMeansAll() {
    List<JsValue> many = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      many.add(Library.object("{\"name\":\"author " + i + "\"}"));
    }
    store.createMany("authors", many, ItemAccess.system());
    assertThat(store.readByQuery("authors", Query.EMPTY, ItemAccess.system())).hasSize(100);
    assertThat(store.readByQuery("authors", Query.EMPTY.withLimit(-1), ItemAccess.system())).hasSize(152);
    assertThat(store.readByQuery("authors", Query.EMPTY.withLimit(0), ItemAccess.system())).isEmpty();
  }

  @Test
  void offsetAndPageWindowTheResult() {
    assertThat(books(Query.EMPTY.withLimit(2).withOffset(1))).isEqualTo("[2,3]");
    assertThat(books(Query.EMPTY.withLimit(2).withPage(2))).isEqualTo("[3,4]");
    assertThat(books(Query.EMPTY.withLimit(3).withOffset(1).withPage(1))).isEqualTo("[1,2,3]");
    assertThat(books(Query.EMPTY.withOffset(10))).isEqualTo("[]");
  }

  @Test
  void starGivesEveryFieldInSchemaOrderWithDefaultsAndTypes() {
    assertThat(read("books", Library.filter("{\"id\":2}"))).isEqualTo("[{\"id\":2,\"title\":\"beta\",\"pages\":80,"
        + "\"price\":null,\"published\":false,\"released\":\"2021-06-30\",\"updated\":null,\"created\":null,"
        + "\"owner\":null,\"author\":2,\"tags\":null,\"meta\":null,\"isbn\":null,\"chapters\":[]}]");
  }

  @Test
  void relationalFieldsNestManyToOneAndListOneToMany() {
    Query query = Library.filter("{\"id\":{\"_in\":[1,4]}}")
        .withFields(List.of("title", "author.name", "chapters", "author.email", "id"));
    assertThat(read("books", query)).isEqualTo("[{\"title\":\"Alpha\",\"id\":1,"
        + "\"author\":{\"name\":\"Ada\",\"email\":\"ada@example.com\"},\"chapters\":["
        + "\"c0000000-0000-4000-8000-000000000001\",\"c0000000-0000-4000-8000-000000000002\","
        + "\"c0000000-0000-4000-8000-000000000003\"]},"
        + "{\"title\":\"\",\"id\":4,\"author\":null,\"chapters\":[]}]");
    assertThat(read("books", Library.filter("{\"id\":1}").withFields(List.of("chapters.title", "author.*"))))
        .isEqualTo("[{\"chapters\":[{\"title\":\"One\"},{\"title\":\"Two\"},{\"title\":\"Three\"}],"
            + "\"author\":{\"id\":1,\"name\":\"Ada\",\"email\":\"ada@example.com\"}}]");
    assertThat(read("chapters", Library.filter("{\"position\":1}").withFields(List.of("book.author.name"))))
        .isEqualTo("[{\"book\":{\"author\":{\"name\":\"Ada\"}}}]");
    assertThat(rejection(() -> read("books", Query.EMPTY.withFields(List.of("title.x"))))).contains("FORBIDDEN");
    assertThat(rejection(() -> read("books", Query.EMPTY.withFields(List.of("count(chapters)")))))
        .contains("FORBIDDEN");
  }

  @Test
  void searchMatchesTextCaseInsensitivelyAndNumbersExactly() {
    assertThat(books(Query.EMPTY.withSearch("ALP"))).isEqualTo("[1]");
    assertThat(books(Query.EMPTY.withSearch("300"))).isEqualTo("[3]");
    assertThat(books(Query.EMPTY.withSearch("9.5"))).isEqualTo("[1]");
    assertThat(books(Query.EMPTY.withSearch("a"))).isEqualTo("[1,2,3]");
    assertThat(ids(store, "chapters", Query.EMPTY.withSearch("c0000000-0000-4000-8000-000000000002")
        .withFields(List.of("id")))).isEqualTo("[\"c0000000-0000-4000-8000-000000000002\"]");
  }

  @Test
  void aRestrictedSearchLooksOnlyAtReadableFieldsAndNotIntoRelations() {
    // 11.11 getSearchableFields keeps the granted fields (fixture p078); related items are not searched
    AccessPolicy policy = AccessPolicy.builder().role("r", false, false)
        .allowRoleFields("r", "books", ItemAction.READ, List.of("id", "pages", "chapters")).build();
    InMemoryItemStore limitedStore = Library.filled(builder -> builder.access(policy).build());
    ItemAccess limited = new ItemAccess(policy.accountabilityForRole("r"), false);
    List<JsValue> found = new ArrayList<>();
    limitedStore.readByQuery("books", Query.EMPTY.withSearch("ALP").withFields(List.of("id")), limited)
        .forEach(item -> found.add(item.get("id")));
    assertThat(found).isEmpty();
    limitedStore.readByQuery("books", Query.EMPTY.withSearch("300").withFields(List.of("id")), limited)
        .forEach(item -> found.add(item.get("id")));
    assertThat(json(found)).isEqualTo("[3]");
    assertThat(books(Query.EMPTY.withSearch("Three"))).isEqualTo("[]");
  }

  @Test
  void aDateFunctionInFieldsReturnsThatPartUnderFieldUnderscoreFunction() {
    // Directus reads year(born) in fields as born_year (fixture p082)
    Query query = Query.EMPTY.withFields(List.of("id", "year(released)", "month(released)", "weekday(released)"))
        .withSort(List.of("id"));
    assertThat(json(store.readByQuery("books", query, ItemAccess.system()))).isEqualTo("[{\"id\":1,"
        + "\"released_year\":2020,\"released_month\":1,\"released_weekday\":3},{\"id\":2,\"released_year\":2021,"
        + "\"released_month\":6,\"released_weekday\":3},{\"id\":3,\"released_year\":null,\"released_month\":null,"
        + "\"released_weekday\":null},{\"id\":4,\"released_year\":2019,\"released_month\":5,\"released_weekday\":3}]");
    assertThat(rejection(() -> store.readByQuery("books", Query.EMPTY.withFields(List.of("year(title)")),
        ItemAccess.system()))).contains("Invalid function");
  }
}
