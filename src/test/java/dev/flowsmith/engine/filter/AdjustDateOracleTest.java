package dev.flowsmith.engine.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsDate;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsValue;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Replays {@code conformance/adjust-date.json}: Directus 11.11's own {@code adjustDate} (the
 * function behind {@code $NOW(<adjustment>)}, engine.md §7.1) run by
 * {@code tools/oracle-now/adjust-dates.mjs} on every unit and alias, fractional, negative and
 * unreadable amounts, month ends, a leap day and DST days, in four server time zones.
 */
class AdjustDateOracleTest {

  private static final JsObject FILE = (JsObject) JsJson.parse(TestResources.read("/conformance/adjust-date.json"));

  @Test
  void everyRecordedCaseGivesWhatDirectusGave() {
    List<String> wrong = new ArrayList<>();
    JsArray cases = (JsArray) FILE.get("cases");
    for (JsValue element : cases.elements()) {
      JsObject c = (JsObject) element;
      ZoneId zone = ZoneId.of(text(c, "zone"));
      JsDate date = JsDate.of(Instant.parse(text(c, "date")));
      String expected = c.get("result") instanceof JsString s ? s.value() : null;
      String actual = shown(DynamicVariables.adjust(date, text(c, "adjustment"), zone));
      if (!java.util.Objects.equals(expected, actual)) {
        wrong.add(c.get("zone") + " " + c.get("date") + " " + c.get("adjustment") + ": expected " + expected
            + ", got " + actual);
      }
    }
    assertThat(cases.size()).as("recorded cases").isGreaterThan(9000);
    assertThat(wrong).as("cases that differ from Directus' adjustDate").isEmpty();
  }

  @Test
  void theRecordingCoversWhatTheIssueAsksFor() {
    Set<String> adjustments = new TreeSet<>();
    Set<String> zones = new TreeSet<>();
    for (JsValue element : ((JsArray) FILE.get("cases")).elements()) {
      adjustments.add(text((JsObject) element, "adjustment"));
      zones.add(text((JsObject) element, "zone"));
    }
    // month end, leap day, fractional and negative amounts, every unit, local zones with DST
    assertThat(adjustments).contains("1 month", "-1 month", "1 year", "-4 years", "+1.5 months", "-0.5 days",
        "-1.9 months", ".5 days", "-2ms", "1 yr", "--1 day", "1 fortnight");
    assertThat(zones).contains("UTC", "Europe/Berlin", "America/New_York");
  }

  private static String text(JsObject object, String name) {
    return ((JsString) object.get(name)).value();
  }

  private static String shown(JsValue value) {
    if (value.isUndefined()) {
      return null;
    }
    JsDate date = (JsDate) value;
    return date.isValid() ? date.toIsoString() : "Invalid Date";
  }
}
