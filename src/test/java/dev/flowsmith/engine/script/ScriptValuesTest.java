package dev.flowsmith.engine.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsDate;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsNumber;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import org.junit.jupiter.api.Test;

class ScriptValuesTest {

  @Test
  void everyKindOfValueSurvivesTheRoundTrip() {
    JsObject value = JsObject.builder()
        .put("u", JsValue.UNDEFINED)
        .put("n", JsValue.NULL)
        .put("t", JsValue.TRUE)
        .put("num", 1.5)
        .put("big", 1e21)
        .put("nan", Double.NaN)
        .put("inf", Double.NEGATIVE_INFINITY)
        .put("negZero", -0.0)
        .put("s", "line\nbreak \ud800 lone \u2028")
        .put("__proto__", "an own key")
        .put("a", JsArray.of(JsValue.UNDEFINED, JsValue.of(1)))
        .put("d", JsDate.ofEpochMillis(0))
        .put("bad", new JsDate(Double.NaN))
        .put("e", new JsError("TypeError", "m", "TypeError: m\n    at x", null, JsObject.EMPTY))
        .put("2", "index keys come first")
        .build();

    String tagged = ScriptValues.encode(value);
    JsValue back = ScriptValues.decode(tagged);

    assertThat(back).isEqualTo(value);
    assertThat(((JsObject) back).keys()).containsExactlyElementsOf(value.keys());
    assertThat(tagged).doesNotContain("\n");
  }

  @Test
  void negativeZeroIsNotZero() {
    JsValue back = ScriptValues.decode(ScriptValues.encode(JsValue.of(-0.0)));
    assertThat(Double.doubleToRawLongBits(((JsNumber) back).value()))
        .isEqualTo(Double.doubleToRawLongBits(-0.0));
  }

  @Test
  void errorsKeepNameMessageAndStackOnly() {
    JsError directus = JsError.directus("CODE", 400, "msg", null);
    JsValue back = ScriptValues.decode(ScriptValues.encode(directus));
    assertThat(back).isEqualTo(new JsError("DirectusError", "msg", directus.stack(), null, JsObject.EMPTY));
  }

  @Test
  void theScriptsInputIsSievedLikeDirectus() {
    // engine.md §6.2: errors → own enumerable properties (no message), Dates → {}
    JsObject chain = JsObject.builder()
        .put("err", JsError.directus("FAILED_VALIDATION", 400, "hidden", null))
        .put("plain", JsError.error("x"))
        .put("when", JsDate.ofEpochMillis(0))
        .put("list", JsArray.of(JsDate.ofEpochMillis(1), JsValue.UNDEFINED))
        .build();

    JsValue sieved = ScriptValues.sieve(chain);

    assertThat(JsJson.stringify(sieved)).contains(
        "{\"err\":{\"name\":\"DirectusError\",\"code\":\"FAILED_VALIDATION\",\"status\":400},"
            + "\"plain\":{},\"when\":{},\"list\":[{},null]}");
    JsObject err = (JsObject) ((JsObject) sieved).get("err");
    assertThat(err.keys()).containsExactly("name", "extensions", "code", "status");
    assertThat(err.get("extensions")).isEqualTo(JsValue.UNDEFINED);
  }

  @Test
  void malformedTextIsAnError() {
    for (String text : new String[] {"", "{\"a\":1}", "[\"x\"]", "[\"o\",\"k\"]", "[\"n\",\"7\"]", "[1]"}) {
      assertThatThrownBy(() -> ScriptValues.decode(text)).as(text)
          .isInstanceOfSatisfying(JsException.class, e -> assertThat(e.value()).isInstanceOf(JsError.class));
    }
  }
}
