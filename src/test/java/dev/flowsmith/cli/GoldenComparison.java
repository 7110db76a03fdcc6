package dev.flowsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.List;

/** Compares the {@code run} command's output with a golden {@code expected.json}. */
final class GoldenComparison {

  private GoldenComparison() {}

  static void assertMatches(String name, String runOutput, String expectedText) {
    JsObject output = (JsObject) JsJson.parse(runOutput);
    JsObject expected = (JsObject) JsJson.parse(expectedText);
    JsObject chain = ((JsObject) output.get("chain")).without("$accountability").without("$env");
    List<JsValue> steps = new ArrayList<>();
    for (JsValue step : ((JsArray) output.get("steps")).elements()) {
      // `error` is run's own addition for rejected steps (issue 17); Directus's run log has no such member
      steps.add(((JsObject) step).without("operation").without("durationMs").without("error"));
    }
    assertThat(JsJson.stringify(chain)).as(name + " chain").isEqualTo(JsJson.stringify(expected.get("chain")));
    assertThat(JsJson.stringify(new JsArray(steps))).as(name + " steps")
        .isEqualTo(JsJson.stringify(expected.get("steps")));
  }
}
