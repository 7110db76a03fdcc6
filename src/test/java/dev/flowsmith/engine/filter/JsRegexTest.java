package dev.flowsmith.engine.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowsmith.engine.value.JsBoolean;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsRegexTest {

  @ParameterizedTest(name = "/{0}/ on {1} -> {2}")
  @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
      ^h            ; Hello        ; false
      lo$           ; "Hello\n"    ; false
      \\s           ; "a\u00a0b"   ; true
      \\bworld      ; hello world  ; true
      \\w           ; é            ; false
      .             ; "\n"         ; false
      [^]           ; "\n"         ; true
      []            ; a            ; false
      a{2,x}        ; a{2,x}       ; true
      ]             ; ]            ; true
      (a)|\\1b      ; xb           ; true
      \\1(a)        ; a            ; true
      \\47          ; "\u00047"    ; true
      \\8           ; 8            ; true
      \\cA          ; "\u0001"     ; true
      \\c1          ; \\c1         ; true
      [\\d-z]       ; -            ; true
      \\k           ; k            ; true
      \\p{L}        ; p            ; false
      ^.$           ; 😀           ; false
      ..            ; 😀           ; true
      \\ud83d       ; 😀           ; true
      """)
  void testsLikeJavaScript(String pattern, String input, boolean expected) {
    String unescaped = input.replace("\\n", "\n").replace("\\u00a0", "\u00a0").replace("\\u0001", "\u0001")
        .replace("\\u00047", "\u00047");
    assertThat(JsRegex.compile(pattern).test(unescaped)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "/{0}/: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      (        | Unterminated group
      a)       | Unmatched ')'
      *a       | Nothing to repeat
      {2}      | Nothing to repeat
      a{2,1}   | numbers out of order in {} quantifier
      [b-a]    | Range out of order in character class
      [a       | Unterminated character class
      (?i:a)   | Invalid group
      (?<=a)*  | Invalid quantifier
      (?<1>a)  | Invalid capture group name
      """)
  void reportsV8SyntaxErrors(String pattern, String message) {
    assertThatThrownBy(() -> JsRegex.compile(pattern))
        .isInstanceOfSatisfying(JsException.class, e -> {
          JsError error = (JsError) e.value();
          assertThat(error.name()).isEqualTo("SyntaxError");
          assertThat(error.message()).isEqualTo("Invalid regular expression: /" + pattern + "/: " + message);
        });
  }

  @Test
  void aBackreferenceInALookbehindIsRefusedWithAnExplanation() {
    assertThatThrownBy(() -> JsRegex.compile("(a)(?<=\\1)b"))
        .isInstanceOfSatisfying(JsException.class, e ->
            assertThat(((JsError) e.value()).message()).startsWith("The regular expression /(a)(?<=\\1)b/ cannot be evaluated"));
  }

  /** conformance/js-regexes.jsonl: {@code new RegExp(p).test(s)} or the SyntaxError, recorded with Node (V8). */
  @Test
  void matchesRecordedV8Results() {
    List<String> mismatches = new ArrayList<>();
    for (String line : TestResources.lines("/conformance/js-regexes.jsonl")) {
      JsObject c = (JsObject) JsJson.parse(line);
      String pattern = ((JsString) c.get("p")).value();
      String input = ((JsString) c.get("s")).value();
      String expected = c.get("r") instanceof JsBoolean b ? Boolean.toString(b.value()) : ((JsString) c.get("r")).value();
      String actual;
      try {
        actual = Boolean.toString(JsRegex.compile(pattern).test(input));
      } catch (JsException e) {
        JsError error = (JsError) e.value();
        actual = error.name() + ": " + error.message();
      }
      if (!actual.equals(expected)) {
        mismatches.add(line + " -> " + actual);
      }
    }
    assertThat(mismatches).isEmpty();
  }
}
