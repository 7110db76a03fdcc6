package dev.flowsmith.engine.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.value.JsDate;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsNumber;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsValue;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsDateParserTest {

  private static final ZoneId UTC = ZoneId.of("UTC");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      2024-01-15                       | 2024-01-15T00:00:00.000Z
      2024                             | 2024-01-01T00:00:00.000Z
      2024-01-15T10:20                 | 2024-01-15T09:20:00.000Z
      2024-01-15T10:20:30.123456Z      | 2024-01-15T10:20:30.123Z
      2024-01-15T10:20:30-0530         | 2024-01-15T15:50:30.000Z
      2024-01-15T24:00                 | 2024-01-15T23:00:00.000Z
      2024-01-15 10:20                 | 2024-01-15T09:20:00.000Z
      2024/1/5                         | 2024-01-04T23:00:00.000Z
      1.2.2024                         | 2024-01-01T23:00:00.000Z
      3/4                              | 2001-03-03T23:00:00.000Z
      March 4, 2024                    | 2024-03-03T23:00:00.000Z
      Jan 1 2024 10:00 PM              | 2024-01-01T21:00:00.000Z
      2024-01-15 10:20 GMT+0100        | 2024-01-15T09:20:00.000Z
      Jan 1 2024 EST                   | 2024-01-01T05:00:00.000Z
      15 Jan 2024 (comment) 10:00      | 2024-01-15T09:00:00.000Z
      Mon Jan 01 2024 00:00:00 GMT+0000 (Coordinated Universal Time) | 2024-01-01T00:00:00.000Z
      2024-07-01T12:00                 | 2024-07-01T10:00:00.000Z
      """)
  void parsesLikeV8InBerlin(String text, String iso) {
    assertThat(new JsDate(JsDateParser.parse(text, BERLIN)).toIsoString()).isEqualTo(iso);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      abc
      2024-13-01
      2024-01-15T25:00
      2024-01-15T10
      1720000000000
      Jan
      10:20
      +275760-09-13T00:00:00.001Z
      -000001-01-01T00:00:00.000+24:00
      """)
  void rejectsLikeV8(String text) {
    assertThat(new JsDate(JsDateParser.parse(text, UTC)).isValid()).isFalse();
  }

  /** conformance/js-dates.jsonl: Date.parse results recorded with Node (V8) under TZ=UTC and TZ=Europe/Berlin. */
  @Test
  void matchesRecordedV8Results() {
    List<String> mismatches = new ArrayList<>();
    for (String line : TestResources.lines("/conformance/js-dates.jsonl")) {
      JsObject c = (JsObject) JsJson.parse(line);
      String text = ((JsString) c.get("s")).value();
      check(mismatches, text, UTC, c.get("t"));
      check(mismatches, text, BERLIN, c.has("berlin") ? c.get("berlin") : c.get("t"));
    }
    assertThat(mismatches).isEmpty();
  }

  private static void check(List<String> mismatches, String text, ZoneId zone, JsValue expected) {
    JsDate date = new JsDate(JsDateParser.parse(text, zone));
    JsValue actual = date.isValid() ? new JsNumber(date.time()) : JsValue.NULL;
    if (!actual.equals(expected)) {
      mismatches.add(zone + " " + JsJson.stringify(JsValue.of(text)).orElseThrow() + ": expected " + expected + ", got " + actual);
    }
  }
}
