package dev.flowsmith.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CronScheduleTest {

  private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

  private static ZonedDateTime at(String localTime) {
    return LocalDateTime.parse(localTime).atZone(ZONE);
  }

  // 2026-01-05 is a Monday; expectations as cron-parser v4 gives them (engine.md §3.3)
  @ParameterizedTest(name = "{0} after {1}")
  @CsvSource(delimiter = '|', value = {
      "0 3 * * *            | 2026-01-05T10:00:00 | 2026-01-06T03:00:00",
      "*/15 * * * *         | 2026-01-05T10:07:30 | 2026-01-05T10:15:00",
      "*/2 * * * * *        | 2026-01-05T10:00:01 | 2026-01-05T10:00:02",
      "*/2 * * * * *        | 2026-01-05T10:00:02 | 2026-01-05T10:00:04",
      "0 0 * * 1-5          | 2026-01-09T12:00:00 | 2026-01-12T00:00:00",
      "0 0 1 * *            | 2026-01-05T10:00:00 | 2026-02-01T00:00:00",
      "0 0 * * 7            | 2026-01-05T10:00:00 | 2026-01-11T00:00:00",
      "0 0 * * 0            | 2026-01-05T10:00:00 | 2026-01-11T00:00:00",
      "* * * * *            | 2026-01-05T10:00:30 | 2026-01-05T10:01:00",
      "30 0 12 * * *        | 2026-01-05T10:00:00 | 2026-01-05T12:00:30",
      "0 9 * FEB,mar MON    | 2026-01-05T10:00:00 | 2026-02-02T09:00:00",
      "0 0 * * SUN          | 2026-01-05T10:00:00 | 2026-01-11T00:00:00",
      "0 8-10/2 * * *       | 2026-01-05T08:30:00 | 2026-01-05T10:00:00",
      "0 0 13 * 5           | 2026-01-05T10:00:00 | 2026-01-09T00:00:00",
      "0 0 L * *            | 2026-02-03T10:00:00 | 2026-02-28T00:00:00",
  })
  void nextFireTimes(String cron, String after, String expected) {
    assertThat(CronSchedule.parse(cron.trim()).next(at(after))).contains(at(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"61 * * * *", "* * *", "foo", "* * * * * * *", "", "0 0 32 * *", "0 25 * * *"})
  void invalidCronsAreRejectedWithDirectusWarning(String cron) {
    assertThatThrownBy(() -> CronSchedule.parse(cron)).isInstanceOf(IllegalArgumentException.class);
    assertThat(CronSchedule.validate(cron))
        .contains("Couldn't register cron trigger. Provided cron is invalid: " + cron);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0 3 * * *", "*/2 * * * * *", "0 0 * * 7", "0 12 * * MON-FRI", "0 0 ? * 1#2"})
  void validCronsPass(String cron) {
    assertThat(CronSchedule.validate(cron)).isEmpty();
  }
}
