package dev.flowsmith.engine.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsDate;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.format.JsonText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The template vectors of engine.md §12.1, one test per vector, read from
 * {@code src/test/resources/conformance/templates.json}.
 *
 * <p>Schema of that file: {@code {"scopes": {NAME: object}, "vectors": [VECTOR]}} where a VECTOR
 * is {@code {"id": "A06", "title": text, "source": where the vector comes from, "scope": NAME or
 * an inline object (omitted for helpers), "cases": [CASE]}} and a CASE is exactly one input —
 * {@code "options": object} rendered whole with {@link TemplateRenderer#render},
 * {@code "template": value} rendered as one option value with {@link TemplateRenderer#renderValue},
 * or {@code "helper": "toArray"|"optionToString"|"optionToObject"} applied to {@code "input"} —
 * and exactly one outcome: {@code "expect": value} (compared as JS values; a string result is a
 * JSON string), or {@code "error": {"name": "SyntaxError", "message": text}} (message optional)
 * for the JS error the rendering must throw. The file is plain JSON and is read with the format
 * layer's parser, not the engine's.
 */
class TemplateConformanceTest {

  private static final String RESOURCE = "/conformance/templates.json";

  static Stream<Arguments> vectors() throws Exception {
    JsObject file = (JsObject) JsJson.fromModel(JsonText.parseValue(read()));
    JsObject scopes = (JsObject) file.get("scopes");
    return ((JsArray) file.get("vectors")).elements().stream().map(vector -> {
      JsObject v = (JsObject) vector;
      JsValue scope = v.get("scope") instanceof JsString name ? scopes.get(name.value()) : v.get("scope");
      return Arguments.of(text(v, "id") + " " + text(v, "title"), scope, v.get("cases"));
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void vector(String name, JsValue scope, JsArray cases) {
    assertThat(cases.size()).as("cases of %s", name).isPositive();
    List<String> failures = new ArrayList<>();
    for (JsValue element : cases.elements()) {
      JsObject c = (JsObject) element;
      String outcome = outcome(action(c, scope));
      String expected = c.has("error") ? expectedError((JsObject) c.get("error"), outcome) : describe(c.get("expect"));
      if (!outcome.equals(expected)) {
        failures.add(JsJson.stringify(c).orElseThrow() + "\n    got " + outcome);
      }
    }
    assertThat(failures).as(name).isEmpty();
  }

  /** The case's result as text: the value's JSON (undefined/errors/dates marked) or the thrown error. */
  private static String outcome(Supplier<JsValue> run) {
    try {
      return describe(run.get());
    } catch (JsException thrown) {
      JsError error = (JsError) thrown.value();
      return "throws " + error.name() + ": " + error.message();
    }
  }

  private static String expectedError(JsObject error, String outcome) {
    String prefix = "throws " + text(error, "name") + ": ";
    if (error.has("message")) {
      return prefix + text(error, "message");
    }
    return outcome.startsWith(prefix) ? outcome : prefix + "…";
  }

  private static String describe(JsValue value) {
    String kind = value instanceof JsError ? "error " : value instanceof JsDate ? "date " : "";
    return kind + JsJson.stringify(value).orElse("undefined");
  }

  private static Supplier<JsValue> action(JsObject c, JsValue scope) {
    if (c.has("options")) {
      return () -> TemplateRenderer.render(c.get("options"), scope);
    }
    if (c.has("template")) {
      return () -> TemplateRenderer.renderValue(c.get("template"), scope);
    }
    JsValue input = c.get("input");
    return switch (text(c, "helper")) {
      case "toArray" -> () -> OptionParsing.toArray(input);
      case "optionToString" -> () -> JsValue.of(OptionParsing.optionToString(input));
      case "optionToObject" -> () -> OptionParsing.optionToObject(input);
      default -> throw new IllegalArgumentException("unknown case " + c);
    };
  }

  private static String text(JsObject object, String key) {
    return ((JsString) object.get(key)).value();
  }

  private static String read() throws IOException {
    try (InputStream in = Objects.requireNonNull(TemplateConformanceTest.class.getResourceAsStream(RESOURCE))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
