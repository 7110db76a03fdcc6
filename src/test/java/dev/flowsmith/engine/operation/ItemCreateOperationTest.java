package dev.flowsmith.engine.operation;

import static dev.flowsmith.engine.operation.ItemOperationsTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** item-create, engine.md §6.3 (api 30). */
class ItemCreateOperationTest {

  private final RecordingItemStore store = new RecordingItemStore();
  private final ItemCreateOperation create = new ItemCreateOperation();

  @ParameterizedTest
  @ValueSource(strings = {"", ",\"payload\":null", ",\"payload\":0", ",\"payload\":false", ",\"payload\":\"null\""})
  void aFalsyPayloadCreatesNothing(String payload) {
    assertThat(run(create, store, "{\"collection\":\"c\"" + payload + "}")).isEqualTo("null");
    assertThat(store.calls).isEmpty();
  }

  @Test
  void anObjectIsOneItemAndTheResultIsAlwaysAnArrayOfKeys() {
    assertThat(run(create, store, "{\"collection\":\"c\",\"payload\":{\"a\":1}}")).isEqualTo("[1]");
    assertThat(run(create, store, "{\"collection\":\"c\",\"payload\":\"[{\\\"a\\\":1},{\\\"a\\\":2}]\"}"))
        .isEqualTo("[1,2]");
    assertThat(store.calls).containsExactly("createMany(c, [{\"a\":1}])", "createMany(c, [{\"a\":1},{\"a\":2}])");
  }

  @Test
  void invalidJsonTextRejectsWithV8Wording() {
    assertThat(run(create, store, "{\"collection\":\"c\",\"payload\":\"Hello\"}"))
        .isEqualTo("reject {} SyntaxError: Unexpected token 'H', \"Hello\" is not valid JSON");
  }
}
