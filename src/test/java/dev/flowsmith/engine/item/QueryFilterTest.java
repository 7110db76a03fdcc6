package dev.flowsmith.engine.item;

import static dev.flowsmith.engine.item.Library.filter;
import static dev.flowsmith.engine.item.Library.ids;
import static dev.flowsmith.engine.item.Library.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Query filters with database semantics (engine.md §7.3 operators, read as SQL, not as validation). */
class QueryFilterTest extends FilledStoreTest {

  private String books(String filter) {
    return ids(store, "books", filter(filter));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "{\"pages\":{\"_eq\":120}}                 | [1]",
      "{\"pages\":{\"_eq\":\"120\"}}             | [1]",
      "{\"pages\":\" 80 \"}                      | [2]",
      "{\"title\":{\"_eq\":\"alpha\"}}           | []",
      "{\"published\":{\"_eq\":true}}            | [1,3]",
      "{\"published\":{\"_eq\":\"1\"}}           | [1,3]",
      "{\"published\":{\"_eq\":\"true\"}}        | []",
      "{\"pages\":{\"_neq\":120}}                | [2,3]",
      "{\"price\":{\"_eq\":null}}                | [2,4]",
      "{\"price\":{\"_neq\":null}}               | [1,3]",
      "{\"pages\":{\"_lt\":300}}                 | [1,2]",
      "{\"pages\":{\"_lte\":300}}                | [1,2,3]",
      "{\"pages\":{\"_gt\":\"100\"}}             | [1,3]",
      "{\"pages\":{\"_gte\":null}}               | []",
      "{\"pages\":{\"_in\":[80,\"300\"]}}        | [2,3]",
      "{\"pages\":{\"_in\":\"80,120\"}}          | [1,2]",
      "{\"pages\":{\"_in\":[]}}                  | []",
      "{\"pages\":{\"_nin\":[80]}}               | [1,3]",
      "{\"title\":{\"_nin\":[\"beta\",null]}}    | []",
      "{\"pages\":{\"_null\":true}}              | [4]",
      "{\"pages\":{\"_null\":false}}             | [1,2,3]",
      "{\"pages\":{\"_nnull\":false}}            | [4]",
      "{\"title\":{\"_empty\":true}}             | [4]",
      "{\"title\":{\"_nempty\":true}}            | [1,2,3]",
      "{\"title\":{\"_contains\":\"ALPH\"}}      | [1]",
      "{\"title\":{\"_contains\":\"a_p\"}}       | [1]",
      "{\"title\":{\"_contains\":\"100%\"}}      | [3]",
      "{\"title\":{\"_ncontains\":\"a\"}}        | [4]",
      "{\"title\":{\"_icontains\":\"BET\"}}      | [2]",
      "{\"title\":{\"_starts_with\":\"g\"}}      | [3]",
      "{\"title\":{\"_nstarts_with\":\"g\"}}     | [1,2,4]",
      "{\"title\":{\"_ends_with\":\"TA\"}}       | [2]",
      "{\"title\":{\"_niends_with\":\"a\"}}      | [3,4]",
      "{\"pages\":{\"_between\":[80,120]}}       | [1,2]",
      "{\"pages\":{\"_between\":\"100,400\"}}    | [1,3]",
      "{\"pages\":{\"_nbetween\":[80,120]}}      | [3]",
      "{\"pages\":{\"_between\":[80]}}           | [1,2,3,4]",
      "{\"pages\":{\"_gt\":100,\"_lt\":200}}     | [1]",
      "{\"_or\":[{\"pages\":80},{\"price\":20}]} | [2,3]",
      "{\"_and\":[{\"published\":true},{\"pages\":{\"_gt\":200}}]} | [3]",
      "{\"pages\":{\"_or\":[{\"_eq\":80},{\"_eq\":300}]}} | [2,3]",
      "{\"_or\":[]}                              | [1,2,3,4]",
      "{}                                        | [1,2,3,4]",
      "{\"released\":{\"_lt\":\"2020-06-01\"}}   | [1,4]",
      "{\"released\":{\"_eq\":\"2021-06-30T00:00:00Z\"}} | [2]",
      "{\"released\":{\"_gte\":\"$NOW(-5 years)\"}} | [2]",
      "{\"released\":{\"_lt\":\"not a date\"}}   | [1,2,4]",
  })
  void operatorsUseDatabaseSemantics(String filter, String expected) {
    assertThat(books(filter)).isEqualTo(expected);
  }

  @Test
  void nullNeverMatchesAComparisonLikeTheGoldenCleanup() {
    // golden scheduled-cleanup: a draft whose date_updated is null is never matched by _lt
    store.updateOne("books", JsValue.of(1), Library.object("{\"price\":null}"), ItemAccess.system());
    assertThat(books("{\"price\":{\"_lt\":100}}")).isEqualTo("[3]");
    assertThat(books("{\"price\":{\"_neq\":20}}")).isEqualTo("[]");
    assertThat(books("{\"price\":{\"_nin\":[20]}}")).isEqualTo("[]");
  }

  @Test
  void relationalFiltersFollowManyToOneLikeALeftJoin() {
    assertThat(books("{\"author\":{\"name\":{\"_eq\":\"Ada\"}}}")).isEqualTo("[1,3]");
    assertThat(books("{\"author\":{\"email\":{\"_null\":true}}}")).isEqualTo("[2,4]");
    assertThat(ids(store, "chapters", filter("{\"book\":{\"author\":{\"name\":\"Ada\"}}}")).length())
        .isGreaterThan(2);
  }

  @Test
  void oneToManyFiltersMeanSomeUnlessNone() {
    assertThat(books("{\"chapters\":{\"position\":{\"_gt\":2}}}")).isEqualTo("[1]");
    assertThat(books("{\"chapters\":{\"_some\":{\"title\":\"Two\"}}}")).isEqualTo("[1]");
    assertThat(books("{\"chapters\":{\"_none\":{\"title\":\"Two\"}}}")).isEqualTo("[2,3,4]");
  }

  @Test
  void dynamicVariablesResolveAgainstTheCallersAccountability() {
    store.createOne("books", Library.object("{\"title\":\"Mine\"}"),
        new ItemAccess(JsObject.builder().put("user", Library.USER).put("admin", JsValue.TRUE).build(), false));
    JsObject me = JsObject.builder().put("user", Library.USER).put("admin", JsValue.TRUE).build();
    Query mine = filter("{\"owner\":{\"_eq\":\"$CURRENT_USER\"}}").withFields(java.util.List.of("id"));
    assertThat(Library.json(store.readByQuery("books", mine, new ItemAccess(me, false)))).isEqualTo("[{\"id\":5}]");
    // no user: $CURRENT_USER is null, and _eq null is IS NULL
    assertThat(Library.json(store.readByQuery("books", mine, ItemAccess.system()))).isEqualTo(
        "[{\"id\":1},{\"id\":2},{\"id\":3},{\"id\":4}]");
    assertThat(books("{\"created\":{\"_gte\":\"$NOW\"}}")).isEqualTo("[5]");
    assertThat(books("{\"created\":{\"_gt\":\"$NOW(+1 hour)\"}}")).isEqualTo("[]");
    assertThat(books("{\"created\":{\"_gt\":\"$NOW(-1 minute)\"}}")).isEqualTo("[5]");
  }

  @Test
  void unknownFieldsAreForbiddenAndWrongOperatorsInvalid() {
    // 11.11 names the field (itemdiff fixture r2742)
    assertThat(rejection(() -> books("{\"nope\":{\"_eq\":1}}"))).contains("\"code\":\"FORBIDDEN\"")
        .contains("access field \\\"nope\\\" in collection \\\"books\\\" or it does not exist. Queried in root.");
    assertThat(rejection(() -> books("{\"pages\":{\"_contains\":\"1\"}}"))).isEqualTo(
        "{\"name\":\"DirectusError\",\"extensions\":{\"reason\":\"\\\"integer\\\" field type does not contain the"
            + " \\\"_contains\\\" filter operator\"},\"code\":\"INVALID_QUERY\",\"status\":400}");
    assertThat(rejection(() -> books("{\"title\":{\"_regex\":\"^A\"}}"))).contains("INVALID_QUERY");
    assertThat(rejection(() -> books("{\"price\":{\"_empty\":true}}"))).contains("\\\"float\\\" field type");
    assertThat(rejection(() -> books("{\"pages\":{\"_eq\":\"many\"}}"))).contains("Invalid numeric value");
    assertThat(rejection(() -> books("{\"_and\":{\"pages\":1}}"))).contains("\\\"_and\\\" must be an array");
    assertThat(rejection(() -> books("[1]"))).contains("INVALID_QUERY");
  }
}
