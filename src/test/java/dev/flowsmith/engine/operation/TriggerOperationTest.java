package dev.flowsmith.engine.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * trigger ("Trigger Flow"), engine.md §6.15: one run of the target for a non-array payload, one
 * per element of an array (serial / batch / parallel), results in input order; an unknown mode
 * runs once with the whole array; a missing target gives null; a sub-run that throws rejects.
 */
class TriggerOperationTest {

  private static final String TARGET = "target-flow";

  private final TriggerOperation operation = new TriggerOperation();
  private final List<JsValue> payloads = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicInteger mostAtOnce = new AtomicInteger();

  /** The target doubles {@code n}, and takes a little time so concurrency shows. */
  private final FlowInvoker invoker = (flowId, payload, caller) -> {
    if (!flowId.equals(TARGET)) {
      return Optional.empty();
    }
    payloads.add(payload);
    mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
    try {
      Thread.sleep(40);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      running.decrementAndGet();
    }
    if (payload instanceof JsObject object && object.get("n").equals(JsValue.of(-1))) {
      throw JsException.of("Error", "the sub-flow broke");
    }
    return Optional.of(payload instanceof JsObject object && object.has("n")
        ? JsValue.of(((dev.flowsmith.engine.value.JsNumber) object.get("n")).value() * 2) : payload);
  };

  private JsValue trigger(String optionsJson) {
    RunServices services = RunServices.builder().add(FlowInvoker.class, invoker).build();
    return operation.run((JsObject) JsJson.parse(optionsJson), IoTestContexts.context("trigger", services));
  }

  private static String items(int count) {
    List<String> items = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      items.add("{\"n\":" + i + "}");
    }
    return "[" + String.join(",", items) + "]";
  }

  @Test
  void anObjectPayloadRunsTheTargetOnceAndGivesItsResult() {
    assertThat(trigger("{\"flow\":\"" + TARGET + "\",\"payload\":{\"n\":21}}")).isEqualTo(JsValue.of(42));
    assertThat(payloads).containsExactly(JsJson.parse("{\"n\":21}"));
  }

  @Test
  void jsonTextIsParsedAndAMissingPayloadIsNull() {
    assertThat(trigger("{\"flow\":\"" + TARGET + "\",\"payload\":\"{\\\"n\\\":2}\"}")).isEqualTo(JsValue.of(4));
    assertThat(trigger("{\"flow\":\"" + TARGET + "\"}")).isEqualTo(JsValue.NULL);
    assertThat(payloads).containsExactly(JsJson.parse("{\"n\":2}"), JsValue.NULL);
  }

  @Test
  void serialRunsOneAfterAnotherInOrder() {
    JsValue results = trigger("{\"flow\":\"" + TARGET + "\",\"iterationMode\":\"serial\",\"payload\":" + items(4) + "}");

    assertThat(results).isEqualTo(JsJson.parse("[2,4,6,8]"));
    assertThat(mostAtOnce.get()).isEqualTo(1);
    assertThat(payloads).containsExactly(JsJson.parse("{\"n\":1}"), JsJson.parse("{\"n\":2}"),
        JsJson.parse("{\"n\":3}"), JsJson.parse("{\"n\":4}"));
  }

  @Test
  void batchRunsGroupsOfBatchSizeConcurrently() {
    JsValue results = trigger("{\"flow\":\"" + TARGET + "\",\"iterationMode\":\"batch\",\"batchSize\":2,\"payload\":"
        + items(5) + "}");

    assertThat(results).isEqualTo(JsJson.parse("[2,4,6,8,10]"));
    assertThat(mostAtOnce.get()).isEqualTo(2);
  }

  @Test
  void parallelIsTheDefaultAndKeepsInputOrder() {
    JsValue results = trigger("{\"flow\":\"" + TARGET + "\",\"payload\":" + items(6) + "}");

    assertThat(results).isEqualTo(JsJson.parse("[2,4,6,8,10,12]"));
    assertThat(mostAtOnce.get()).isGreaterThan(1);
    assertThat(trigger("{\"flow\":\"" + TARGET + "\",\"payload\":[]}")).isEqualTo(JsArray.EMPTY);
  }

  @Test
  void anUnknownModeRunsOnceWithTheWholeArray() {
    JsValue results = trigger("{\"flow\":\"" + TARGET + "\",\"iterationMode\":\"sideways\",\"payload\":" + items(3) + "}");

    assertThat(results).isEqualTo(JsJson.parse(items(3)));
    assertThat(payloads).hasSize(1);
  }

  @Test
  void aMissingTargetResolvesWithNull() {
    assertThat(trigger("{\"flow\":\"no-such-flow\",\"payload\":{\"n\":1}}")).isEqualTo(JsValue.NULL);
  }

  @Test
  void aSubRunThatThrowsRejectsTheWholeOperation() {
    assertThatThrownBy(() -> trigger("{\"flow\":\"" + TARGET + "\",\"payload\":[{\"n\":1},{\"n\":-1},{\"n\":3}]}"))
        .isInstanceOf(JsException.class).hasMessageContaining("the sub-flow broke");
  }
}
