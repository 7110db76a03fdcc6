package dev.flowsmith.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReadableTimeTest {

  @Test
  void theRecoveryQuestionShowsATimeWithoutNanoseconds() {
    Instant saved = Instant.parse("2026-12-07T09:31:25.123456789Z");

    assertThat(MainViewModel.readableTime(saved, ZoneId.of("Europe/Berlin"))).isEqualTo("7 Dec 2026, 10:31:25");
  }
}
