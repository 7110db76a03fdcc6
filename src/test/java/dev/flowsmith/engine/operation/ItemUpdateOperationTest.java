package dev.flowsmith.engine.operation;

import static dev.flowsmith.engine.operation.ItemOperationsTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** item-update, engine.md §6.5 and §12.4 D06 (api 30, not the 12.x rules). */
class ItemUpdateOperationTest {

  private final RecordingItemStore store = new RecordingItemStore();
  private final ItemUpdateOperation update = new ItemUpdateOperation();

  @Test
  void noPayloadGivesNullWithoutCallingTheService() {
    assertThat(run(update, store, "{\"collection\":\"c\",\"key\":1}")).isEqualTo("null");
    assertThat(run(update, store, "{\"collection\":\"c\",\"key\":1,\"payload\":null}")).isEqualTo("null");
    // optionToObject parses text, and "" is not JSON (engine.md §5.5)
    assertThat(run(update, store, "{\"collection\":\"c\",\"key\":1,\"payload\":\"\"}"))
        .isEqualTo("reject {} SyntaxError: Unexpected end of JSON input");
    assertThat(store.calls).isEmpty();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "\"query\":{\"limit\":-1}              | updateByQuery(c, {\"limit\":-1}, {\"a\":1}) | []",
      "\"key\":[],\"query\":{\"limit\":-1}   | updateByQuery(c, {\"limit\":-1}, {\"a\":1}) | []",
      "\"key\":1                             | updateOne(c, 1, {\"a\":1})                  | 1",
      "\"key\":[1]                           | updateOne(c, 1, {\"a\":1})                  | 1",
      "\"key\":[\"1\"],\"query\":{\"limit\":1} | updateOne(c, \"1\", {\"a\":1})            | \"1\"",
      "\"key\":[1,2,3]                       | updateMany(c, [1,2,3], {\"a\":1})           | [1,2,3]",
      "\"key\":\"1,2\"                       | updateMany(c, [\"1\",\"2\"], {\"a\":1})     | [\"1\",\"2\"]",
  })
  void keyFormsChooseTheServiceCall(String keyAndQuery, String call, String result) {
    assertThat(run(update, store, "{\"collection\":\"c\",\"payload\":{\"a\":1}," + keyAndQuery + "}"))
        .isEqualTo(result);
    assertThat(store.calls).containsExactly(call);
  }

  @Test
  void anArrayPayloadIsABatch() {
    assertThat(run(update, store, "{\"collection\":\"c\",\"key\":9,\"payload\":\"[{\\\"id\\\":1,\\\"a\\\":2}]\"}"))
        .isEqualTo("[1]");
    assertThat(store.calls).containsExactly("updateBatch(c, [{\"id\":1,\"a\":2}])");
  }
}
