package dev.flowsmith.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LimitValuesTest {

  @Test
  void durationsAsPeopleWriteThem() {
    assertThat(LimitValues.duration("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(LimitValues.duration("30s")).isEqualTo(Duration.ofSeconds(30));
    assertThat(LimitValues.duration("30")).isEqualTo(Duration.ofSeconds(30));
    assertThat(LimitValues.duration("1.5m")).isEqualTo(Duration.ofSeconds(90));
    assertThat(LimitValues.duration("2h")).isEqualTo(Duration.ofHours(2));
    assertThat(LimitValues.duration("PT5M")).isEqualTo(Duration.ofMinutes(5));
    assertThatThrownBy(() -> LimitValues.duration("0")).hasMessage("must be longer than 0, found '0'");
    assertThatThrownBy(() -> LimitValues.duration("-1s")).hasMessageStartingWith("expected a time such as");
    assertThatThrownBy(() -> LimitValues.duration("PT-1S")).hasMessage("must be longer than 0, found 'PT-1S'");
  }

  @Test
  void sizesInBytesOrPowersOf1024() {
    assertThat(LimitValues.bytes("1048576")).isEqualTo(1L << 20);
    assertThat(LimitValues.bytes("512KB")).isEqualTo(512L << 10);
    assertThat(LimitValues.bytes("50 MB")).isEqualTo(50L << 20);
    assertThat(LimitValues.bytes("1g")).isEqualTo(1L << 30);
    assertThatThrownBy(() -> LimitValues.bytes("0")).hasMessage("must be at least 1 byte, found '0'");
    assertThatThrownBy(() -> LimitValues.bytes("lots")).hasMessageStartingWith("expected a size such as");
    assertThatThrownBy(() -> LimitValues.bytes("99999999999999999GB")).hasMessageContaining("too large");
  }

  @Test
  void countsAreWholeAndPositive() {
    assertThat(LimitValues.count("16")).isEqualTo(16);
    assertThatThrownBy(() -> LimitValues.count("-1")).hasMessage("must be at least 1, found -1");
    assertThatThrownBy(() -> LimitValues.count("1.5")).hasMessageStartingWith("expected a whole number");
  }

  @Test
  void runTimesAreNamedReadably() {
    assertThat(RunBudget.describe(Duration.ofMinutes(5))).isEqualTo("5 min");
    assertThat(RunBudget.describe(Duration.ofSeconds(90))).isEqualTo("90 s");
    assertThat(RunBudget.describe(Duration.ofMillis(1500))).isEqualTo("1,500 ms");
  }
}
