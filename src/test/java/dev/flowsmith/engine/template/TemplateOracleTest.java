package dev.flowsmith.engine.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.value.JsDate;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.format.JsonText;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Regression oracle: {@code conformance/template-oracle.jsonl} holds 1,167 random templates (every
 * distinct error shape plus a random sample, from 120,000 differential fuzz cases) with what the
 * real {@code applyOptionsData({v: s}, SCOPE).v} of @directus/utils 13.0.9 (micromustache 8.0.3)
 * returned under Node: {@code "ok"} = JSON of the result, {@code "undef"}, {@code "cls"} = an
 * Error/Date instance, or {@code "err"} = "Name: message". SCOPE is the object built below; its
 * {@code d} is {@code new Date(0)} and {@code err} is {@code Object.assign(new Error("boom"), {code: "C"})}.
 */
class TemplateOracleTest {

  private static final String SCOPE_JSON = "{\"a\":[{\"b\":1,\"c d\":2,\"e\":null}],\"x y\":3,\"\":4,\"0\":5,"
      + "\"s\":\"str\",\"n\":1.5,\"t\":true,\"o\":{\"k\":{\"l\":[10,20]}},\"big\":1e21}";

  @Test
  void rendersEveryRecordedTemplateAsDirectusDid() throws Exception {
    JsObject scope = ((JsObject) JsJson.parse(SCOPE_JSON))
        .with("d", JsDate.ofEpochMillis(0))
        .with("err", JsError.error("boom").withProperty("code", JsValue.of("C")));
    List<String> mismatches = new ArrayList<>();
    int checked = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
        getClass().getResourceAsStream("/conformance/template-oracle.jsonl")), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsObject recorded = (JsObject) JsJson.fromModel(JsonText.parseValue(line));
        String template = ((JsString) recorded.get("s")).value();
        String expected = expected(recorded);
        String actual = actual(template, scope);
        if (!actual.equals(expected)) {
          mismatches.add(JsJson.stringify(JsValue.of(template)).orElseThrow() + ": expected " + expected + ", got " + actual);
        }
        checked++;
      }
    }
    assertThat(checked).isEqualTo(1167);
    assertThat(mismatches).isEmpty();
  }

  private static String expected(JsObject recorded) {
    for (String kind : List.of("ok", "err", "cls")) {
      if (recorded.has(kind)) {
        return kind + " " + ((JsString) recorded.get(kind)).value();
      }
    }
    return "undef";
  }

  private static String actual(String template, JsValue scope) {
    try {
      JsValue value = TemplateRenderer.render(JsObject.of("v", JsValue.of(template)), scope).get("v");
      if (value instanceof JsError || value instanceof JsDate) {
        return "cls " + (value instanceof JsError ? "Error" : "Date");
      }
      return value.isUndefined() ? "undef" : "ok " + JsJson.stringify(value).orElseThrow();
    } catch (JsException thrown) {
      JsError error = (JsError) thrown.value();
      return "err " + error.name() + ": " + error.message();
    }
  }
}
