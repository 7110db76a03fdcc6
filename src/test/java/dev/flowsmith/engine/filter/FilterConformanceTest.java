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
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * engine.md §12.2: every condition-filter vector case, transcribed in
 * {@code conformance/filters.json} (checked against the real packages by
 * {@code tools/oracle-filter/check-filters.mjs}).
 */
class FilterConformanceTest {

  private static final JsObject FILE = (JsObject) JsJson.parse(TestResources.read("/conformance/filters.json"));
  private static final Clock CLOCK = Clock.fixed(Instant.parse(text(FILE.get("clock"))), ZoneId.of(text(FILE.get("zone"))));

  static Stream<Arguments> vectors() {
    return ((JsArray) FILE.get("cases")).elements().stream()
        .map(JsObject.class::cast)
        .map(c -> Arguments.of(text(c.get("id")), c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void vector(String id, JsObject vector) {
    JsValue accountability = vector.has("accountability") ? vector.get("accountability") : JsValue.NULL;
    FilterRun.Outcome outcome = FilterRun.run(vector.get("filter"), vector.get("data"), accountability, CLOCK);
    JsValue expect = vector.get("expect");

    if (expect.equals(JsValue.of("pass"))) {
      assertThat(outcome).as(id).isInstanceOf(FilterRun.Passed.class);
    } else if (((JsObject) expect).has("error")) {
      JsObject error = (JsObject) ((JsObject) expect).get("error");
      assertThat(outcome).as(id).isInstanceOf(FilterRun.Broken.class);
      JsError actual = ((FilterRun.Broken) outcome).error();
      assertThat(actual.name()).isEqualTo(text(error.get("name")));
      assertThat(actual.message()).isEqualTo(text(error.get("message")));
      assertThat(actual.properties()).as("a plain error shows nothing in JSON").isEqualTo(JsObject.EMPTY);
    } else {
      assertThat(outcome).as(id).isInstanceOf(FilterRun.Failed.class);
      JsArray expected = (JsArray) ((JsObject) expect).get("errors");
      var errors = ((FilterRun.Failed) outcome).errors();
      assertThat(errors).hasSize(expected.size());
      for (int i = 0; i < errors.size(); i++) {
        assertError(errors.get(i), (JsObject) expected.get(i));
      }
    }
  }

  private static void assertError(JsError actual, JsObject expected) {
    String message = text(expected.get("message"));
    assertThat(actual.message()).isEqualTo(message);
    assertThat(actual.isDirectusError()).isTrue();
    assertThat(actual.get("code")).isEqualTo(JsValue.of("FAILED_VALIDATION"));
    assertThat(actual.get("status")).isEqualTo(JsValue.of(400));
    assertThat(actual.stack()).isEqualTo("DirectusError: " + message);
    if (expected.has("extensions")) {
      assertThat(JsJson.stringify(actual.get("extensions"))).isEqualTo(JsJson.stringify(expected.get("extensions")));
    }
    if (expected.has("validIsDate")) {
      assertThat(((JsObject) actual.get("extensions")).get("valid")).isInstanceOf(JsDate.class);
    }
  }

  private static String text(JsValue value) {
    return ((JsString) value).value();
  }
}
