package dev.flowsmith.engine.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsDate;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsValue;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replays {@code conformance/filter-oracle.jsonl}: generated conditions (every operator against
 * many operands and values, nesting, functions, malformed filters) with the outcome the real
 * Directus 11.11 condition code gave under TZ=UTC, and under TZ=Europe/Berlin where that differs
 * ({@code tools/oracle-filter}: gen-conditions, condition, merge-zones). Messages and the JSON of
 * every error must match.
 */
class FilterOracleTest {

  /** The accountability every generated case runs with. */
  private static final JsValue ACCOUNTABILITY = FilterRun.json("{'user':'u1','role':'r1','roles':['r1','r2']}");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"UTC", "Europe/Berlin"})
  void matchesDirectus(String zone) {
    Clock clock = Clock.fixed(FilterRun.NOW, ZoneId.of(zone));
    List<String> mismatches = new ArrayList<>();
    int cases = 0;
    for (String line : TestResources.lines("/conformance/filter-oracle.jsonl")) {
      cases++;
      JsObject c = (JsObject) JsJson.parse(line);
      JsValue expected = zone.equals("UTC") || !c.has("berlin") ? c.get("expect") : c.get("berlin");
      String actual = outcome(FilterRun.run(revive(c.get("filter")), revive(c.get("data")), ACCOUNTABILITY, clock));
      if (!actual.equals(JsJson.stringify(expected).orElseThrow())) {
        mismatches.add(line + "\n  got " + actual);
      }
    }
    assertThat(cases).isGreaterThan(400);
    assertThat(mismatches).isEmpty();
  }

  /** The outcome in the recording's form: "PASS", "ERROR name: message", or [{message, json}]. */
  private static String outcome(FilterRun.Outcome outcome) {
    if (outcome instanceof FilterRun.Passed) {
      return JsJson.stringify(JsValue.of("PASS")).orElseThrow();
    }
    if (outcome instanceof FilterRun.Broken broken) {
      // the recording ran on Node 20; Directus 11.11 runs on Node 22, whose JSON.parse adds the line
      String message = broken.error().message().replaceAll(" \\(line \\d+ column \\d+\\)$", "");
      return JsJson.stringify(JsValue.of("ERROR " + broken.error().name() + ": " + message)).orElseThrow();
    }
    List<JsValue> errors = new ArrayList<>();
    for (JsError error : ((FilterRun.Failed) outcome).errors()) {
      errors.add(JsObject.builder().put("message", error.message())
          .put("json", JsJson.stringify(error).orElseThrow()).build());
    }
    return JsJson.stringify(new JsArray(errors)).orElseThrow();
  }

  /** The recording writes Dates as {@code "@date:<iso>"}. */
  private static JsValue revive(JsValue value) {
    if (value instanceof JsString s && s.value().startsWith("@date:")) {
      return JsDate.of(Instant.parse(s.value().substring("@date:".length())));
    }
    if (value instanceof JsArray array) {
      return new JsArray(array.elements().stream().map(FilterOracleTest::revive).toList());
    }
    if (value instanceof JsObject object) {
      JsObject.Builder copy = JsObject.builder();
      object.members().forEach((key, member) -> copy.put(key, revive(member)));
      return copy.build();
    }
    return value;
  }
}
