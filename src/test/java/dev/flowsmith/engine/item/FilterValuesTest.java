package dev.flowsmith.engine.item;

import static dev.flowsmith.engine.item.Library.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.value.JsJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Directus's REST validateQuery on filter operands, which flows' item operations skip. */
class FilterValuesTest extends FilledStoreTest {

  private static String routeRejection(String filter) {
    return rejection(() -> QueryReader.readForRoute(JsJson.parse("{\"filter\":" + filter + "}")));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      // fixtures r0433, r0865, r1248
      "{\"title\":{\"_contains\":\"\"}}             | You can't filter for an empty string in \\\"_contains\\\". Use",
      "{\"title\":\"\"}                             | You can't filter for an empty string in \\\"_eq\\\"",
      "{\"_or\":[{\"author\":{\"name\":{\"_nistarts_with\":\"\"}}}]} | empty string in \\\"_nistarts_with\\\"",
      "{\"chapters\":{\"_some\":{\"title\":{\"_lte\":\"\"}}}}    | empty string in \\\"_lte\\\"",
      "{\"pages\":{\"_in\":[]}}                     | \\\"_in\\\" has to be an array of values",
      "{\"pages\":{\"_null\":1}}                    | \\\"_null\\\" has to be a boolean",
      "{\"pages\":{\"_eq\":[1]}}                    | The filter value for \\\"_eq\\\" has to be a string, number, or boolean",
      "{\"pages\":{\"_gt\":9007199254740993}}       | The filter value for \\\"_gt\\\" is not a valid number",
  })
  void theRoutesRefuseOperandsBeforeTheServiceRuns(String filter, String reason) {
    assertThat(routeRejection(filter)).contains("INVALID_QUERY").contains(reason);
  }

  @Test
  void parsedOperandsPass() {
    // parseFilter turns "true"/"null" into values and lists are lists; null passes everywhere
    for (String filter : new String[] {"{\"pages\":{\"_null\":\"true\"}}", "{\"pages\":{\"_eq\":null}}",
        "{\"title\":{\"_in\":\"\"}}", "{\"title\":{\"_empty\":\"\"}}", "{}"}) {
      assertThat(QueryReader.readForRoute(JsJson.parse("{\"filter\":" + filter + "}")).filter()).isNotNull();
    }
  }

  @Test
  void itemOperationsDoNotCheckOperands() {
    // item-read calls sanitizeQuery only: an empty needle is LIKE '%%' and matches every non-null title
    Query query = QueryReader.read(JsJson.parse("{\"filter\":{\"title\":{\"_contains\":\"\"}}}"));
    assertThat(Library.ids(store, "books", query)).isEqualTo("[1,2,3,4]");
  }
}
