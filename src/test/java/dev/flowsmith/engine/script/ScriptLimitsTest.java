package dev.flowsmith.engine.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowsmith.engine.value.JsException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScriptLimitsTest {

  @Test
  void defaultsAreThoseOfDirectus() {
    assertThat(ScriptLimits.fromEnvironment(Map.of())).isEqualTo(new ScriptLimits(10_000, 32));
    assertThat(ScriptLimits.DEFAULT).isEqualTo(new ScriptLimits(10_000, 32));
  }

  @Test
  void valuesAreReadFromTheEnvironment() {
    assertThat(ScriptLimits.fromEnvironment(Map.of("FLOWS_RUN_SCRIPT_TIMEOUT", "250", "FLOWS_RUN_SCRIPT_MAX_MEMORY", "8")))
        .isEqualTo(new ScriptLimits(250, 8));
  }

  @Test
  void invalidValuesRejectAsIsolatedVmDoes() {
    assertThatThrownBy(() -> ScriptLimits.fromEnvironment(Map.of("FLOWS_RUN_SCRIPT_MAX_MEMORY", "thisShouldFail")))
        .isInstanceOf(JsException.class).hasMessage("TypeError: `memoryLimit` must be a number");
    assertThatThrownBy(() -> ScriptLimits.fromEnvironment(Map.of("FLOWS_RUN_SCRIPT_TIMEOUT", "thisShouldFail")))
        .isInstanceOf(JsException.class).hasMessage("TypeError: `timeout` must be a 32-bit number");
    assertThatThrownBy(() -> ScriptLimits.fromEnvironment(Map.of("FLOWS_RUN_SCRIPT_TIMEOUT", "4294967296")))
        .isInstanceOf(JsException.class).hasMessage("TypeError: `timeout` must be a 32-bit number");
  }

  @Test
  void theWallClockCapCoversAllThreePhases() {
    assertThat(new ScriptLimits(250, 8).wallClockCapMillis()).isEqualTo(3 * 250 + 5_000);
  }
}
