package dev.flowsmith.engine.operation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * log, engine.md §6.8: writes {@code optionToString(message)} (objects as compact JSON, missing →
 * {@code undefined}) to the log, resolves with null. (Its redacted render scope, §5.7, is
 * {@code StepExecutor}'s and tested with {@code Redaction}.)
 */
class LogOperationTest {

  private final List<String> lines = new ArrayList<>();
  private final LogOperation operation = new LogOperation();

  private JsValue log(JsObject options) {
    RunServices services = RunServices.builder()
        .add(LogSink.class, (flow, key, message) -> lines.add(flow + " › " + key + ": " + message)).build();
    return operation.run(options, IoTestContexts.context("log", services));
  }

  @Test
  void writesTheMessageAsTextAndResolvesWithNull() {
    assertThat(log(JsObject.of("message", JsValue.of("hello")))).isEqualTo(JsValue.NULL);
    assertThat(lines).containsExactly("Test flow › step: hello");
  }

  @Test
  void objectsAreWrittenAsCompactJsonAndAMissingMessageAsUndefined() {
    log(JsObject.of("message", JsJson.parse("{\"a\":[1,2],\"b\":null}")));
    log(JsObject.of("message", JsValue.of(42)));
    log(JsObject.EMPTY);

    assertThat(lines).containsExactly("Test flow › step: {\"a\":[1,2],\"b\":null}", "Test flow › step: 42",
        "Test flow › step: undefined");
  }

  @Test
  void withoutALogSinkTheMessageIsDropped() {
    assertThat(operation.run(JsObject.of("message", JsValue.of("x")),
        IoTestContexts.context("log", RunServices.builder().build()))).isEqualTo(JsValue.NULL);
  }
}
