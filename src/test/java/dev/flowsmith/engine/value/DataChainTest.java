package dev.flowsmith.engine.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DataChainTest {

  @Test
  void startsWithTheFourKeysAndKeepsLastSecond() {
    JsObject trigger = JsObject.of("a", JsValue.of(1));
    DataChain chain = DataChain.start(trigger, JsValue.NULL, JsObject.EMPTY);

    chain.record("first", JsValue.of("one"));
    chain.record("second", JsValue.NULL);

    JsObject snapshot = chain.snapshot();
    assertThat(snapshot.keys())
        .containsExactly("$trigger", "$last", "$accountability", "$env", "first", "second");
    assertThat(snapshot.get("$last")).isEqualTo(JsValue.NULL);
    assertThat(snapshot.get("$trigger")).isEqualTo(trigger);
    assertThat(chain.last()).isEqualTo(JsValue.NULL);
    assertThat(chain.get("missing")).isSameAs(JsValue.UNDEFINED);
  }

  @Test
  void snapshotsAreIndependentOfLaterWrites() {
    DataChain chain = DataChain.start(JsValue.NULL, JsValue.NULL, JsObject.EMPTY);
    JsObject before = chain.snapshot();

    chain.record("op", JsValue.of(1));

    assertThat(before.has("op")).isFalse();
    assertThat(chain.snapshot().get("op")).isEqualTo(JsValue.of(1));
  }

  @Test
  void integerLikeOperationKeysMoveToTheFrontAsInJavaScript() {
    DataChain chain = DataChain.start(JsValue.NULL, JsValue.NULL, JsObject.EMPTY);

    chain.record("7", JsValue.TRUE);

    assertThat(chain.snapshot().keys()).containsExactly("7", "$trigger", "$last", "$accountability", "$env");
  }
}
