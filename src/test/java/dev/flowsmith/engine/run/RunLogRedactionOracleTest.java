package dev.flowsmith.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.engine.value.LogSerializer;
import dev.flowsmith.engine.value.Redaction;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Replays {@code conformance/run-log-redaction.json}: Directus 11.11's own {@code redactObject}
 * with the options {@code api/src/flows.ts} passes for the revision's {@code data} and
 * {@code steps} and for the log operation's scope (engine.md §5.7, §8.2), recorded by
 * {@code tools/oracle-log/redact-log.mjs} — including what it leaves alone: arrays, keys in
 * other cases, a {@code payload} inside a {@code payload}.
 */
class RunLogRedactionOracleTest {

  private static final JsObject FILE = read();

  @Test
  void revisionDataIsMaskedAsDirectusMasksIt() {
    JsObject env = (JsObject) FILE.get("env");
    for (JsValue element : ((JsArray) FILE.get("cases")).elements()) {
      JsObject c = (JsObject) element;
      assertThat(text(RunLogWriter.data(c.get("chain"), env))).as("data of " + text(c.get("chain")))
          .isEqualTo(text(c.get("data")));
    }
  }

  @Test
  void theLogOperationScopeIsMaskedAsDirectusMasksIt() {
    for (JsValue element : ((JsArray) FILE.get("cases")).elements()) {
      JsObject c = (JsObject) element;
      JsValue scope = Redaction.redact(LogSerializer.serialize(c.get("chain")), Redaction.LOG_SCOPE_KEYS);
      assertThat(text(scope)).as("log scope of " + text(c.get("chain"))).isEqualTo(text(c.get("logScope")));
    }
  }

  @Test
  void stepsAreEnvMaskedWholeButNotKeyMasked() {
    JsObject env = (JsObject) FILE.get("env");
    JsArray steps = (JsArray) FILE.get("steps");
    assertThat(steps.size()).isPositive();
    for (JsValue element : steps.elements()) {
      JsObject c = (JsObject) element;
      JsObject step = (JsObject) c.get("step");
      StepRecord record = new StepRecord(((JsString) step.get("operation")).value(),
          ((JsString) step.get("key")).value(), "request", StepStatus.RESOLVE, step.get("options"),
          JsValue.NULL, java.time.Instant.EPOCH, 0, JsObject.EMPTY);
      assertThat(text(RunLogWriter.step(record, env))).isEqualTo(text(c.get("logged")));
    }
  }

  private static String text(JsValue value) {
    return JsJson.stringify(value).orElse("undefined");
  }

  private static JsObject read() {
    try (InputStream in = RunLogRedactionOracleTest.class.getResourceAsStream("/conformance/run-log-redaction.json")) {
      return (JsObject) JsJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
