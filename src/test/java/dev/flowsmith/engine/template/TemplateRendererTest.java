package dev.flowsmith.engine.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowsmith.engine.value.DataChain;
import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsDate;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.engine.value.Redaction;
import dev.flowsmith.engine.value.ResultNormalizer;
import org.junit.jupiter.api.Test;

class TemplateRendererTest {

  private static final JsObject SCOPE = ((JsObject) JsJson.parse(
      "{\"a\":5,\"big\":1e21,\"half\":1.5,\"t\":true,\"nul\":null,\"s\":\"text\",\"list\":[1,\"x\"]}"))
      .with("when", JsDate.ofEpochMillis(0))
      .with("plain", JsError.error("boom"))
      .with("boom", JsError.directus("MY_CODE", 422, "Bad 42", null).withoutStack());

  private static JsValue render(String template) {
    return TemplateRenderer.renderString(template, SCOPE);
  }

  private static void assertThrows(String template, String name, String message) {
    assertThatThrownBy(() -> render(template)).isInstanceOfSatisfying(JsException.class,
        thrown -> assertThat(thrown.value()).isEqualTo(JsError.of(name, message)));
  }

  @Test
  void optionsMustBeAnObjectLikeJavaScriptObjectEntries() {
    assertThatThrownBy(() -> TemplateRenderer.render(JsValue.NULL, SCOPE))
        .isInstanceOfSatisfying(JsException.class, thrown -> assertThat(thrown.value())
            .isEqualTo(JsError.of("TypeError", "Cannot convert undefined or null to object")));
    assertThatThrownBy(() -> TemplateRenderer.render(JsValue.UNDEFINED, SCOPE)).isInstanceOf(JsException.class);
    assertThat(TemplateRenderer.render(JsValue.of("ab"), SCOPE)).isEqualTo(JsJson.parse("{\"0\":\"a\",\"1\":\"b\"}"));
    assertThat(TemplateRenderer.render(JsValue.of(5), SCOPE)).isEqualTo(JsObject.EMPTY);
    assertThat(TemplateRenderer.render(JsArray.of(JsValue.of("{{ a }}")), SCOPE)).isEqualTo(JsJson.parse("{\"0\":5}"));
  }

  @Test
  void keysAreNeverTemplatedAndUndefinedOptionsStay() {
    JsObject options = JsObject.builder()
        .put("{{ a }}", JsValue.of("{{ s }}"))
        .put("gone", JsValue.UNDEFINED)
        .put("nested", JsObject.of("{{ t }}", JsArray.of(JsValue.of("x {{ a }}"), JsValue.of(2))))
        .build();

    JsObject rendered = TemplateRenderer.render(options, SCOPE);

    assertThat(rendered.keys()).containsExactly("{{ a }}", "gone", "nested");
    assertThat(rendered.get("{{ a }}")).isEqualTo(JsValue.of("text"));
    assertThat(rendered.has("gone")).isTrue();
    assertThat(rendered.get("nested")).isEqualTo(JsJson.parse("{\"{{ t }}\":[\"x 5\",2]}"));
  }

  @Test
  void nestedErrorsAndDatesInOptionsBecomeTheirEnumerableEntries() {
    JsObject options = JsObject.of("e", JsError.directus("C", 400, "m", null), "d", JsDate.ofEpochMillis(0));

    JsObject rendered = TemplateRenderer.render(options, SCOPE);

    assertThat(JsJson.stringify(rendered).orElseThrow())
        .isEqualTo("{\"e\":{\"name\":\"DirectusError\",\"code\":\"C\",\"status\":400},\"d\":{}}");
    assertThat(((JsObject) rendered.get("e")).has("extensions")).isTrue();
  }

  @Test
  void wholeValueTemplatesKeepTheValueItself() {
    assertThat(render("{{ boom }}")).isEqualTo(SCOPE.get("boom"));
    assertThat(render("{{when}}")).isEqualTo(JsDate.ofEpochMillis(0));
    assertThat(render("{{ list }}")).isEqualTo(SCOPE.get("list"));
    assertThat(render("{{\u00A0a\u2028}}")).isEqualTo(JsValue.of(5));
  }

  @Test
  void anythingAroundTheBracesMakesAString() {
    assertThat(render("{{ a }}\n")).isEqualTo(JsValue.of("5\n"));
    assertThat(render(" {{ a }}")).isEqualTo(JsValue.of(" 5"));
    assertThat(render("{{ a}}}")).isEqualTo(JsValue.of("5}"));
    assertThat(render("{{ missing }}")).isEqualTo(JsValue.of("undefined"));
  }

  @Test
  void embeddedValuesFollowTheTextTable() {
    assertThat(render("{{ big }}|{{ half }}|{{ t }}|{{ nul }}|{{ missing }}|{{ s }}"))
        .isEqualTo(JsValue.of("1e+21|1.5|true|null|undefined|text"));
    assertThat(render("e={{ plain }} d={{ boom }}"))
        .isEqualTo(JsValue.of("e={} d={\"name\":\"DirectusError\",\"code\":\"MY_CODE\",\"status\":422}"));
    assertThat(render("at {{ when }}")).isEqualTo(JsValue.of("at \"1970-01-01T00:00:00.000Z\""));
    assertThat(render("msg={{ boom.message }}")).isEqualTo(JsValue.of("msg=Bad 42"));
  }

