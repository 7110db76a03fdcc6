package dev.flowsmith.engine.operation;

import static dev.flowsmith.engine.operation.ItemOperationsTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.value.JsValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * item-delete, engine.md §6.6 and §12.4 D07 read with api 30 semantics: D07's 12.x rejections
 * (key and query together) and nulls (neither) do not exist in 11.11, where the key wins and no
 * key deletes by query.
 */
class ItemDeleteOperationTest {

  private final RecordingItemStore store = new RecordingItemStore();
  private final ItemDeleteOperation delete = new ItemDeleteOperation();

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "\"key\":\"1,2\"                      | deleteMany(c, [\"1\",\"2\"]) | [\"1\",\"2\"]",
      "\"key\":1                            | deleteOne(c, 1)              | 1",
      "\"key\":[1],\"query\":{\"limit\":1}  | deleteOne(c, 1)              | 1",
      "\"query\":\"{}\"                     | deleteByQuery(c, {})         | []",
      "\"key\":null                         | deleteByQuery(c, {})         | []",
      "\"key\":[],\"query\":{\"filter\":{\"a\":1}} | deleteByQuery(c, {\"filter\":{\"a\":1}}) | []",
  })
  void keyFormsChooseTheServiceCall(String keyAndQuery, String call, String result) {
    assertThat(run(delete, store, "{\"collection\":\"c\"," + keyAndQuery + "}")).isEqualTo(result);
    assertThat(store.calls).containsExactly(call);
  }

  @Test
  void noKeyAndNoQueryDeletesByAnEmptyQueryInApi30() {
    assertThat(run(delete, store, "{\"collection\":\"c\"}")).isEqualTo("[]");
    assertThat(store.calls).containsExactly("deleteByQuery(c, {})");
  }

  @Test
  void deletingByQueryGivesTheDeletedKeysAsNumbers() throws Exception {
    var real = ItemContexts.exampleStore(null);
    assertThat(run(delete, real, "{\"collection\":\"invoices\",\"query\":{\"filter\":{\"customer\":"
        + "{\"_icontains\":\"ACME\"}}}}", JsValue.NULL)).isEqualTo("[1]");
    // on_delete CASCADE took the invoice's lines with it
    assertThat(run(new ItemReadOperation(), real, "{\"collection\":\"invoice_lines\",\"query\":{\"fields\":"
        + "[\"id\"]}}", JsValue.NULL)).isEqualTo("[{\"id\":4},{\"id\":5}]");
    assertThat(run(delete, real, "{\"collection\":\"invoices\",\"key\":\"2\"}", JsValue.NULL)).isEqualTo("\"2\"");
  }
}
