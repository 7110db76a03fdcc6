package dev.flowsmith.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code $trigger.query} parsed as qs does (engine.md §3.2); expectations from qs 6 behaviour. */
class QueryStringTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a=1&b=x%20y+z | {\"a\":\"1\",\"b\":\"x y z\"}",
      "a[b]=1&a[c]=2 | {\"a\":{\"b\":\"1\",\"c\":\"2\"}}",
      "a=1&a=2&a=3 | {\"a\":[\"1\",\"2\",\"3\"]}",
      "a[]=1&a[]=2 | {\"a\":[\"1\",\"2\"]}",
      "a[1]=x&a[0]=y | {\"a\":[\"y\",\"x\"]}",
      "a[b][c]=1 | {\"a\":{\"b\":{\"c\":\"1\"}}}",
      "flag&empty= | {\"flag\":\"\",\"empty\":\"\"}",
      "a[21]=x | {\"a\":{\"21\":\"x\"}}",
      "a[b]=1&a=2 | {\"a\":{\"b\":\"1\",\"2\":\"true\"}}",
      "a[b][c][d][e][f][g]=1 | {\"a\":{\"b\":{\"c\":{\"d\":{\"e\":{\"f\":{\"[g]\":\"1\"}}}}}}}",
  })
  void parsesLikeQs(String query, String expected) {
    assertThat(QueryString.parse(query)).isEqualTo(JsJson.parse(expected));
  }

  @ParameterizedTest
  @CsvSource({"''", "&&"})
  void anEmptyQueryIsAnEmptyObject(String query) {
    assertThat(QueryString.parse(query)).isEqualTo(JsObject.EMPTY);
  }
}
