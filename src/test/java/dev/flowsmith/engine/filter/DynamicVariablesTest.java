package dev.flowsmith.engine.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.value.JsDate;
import dev.flowsmith.engine.value.JsValue;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** engine.md §7.1 dynamic variables; results checked against Directus' adjustDate on date-fns 4. */
class DynamicVariablesTest {

  private static final JsValue ACCOUNTABILITY = FilterRun.json("{'user':'u1','role':'r1','roles':['r1','r2']}");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = ';', textBlock = """
      $NOW                   ; 2024-01-31T10:30:00.000Z
      $NOW()                 ; 2024-01-31T10:30:00.000Z
      $NOW(-1 year)          ; 2023-01-31T10:30:00.000Z
      $NOW(+1 month)         ; 2024-02-29T10:30:00.000Z
      $NOW(1.5 months)       ; 2024-02-29T10:30:00.000Z
      $NOW(-1.5 months)      ; 2023-12-31T10:30:00.000Z
      $NOW(2)                ; 2024-02-02T10:30:00.000Z
      $NOW(1.5 d)            ; 2024-02-01T10:30:00.000Z
      $NOW(-1.5 days)        ; 2024-01-29T10:30:00.000Z
      $NOW(1 w)              ; 2024-02-07T10:30:00.000Z
      $NOW(+2 hours)         ; 2024-01-31T12:30:00.000Z
      $NOW(-90 MIN)          ; 2024-01-31T09:00:00.000Z
      $NOW(.5 s)             ; 2024-01-31T10:30:00.500Z
      $NOW(250 ms)           ; 2024-01-31T10:30:00.250Z
      $NOW(--1 day)          ; 2024-02-01T10:30:00.000Z
      $NOWADAYS              ; 2024-01-31T10:30:00.000Z
      """)
  void nowWithAdjustments(String variable, String iso) {
    assertThat(((JsDate) variables("UTC").resolve(JsValue.of(variable))).toIsoString()).isEqualTo(iso);
  }

  @Test
  void anUnreadableAdjustmentIsUndefined() {
    assertThat(variables("UTC").resolve(JsValue.of("$NOW(soon)"))).isSameAs(JsValue.UNDEFINED);
    assertThat(variables("UTC").resolve(JsValue.of("$NOW(1 fortnight)"))).isSameAs(JsValue.UNDEFINED);
  }

  @Test
  void calendarUnitsKeepTheLocalTimeOfDay() {
    // 2024-03-31 is the day Berlin moves to summer time: +1 day keeps 11:30 local, not 24 hours
    DynamicVariables berlin = new DynamicVariables(JsValue.NULL,
        Clock.fixed(Instant.parse("2024-03-30T10:30:00Z"), ZoneId.of("Europe/Berlin")));
    assertThat(((JsDate) berlin.resolve(JsValue.of("$NOW(1 day)"))).toIsoString()).isEqualTo("2024-03-31T09:30:00.000Z");
    assertThat(((JsDate) berlin.resolve(JsValue.of("$NOW(24 hours)"))).toIsoString()).isEqualTo("2024-03-31T10:30:00.000Z");
  }

  @Test
  void accountabilityVariables() {
    DynamicVariables variables = variables("UTC");
    assertThat(variables.resolve(JsValue.of("$CURRENT_USER"))).isEqualTo(JsValue.of("u1"));
    assertThat(variables.resolve(JsValue.of("$CURRENT_ROLE"))).isEqualTo(JsValue.of("r1"));
    assertThat(variables.resolve(JsValue.of("$CURRENT_ROLES"))).isEqualTo(FilterRun.json("['r1','r2']"));
    assertThat(variables.resolve(JsValue.of("$CURRENT_USER.email"))).isEqualTo(JsValue.NULL);
    assertThat(variables.resolve(JsValue.of("$CURRENT_POLICIES"))).isEqualTo(JsValue.NULL);
    assertThat(variables.resolve(JsValue.of("CURRENT_USER"))).isEqualTo(JsValue.of("CURRENT_USER"));
    assertThat(variables.resolve(JsValue.of(5))).isEqualTo(JsValue.of(5));
  }

  @Test
  void withoutAccountabilityEverythingIsNull() {
    DynamicVariables schedule = new DynamicVariables(JsValue.NULL, FilterRun.UTC);
    assertThat(schedule.resolve(JsValue.of("$CURRENT_USER"))).isEqualTo(JsValue.NULL);
    assertThat(schedule.resolve(JsValue.of("$CURRENT_ROLES"))).isEqualTo(JsValue.NULL);
  }

  private static DynamicVariables variables(String zone) {
    return new DynamicVariables(ACCOUNTABILITY, Clock.fixed(Instant.parse("2024-01-31T10:30:00Z"), ZoneId.of(zone)));
  }
}
