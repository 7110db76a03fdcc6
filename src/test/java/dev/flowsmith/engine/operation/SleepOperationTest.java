package dev.flowsmith.engine.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowsmith.engine.Cancellation;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * sleep, engine.md §6.12: waits {@code Number(milliseconds)} ms — non-numeric, negative or more
 * than 2³¹−1 wait about 1 ms (Node's timer rules) — and resolves with null.
 */
class SleepOperationTest {

  private final SleepOperation operation = new SleepOperation();

  private JsValue sleep(JsValue milliseconds, Cancellation cancellation) throws InterruptedException {
    return operation.run(JsObject.of("milliseconds", milliseconds),
        IoTestContexts.context("sleep", RunServices.builder().build(), JsValue.NULL, cancellation));
  }

  @Test
  void waitsTheGivenTimeAndResolvesWithNull() throws Exception {
    long start = System.nanoTime();
    assertThat(sleep(JsValue.of(150), Cancellation.none())).isEqualTo(JsValue.NULL);
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(150);
  }

  @ParameterizedTest(name = "{0} → {1} ms")
  @CsvSource(delimiter = '|', textBlock = """
      '250'         | 250
      '12.9'        | 12
      'soon'        | 1
      '-5'          | 1
      '0'           | 1
      '2147483647'  | 2147483647
      '2147483648'  | 1
      """)
  void theDelayFollowsNodeTimerRules(String milliseconds, long expected) {
    assertThat(SleepOperation.delay(JsValue.of(milliseconds))).isEqualTo(expected);
  }

  @Test
  void aMissingValueWaitsAboutOneMillisecond() {
    assertThat(SleepOperation.delay(JsValue.UNDEFINED)).isEqualTo(1);
    assertThat(SleepOperation.delay(JsValue.of(40))).isEqualTo(40);
  }

  @Test
  void aStopEndsTheWaitWithTheCancellationRejection() throws Exception {
    Cancellation stop = new Cancellation();
    CompletableFuture<Void> sleeping = CompletableFuture.runAsync(() -> {
      try {
        sleep(JsValue.of(60_000), stop);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    Thread.sleep(50);
    long start = System.nanoTime();
    stop.cancel();

    assertThatThrownBy(() -> sleeping.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(JsException.class)
        .cause().hasMessageContaining("cancelled");
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(5_000);
  }
}
