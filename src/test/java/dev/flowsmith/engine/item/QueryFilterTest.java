package dev.flowsmith.engine.item;

import static dev.flowsmith.engine.item.Library.filter;
import static dev.flowsmith.engine.item.Library.ids;
import static dev.flowsmith.engine.item.Library.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.value.JsJson;
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
  void aOneToManyPathIsALeftJoinSoParentsWithoutChildrenMeetNullTests() {
    // Directus 11.11 joins the o2m for a plain path: books 2-4 have no chapters, so their one joined
    // row is all-null and matches _null (fixture r0565: posts without comments match text _empty)
    assertThat(books("{\"chapters\":{\"title\":{\"_null\":true}}}")).isEqualTo("[2,3,4]");
    assertThat(books("{\"chapters\":{\"title\":{\"_nnull\":true}}}")).isEqualTo("[1]");
    assertThat(books("{\"chapters\":{\"_some\":{\"title\":{\"_null\":true}}}}")).isEqualTo("[]");
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
    assertThat(rejection(() -> books("[1]"))).contains("INVALID_QUERY");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "{\"title\":{\"_lt\":\"b\"}}          | \"string\" field type does not contain the \"_lt\"",
      "{\"title\":{\"_between\":[\"a\",\"c\"]}} | \"string\" field type does not contain the \"_between\"",
      "{\"title\":{\"_nicontains\":\"a\"}}  | \"string\" field type does not contain the \"_nicontains\"",
      "{\"pages\":{\"_nempty\":true}}        | \"integer\" field type does not contain the \"_nempty\"",
      "{\"published\":{\"_in\":[true]}}      | \"boolean\" field type does not contain the \"_in\"",
      "{\"author\":{\"name\":{\"_gte\":\"A\"}}} | \"string\" field type does not contain the \"_gte\"",
      "{\"chapters\":{\"_some\":{\"title\":{\"_gt\":\"A\"}}}} | \"string\" field type does not contain the \"_gt\"",
  })
  void directus1111RefusesOperatorsTheFieldTypeLacks(String filter, String reason) {
    // @directus/utils getFilterOperatorsForType as released with 11.11 (fixtures r0009, r0013, …)
    assertThat(rejection(() -> books(filter))).contains("INVALID_QUERY").contains(reason.replace("\"", "\\\""));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      // plain conditions of a level before its nested groups (fixture r1290)
      "{\"_and\":[{\"_and\":[{\"title\":{\"_lt\":\"b\"}}]},{\"pages\":{\"_empty\":true}}]} | integer",
      // an m2o path is a plain condition (fixtures r0972, r1335)
      "{\"_or\":[{\"_or\":[{\"pages\":{\"_empty\":true}}]},{\"author\":{\"name\":{\"_lt\":\"A\"}}}]} | string",
      // a field with two operators is an _and group, so it waits for the plain ones
      "{\"_or\":[{\"title\":{\"_eq\":\"x\",\"_gt\":\"a\"}},{\"pages\":{\"_empty\":true}}]} | integer",
      // a _some subquery runs when the statement compiles
      "{\"_and\":[{\"chapters\":{\"_some\":{\"title\":{\"_lt\":\"b\"}}}},{\"published\":{\"_in\":[true]}}]} | boolean",
      // within one level, in key order
      "{\"_and\":[{\"title\":{\"_lt\":\"b\"}},{\"pages\":{\"_empty\":true}}]} | string",
  })
  void theFirstRefusedOperatorIsTheOneTheQueryBuilderMeetsFirst(String filter, String type) {
    assertThat(rejection(() -> books(filter))).contains("\\\"" + type + "\\\" field type does not contain");
  }

  @Test
  void sanitizingRefusesALogicalOperatorThatIsNoArray() {
    // parseFilter maps over _and/_or and fails on an object (fixture r2746)
    assertThat(rejection(() -> books("{\"_and\":{\"pages\":1}}"))).contains("Invalid filter object");
    assertThat(rejection(() -> ids(store, "books", QueryReader.read(JsJson.parse("{\"filter\":{\"_or\":{}}}")))))
        .contains("Invalid filter object");
  }

  @Test
  void aNumericOperandThatIsNoNumberMatchesNothingAsNaNBindsNull() {
    // Directus 11.11 binds Number("many") = NaN, which SQLite stores as NULL (fixture r2749)
    assertThat(books("{\"pages\":{\"_eq\":\"many\"}}")).isEqualTo("[]");
    assertThat(books("{\"pages\":{\"_in\":\"x\"}}")).isEqualTo("[]");
    assertThat(books("{\"pages\":{\"_nin\":[\"x\"]}}")).isEqualTo("[]");
  }
}
