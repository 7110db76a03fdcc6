package dev.flowsmith.engine.item;

import static dev.flowsmith.engine.item.Library.json;
import static dev.flowsmith.engine.item.Library.object;
import static dev.flowsmith.engine.item.Library.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.value.JsValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** sanitizeQuery for the {@code query} option of item operations. */
class QueryReaderTest {

  @Test
  void readsListsFromArraysOrCommaTextAndNumbersWithJsRules() {
    Query query = QueryReader.read(object("{\"fields\":[\"id\",\"title, user_created.email\"],"
        + "\"sort\":\"-date, id\",\"limit\":\"-1\",\"offset\":2,\"page\":\"3\",\"search\":\"x\","
        + "\"filter\":\"{\\\"a\\\":1}\",\"deep\":{},\"meta\":\"*\"}"));
    assertThat(query.fields()).containsExactly("id", "title", "user_created.email");
    assertThat(query.sort()).containsExactly("-date", "id");
    assertThat(query.limit()).isEqualTo(-1);
    assertThat(query.offset()).isEqualTo(2);
    assertThat(query.page()).isEqualTo(3);
    assertThat(query.search()).isEqualTo("x");
    assertThat(json(query.filter())).isEqualTo("{\"a\":1}");
    assertThat(QueryReader.read(JsValue.UNDEFINED)).isEqualTo(Query.EMPTY);
    assertThat(Query.EMPTY.effectiveLimit()).isEqualTo(100);
  }

  @Test
  void rejectsWhatDirectusRejectsAndWhatItCannotAnswer() {
    assertThat(rejection(() -> QueryReader.read(object("{\"limit\":-2}"))))
        .contains("\\\"limit\\\" must be greater than or equal to -1");
    assertThat(rejection(() -> QueryReader.read(object("{\"limit\":\"ten\"}")))).contains("must be a number");
    assertThat(rejection(() -> QueryReader.read(object("{\"offset\":1.5}")))).contains("must be an integer");
    assertThat(rejection(() -> QueryReader.read(object("{\"filter\":\"{oops\"}"))))
        .contains("Invalid JSON for filter object");
    assertThat(QueryReader.read(object("{\"aggregate\":{\"count\":\"id,title\"}}")).aggregate())
        .containsEntry("count", List.of("id", "title"));
  }

  @Test
  void readOneAndManyAddTheirKeyToTheFilter() {
    Query query = Query.EMPTY.withFilter(object("{\"a\":1}")).and(object("{\"id\":{\"_eq\":2}}"));
    assertThat(json(query.filter())).isEqualTo("{\"_and\":[{\"id\":{\"_eq\":2}},{\"a\":1}]}");
    assertThat(Query.EMPTY.withFields(List.of("x")).fields()).containsExactly("x");
  }
}