  @Test
  void textOutsideTagsIsCopiedVerbatim() {
    assertThat(render("a}}b")).isEqualTo(JsValue.of("a}}b"));
    assertThat(render("{{{ a }}}")).isEqualTo(JsValue.of("undefined}"));
    assertThat(render("{{ a }}{{ a }}")).isEqualTo(JsValue.of("55"));
    assertThat(render("no tags")).isEqualTo(JsValue.of("no tags"));
  }

  @Test
  void tagsMustCloseWithinAThousandCharacters() {
    assertThat(render("x{{a" + " ".repeat(999) + "}}")).isEqualTo(JsValue.of("x5"));
    assertThrows("x{{a" + " ".repeat(1000) + "}}", "SyntaxError",
        "Missing \"}}\" in the template for the \"{{\" at position 1 within 1000 characters");
  }

  @Test
  void reportsTagErrorsWithPositions() {
    assertThrows("a {{}} b", "SyntaxError", "Unexpected \"}}\" tag found at position 2");
    assertThrows("x {{ a {{ b }}", "SyntaxError", "Variable names cannot have \"{{\". But at position 2. Got \"a {{ b\"");
    // the whole string is tokenized before any path is looked up
    assertThrows("{{ a[ }} {{", "SyntaxError",
        "Missing \"}}\" in the template for the \"{{\" at position 9 within 1000 characters");
    assertThrows("{{ a.b.c.d.e.f.g.h.i.j.k }} {{ a[ }}", "ReferenceError",
        "The path cannot be deeper than 10 levels. Got \"a > b > c > d > e > f > g > h > i > j > k\"");
  }

  @Test
  void rendersTheTransformOfTheThrowErrorFlow() {
    // engine.md §12.3 C05
    DataChain chain = DataChain.start(JsJson.parse("{\"body\":{\"x\":42}}"), JsValue.NULL, JsObject.EMPTY);
    JsObject boomOptions = TemplateRenderer.render(
        JsJson.parse("{\"code\":\"my_code\",\"status\":\"422\",\"message\":\"Bad {{ $trigger.body.x }}\"}"),
        chain.snapshot());
    assertThat(boomOptions.get("message")).isEqualTo(JsValue.of("Bad 42"));
    chain.record("boom", ResultNormalizer.normalizeThrown(JsError.directus("MY_CODE", 422, "Bad 42", null)));

    JsObject after = TemplateRenderer.render(JsJson.parse("{\"raw\":\"{{ boom }}\",\"msg\":\"{{ boom.message }}\","
        + "\"code\":\"{{ $last.code }}\",\"str\":\"e={{ boom }}\"}"), chain.snapshot());

    assertThat(JsJson.stringify(after).orElseThrow()).isEqualTo("{\"raw\":{\"name\":\"DirectusError\",\"code\":\"MY_CODE\","
        + "\"status\":422},\"msg\":\"Bad 42\",\"code\":\"MY_CODE\",\"str\":\"e={\\\"name\\\":\\\"DirectusError\\\","
        + "\\\"code\\\":\\\"MY_CODE\\\",\\\"status\\\":422}\"}");
  }

  @Test
  void rendersAfterATemplateErrorAndInsideJsonText() {
    // engine.md §12.3 C08 and C12
    JsObject chain = JsObject.of("bad", JsError.of("SyntaxError", "Missing …").withoutStack(),
        "$trigger", JsJson.parse("{\"payload\":{\"n\":3,\"s\":\"x\"}}"));

    assertThat(TemplateRenderer.render(JsJson.parse("{\"err\":\"{{ bad.message }}\",\"name\":\"{{ bad.name }}\"}"), chain))
        .isEqualTo(JsJson.parse("{\"err\":\"Missing …\",\"name\":\"SyntaxError\"}"));
    JsValue json = TemplateRenderer.renderValue(
        JsValue.of("{\"n\": {{ $trigger.payload.n }}, \"s\": \"{{ $trigger.payload.s }}\"}"), chain);
    assertThat(json).isEqualTo(JsValue.of("{\"n\": 3, \"s\": \"x\"}"));
    assertThat(OptionParsing.optionToObject(json)).isEqualTo(JsJson.parse("{\"n\":3,\"s\":\"x\"}"));
  }

  @Test
  void logOperationsSeeMessagesAndStacksOfRejections() {
    // engine.md §5.7: the same template prints different text in a log operation
    DataChain chain = DataChain.start(JsValue.NULL, JsValue.NULL, JsObject.EMPTY);
    chain.record("check", JsArray.of(JsError.directus("FAILED_VALIDATION", 400, "Failed.", null)));

    JsValue inLog = TemplateRenderer.renderValue(JsValue.of("x {{ $last }}"), Redaction.logScope(chain.snapshot()));
    JsValue elsewhere = TemplateRenderer.renderValue(JsValue.of("x {{ $last }}"), chain.snapshot());

    assertThat(inLog).isEqualTo(JsValue.of(
        "x [{\"name\":\"DirectusError\",\"message\":\"Failed.\",\"stack\":\"DirectusError: Failed.\"}]"));
    assertThat(elsewhere).isEqualTo(JsValue.of(
        "x [{\"name\":\"DirectusError\",\"code\":\"FAILED_VALIDATION\",\"status\":400}]"));
  }
}
