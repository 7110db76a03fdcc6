package dev.flowsmith.engine.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential test against Directus 11.11's exec (isolated-vm on Node 22): every case of
 * {@code conformance/exec-v8.json}, recorded by {@code tools/oracle-exec/record.mjs}, must give
 * the same result, rejection (name and message) and console calls here. No Node needed.
 */
class ExecV8ConformanceTest {

  /**
   * Where we still differ, and why; each must still differ (a fix shows up as a failure here, then
   * the entry goes). GraalJS' message lacks what V8 prints, or one GraalJS text stands for two V8
   * ones; a caught error's own message is GraalJS' (the mapping applies to rejections).
   */
  private static final Map<String, String> KNOWN = Map.ofEntries(
      Map.entry("destructure null", "GraalJS reports a property read"),
      Map.entry("destructure undefined parameter", "GraalJS reports a property read"),
      Map.entry("in operator on primitive", "GraalJS' message lacks the key"),
      Map.entry("mix BigInt", "same GraalJS text as unary + on a BigInt"),
      Map.entry("not extensible", "same GraalJS text as a frozen property"),
      Map.entry("Array.from non-iterable", "same GraalJS text as for-of over a number"),
      Map.entry("TDZ", "GraalJS says 'a is not defined' for the temporal dead zone"),
      Map.entry("repeat count", "GraalJS' message lacks the count"),
      Map.entry("repeat infinity", "GraalJS' message lacks the count"),
      Map.entry("BigInt of fraction", "GraalJS' message lacks the number"),
      Map.entry("regexp unterminated class", "GraalJS' message lacks the pattern"),
      Map.entry("regexp nothing to repeat", "GraalJS' message lacks the pattern"),
      Map.entry("regexp bad flags", "GraalJS' message lacks the flags"),
      Map.entry("new Function syntax", "V8 parses the body with its closing brace"),
      Map.entry("script syntax: string", "GraalJS reports the token after the string"),
      Map.entry("script syntax: invalid token", "GraalJS places the error at the end of the line"),
      Map.entry("script syntax: await at top", "GraalJS reads await as an identifier"),
      Map.entry("String(err)", "a caught error keeps GraalJS' message"),
      Map.entry("err.message caught", "a caught error keeps GraalJS' message"),
      Map.entry("err.stack first line", "a caught error keeps GraalJS' message"),
      Map.entry("DateTimeFormat parts", "formatToParts keeps U+202F before AM/PM"),
      Map.entry("typeof globals", "GraalJS 23.1 has no WebAssembly or Iterator global"),
      Map.entry("global names", "GraalJS 23.1 has no WebAssembly or Iterator global"),
      Map.entry("newer builtins", "GraalJS 23.1 is ES2023: no Object.groupBy, Promise.withResolvers, Set methods"));

  static Stream<Arguments> cases() throws IOException {
    try (InputStream in = ExecV8ConformanceTest.class.getResourceAsStream("/conformance/exec-v8.json")) {
      JsObject fixture = (JsObject) JsJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      List<Arguments> cases = new ArrayList<>();
      for (JsValue each : ((JsArray) fixture.get("cases")).elements()) {
        JsObject c = (JsObject) each;
        cases.add(Arguments.of(text(c, "name"), c));
      }
      return cases.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void answersAsDirectus(String name, JsObject expected) {
    ScriptCalls calls = new ScriptCalls(TestRunners.inProcess());
    JsValue data = expected.has("data") ? expected.get("data") : JsObject.EMPTY;
    String actual;
    try {
      actual = "resolve " + JsJson.stringify(calls.run(text(expected, "code"), data, ScriptCalls.SHORT)).orElse("undefined");
    } catch (JsException rejection) {
      actual = rejection.value() instanceof JsError error
          ? "reject " + error.name() + ": " + error.message()
          : "reject " + JsJson.stringify(rejection.value()).orElse("undefined");
    }
    String wanted = switch (text(expected, "outcome")) {
      case "resolve" -> "resolve " + text(expected, "value");
      default -> expected.get("error") instanceof JsObject error
          ? "reject " + text(error, "name") + ": " + text(error, "message")
          : "reject " + text(expected, "value");
    };
    if (KNOWN.containsKey(name)) {
      assertThat(actual).as("known difference (%s) now matches: remove it from KNOWN", KNOWN.get(name))
          .isNotEqualTo(wanted);
      return;
    }
    assertThat(actual).as(text(expected, "code")).isEqualTo(wanted);
    List<String> console = ((JsArray) expected.get("console")).elements().stream()
        .map(line -> ((JsString) line).value()).toList();
    // Directus logs console.log at info (logger.info); ours keeps the method name, LOG
    List<String> ours = calls.console().stream().map(line -> line.startsWith("log ") ? "info " + line.substring(4) : line)
        .toList();
    assertThat(ours).as("console of %s", text(expected, "code")).isEqualTo(console);
  }

  private static String text(JsObject object, String key) {
    return object.get(key) instanceof JsString s ? s.value() : "";
  }
}
