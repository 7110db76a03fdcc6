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

  @Test
  void everySnapshotKeepsWhatItSawWhileLaterStepsShareTheChain() {
    DataChain chain = DataChain.start(JsValue.of("t"), JsValue.NULL, JsObject.EMPTY);
    java.util.List<JsObject> snapshots = new java.util.ArrayList<>();
    for (int i = 0; i < 100; i++) { // past the first array growth
      chain.record("k" + i, JsValue.of(i));
      snapshots.add(chain.snapshot());
    }

    for (int i = 0; i < 100; i++) {
      JsObject snapshot = snapshots.get(i);
      assertThat(snapshot.size()).isEqualTo(5 + i);
      assertThat(snapshot.get("$last")).isEqualTo(JsValue.of(i));
      assertThat(snapshot.has("k" + (i + 1))).isFalse();
      assertThat(snapshot.get("k" + i)).isEqualTo(JsValue.of(i));
      assertThat(snapshot.members().get("$last")).isEqualTo(JsValue.of(i));
    }
    JsObject tenth = snapshots.get(10);
    assertThat(tenth.keys()).containsExactly("$trigger", "$last", "$accountability", "$env", "k0", "k1", "k2",
        "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k10");
    assertThat(tenth.members().values()).element(1).isEqualTo(JsValue.of(10));
    // a snapshot is an ordinary object: equal to the same members built by hand
    JsObject.Builder same = JsObject.builder().put("$trigger", "t").put("$last", JsValue.of(0))
        .put("$accountability", JsValue.NULL).put("$env", JsObject.EMPTY).put("k0", JsValue.of(0));
    assertThat(snapshots.get(0)).isEqualTo(same.build()).hasSameHashCodeAs(same.build());
    assertThat(snapshots.get(0).with("x", JsValue.TRUE).keys()).endsWith("k0", "x");
  }

  @Test
  void aKeyRecordedTwiceKeepsItsPlaceAndEarlierSnapshotsTheirValue() {
    DataChain chain = DataChain.start(JsValue.NULL, JsValue.NULL, JsObject.EMPTY);
    chain.record("a", JsValue.of(1));
    chain.record("b", JsValue.of(2));
    JsObject before = chain.snapshot();

    chain.record("a", JsValue.of(3));

    assertThat(before.get("a")).isEqualTo(JsValue.of(1));
    assertThat(chain.snapshot().keys()).containsExactly("$trigger", "$last", "$accountability", "$env", "a", "b");
    assertThat(chain.snapshot().get("a")).isEqualTo(JsValue.of(3));
    assertThat(chain.snapshot().get("$last")).isEqualTo(JsValue.of(3));
  }

  @Test
  void indexKeysComeFirstInNumericOrderInEverySnapshot() {
    DataChain chain = DataChain.start(JsValue.NULL, JsValue.NULL, JsObject.EMPTY);
    chain.record("named", JsValue.TRUE);
    chain.record("10", JsValue.of(10));
    JsObject middle = chain.snapshot();
    chain.record("2", JsValue.of(2));

    assertThat(middle.keys()).containsExactly("10", "$trigger", "$last", "$accountability", "$env", "named");
    assertThat(chain.snapshot().keys())
        .containsExactly("2", "10", "$trigger", "$last", "$accountability", "$env", "named");
  }
}
