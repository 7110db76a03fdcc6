package dev.flowsmith.engine.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A request's fixed {@code now} is the script's clock; the rest of {@code Date} behaves as usual. */
class FixedClockScriptTest {

  private static InProcessScriptRunner runner;

  @BeforeAll
  static void start() {
    runner = new InProcessScriptRunner();
  }

  @AfterAll
  static void stop() {
    runner.close();
  }

  private static String run(String code, Instant now) {
    return JsJson.stringify(runner.run(new ScriptRequest(code, JsObject.EMPTY, JsObject.EMPTY, ScriptCalls.SHORT, now),
        (method, value) -> { }, () -> false)).orElse("undefined");
  }

  @Test
  void dateNowAndNewDateAnswerTheFixedTime() {
    String code = """
        module.exports = async () => {
          const a = Date.now();
          await new Promise((resolve) => resolve());
          return { a, b: Date.now(), iso: new Date().toISOString(), text: typeof Date(),
            given: new Date(2020, 0, 2).getFullYear(), utc: Date.UTC(2000, 0, 1), parse: Date.parse('2001-01-01T00:00:00Z'),
            proto: Object.getPrototypeOf(new Date()) === Date.prototype, ctor: new Date().constructor === Date,
            instance: new Date() instanceof Date, length: Date.length, name: Date.name };
        };
        """;
    assertThat(run(code, Instant.parse("2026-01-01T00:00:00Z"))).isEqualTo("{\"a\":1767225600000,\"b\":1767225600000,"
        + "\"iso\":\"2026-01-01T00:00:00.000Z\",\"text\":\"string\",\"given\":2020,\"utc\":946684800000,"
        + "\"parse\":978307200000,\"proto\":true,\"ctor\":true,\"instance\":true,\"length\":7,\"name\":\"Date\"}");
  }

  @Test
  void aReturnedDateCrossesAsTheFixedTimeAndNoClockMeansTheRealOne() {
    assertThat(run("module.exports = () => new Date()", Instant.parse("2026-03-04T05:06:07.089Z")))
        .isEqualTo("\"2026-03-04T05:06:07.089Z\"");
    long before = System.currentTimeMillis();
    String real = JsJson.stringify(runner.run(new ScriptRequest("module.exports = () => Date.now()", JsObject.EMPTY,
        JsObject.EMPTY, ScriptCalls.SHORT), (method, value) -> { }, () -> false)).orElseThrow();
    assertThat(Long.parseLong(real)).isBetween(before - 1000, System.currentTimeMillis() + 1000);
  }
}
