package dev.flowsmith.engine.item;

import static dev.flowsmith.engine.item.Library.json;
import static dev.flowsmith.engine.item.Library.object;
import static dev.flowsmith.engine.item.Library.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code aggregate} and {@code groupBy} (engine.md §6.4), shaped as Directus on SQLite returns them. */
class QueryAggregateTest extends FilledStoreTest {

  private String read(String collection, String query) {
    return json(store.readByQuery(collection, QueryReader.read(object(query)), ItemAccess.system()));
  }

  @Test
  void countsNestUnderTheOperationAndStarAndCountAllStayFlat() {
    assertThat(read("books", "{\"aggregate\":{\"count\":\"id\"}}")).isEqualTo("[{\"count\":{\"id\":4}}]");
    assertThat(read("books", "{\"aggregate\":{\"count\":\"*\"}}")).isEqualTo("[{\"count\":4}]");
    // Directus 11.11 drops countAll from the result (GET /items/x?aggregate[countAll]=* answers [{}])
    assertThat(read("books", "{\"aggregate\":{\"countAll\":\"*\"}}")).isEqualTo("[{}]");
    assertThat(read("books", "{\"aggregate\":{\"countAll\":\"*\",\"count\":\"id\"}}"))
        .isEqualTo("[{\"count\":{\"id\":4}}]");
    // count(field) skips nulls; countDistinct counts values once
    assertThat(read("books", "{\"aggregate\":{\"count\":[\"price\",\"author\"],\"countDistinct\":\"author\"}}"))
        .isEqualTo("[{\"count\":{\"price\":2,\"author\":3},\"countDistinct\":{\"author\":2}}]");
  }

  @Test
  void sumsAveragesAndExtremesFollowTheFilter() {
    assertThat(read("books", "{\"aggregate\":{\"sum\":\"pages\",\"avg\":\"pages\",\"min\":\"pages\","
        + "\"max\":\"released\"}}"))
        .isEqualTo("[{\"sum\":{\"pages\":500},\"avg\":{\"pages\":166.66666666666666},\"min\":{\"pages\":80},"
            + "\"max\":{\"released\":\"2021-06-30\"}}]");
    assertThat(read("books", "{\"filter\":{\"author\":{\"_eq\":1}},\"aggregate\":{\"sumDistinct\":\"pages\","
        + "\"avgDistinct\":\"price\"}}"))
        .isEqualTo("[{\"sumDistinct\":{\"pages\":420},\"avgDistinct\":{\"price\":14.75}}]");
    assertThat(read("books", "{\"filter\":{\"id\":{\"_gt\":10}},\"aggregate\":{\"sum\":\"pages\",\"count\":\"*\"}}"))
        .isEqualTo("[{\"sum\":{\"pages\":null},\"count\":0}]");
  }

  @Test
  void groupByPutsTheGroupFirstAndSortsByIt() {
    assertThat(read("books", "{\"groupBy\":\"author\",\"aggregate\":{\"count\":\"*\"}}"))
        .isEqualTo("[{\"author\":null,\"count\":1},{\"author\":1,\"count\":2},{\"author\":2,\"count\":1}]");
    assertThat(read("books", "{\"groupBy\":[\"published\"],\"aggregate\":{\"sum\":\"pages\"},\"sort\":\"-published\"}"))
        .isEqualTo("[{\"published\":true,\"sum\":{\"pages\":420}},{\"published\":false,\"sum\":{\"pages\":80}}]");
    assertThat(read("books", "{\"groupBy\":\"author\",\"aggregate\":{\"count\":\"*\"},\"limit\":1,\"page\":2}"))
        .isEqualTo("[{\"author\":1,\"count\":2}]");
  }

  @Test
  void nullDatesGroupFirstAsNullAndCountsStayNumbersOnBooleanFields() {
    // as the Directus 11.11 server answers the same shapes
    assertThat(read("books", "{\"groupBy\":\"year(released)\",\"aggregate\":{\"count\":\"*\"}}"))
        .isEqualTo("[{\"released_year\":null,\"count\":1},{\"released_year\":2019,\"count\":1},"
            + "{\"released_year\":2020,\"count\":1},{\"released_year\":2021,\"count\":1}]");
    assertThat(read("books", "{\"aggregate\":{\"count\":\"published\",\"max\":\"updated\"},"
        + "\"filter\":{\"id\":{\"_lt\":0}}}")).isEqualTo("[{\"count\":{\"published\":0},\"max\":{\"updated\":null}}]");
  }

  @Test
  void dateFunctionsGroupUnderFieldUnderscoreFunction() {
    assertThat(read("books", "{\"groupBy\":\"year(released)\",\"aggregate\":{\"count\":\"id\"},"
        + "\"filter\":{\"released\":{\"_nnull\":true}}}"))
        .isEqualTo("[{\"released_year\":2019,\"count\":{\"id\":1}},{\"released_year\":2020,\"count\":{\"id\":1}},"
            + "{\"released_year\":2021,\"count\":{\"id\":1}}]");
    // 2020-01-15 is a Wednesday (3) in week 2 (%W: the first Monday starts week 1)
    assertThat(read("books", "{\"groupBy\":[\"month(released)\",\"week(released)\",\"weekday(released)\","
        + "\"day(released)\"],\"filter\":{\"id\":1}}"))
        .isEqualTo("[{\"released_month\":1,\"released_week\":2,\"released_weekday\":3,\"released_day\":15}]");
    assertThat(rejection(() -> read("books", "{\"groupBy\":\"year(title)\"}"))).contains("INVALID_QUERY");
    assertThat(rejection(() -> read("books", "{\"aggregate\":{\"median\":\"pages\"}}"))).contains("INVALID_QUERY");
    assertThat(rejection(() -> read("books", "{\"aggregate\":{\"sum\":\"nope\"}}"))).contains("FORBIDDEN");
  }
}
