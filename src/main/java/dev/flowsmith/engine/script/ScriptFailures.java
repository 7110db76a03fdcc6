package dev.flowsmith.engine.script;

import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsValue;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;

/** The rejection values of engine.md §6.2 that the sandbox itself produces. */
final class ScriptFailures {

  static final String SOURCE_NAME = "<isolated-vm>";
  static final String TIMED_OUT = "Script execution timed out.";
  /** Ours (Directus cannot cancel a run); the exec operation reports the run's cancellation instead. */
  static final String CANCELLED = "Script execution was cancelled.";
  /** isolated-vm's wording when the isolate hits its memory limit. */
  static final String OUT_OF_MEMORY = "Isolate was disposed during execution due to memory limit";
  /** Ours: Directus would wait forever (engine.md §6.2); nothing can settle it in our sandbox. */
  static final String NEVER_SETTLED = "The promise returned by module.exports never settled.";

  /** GraalJS' first message line: "SyntaxError: <name>:L:C text". */
  private static final Pattern GRAAL_SYNTAX = Pattern.compile("^(?:SyntaxError: )?(?:\\S+:\\d+:\\d+ )?(.*)$");
  private static final Pattern FOUND = Pattern.compile("^Expected .* but found (.+)$");
  private static final Set<String> KEYWORDS = Set.of("break", "case", "catch", "class", "const",
      "continue", "debugger", "default", "delete", "do", "else", "export", "extends", "finally",
      "for", "function", "if", "in", "instanceof", "new", "return", "super", "switch", "this",
      "throw", "try", "typeof", "var", "void", "while", "with", "null", "true", "false", "enum");

  private ScriptFailures() {}

  static JsValue stopped(Watchdog.Reason reason) {
    return switch (reason) {
      case TIMEOUT -> JsError.error(TIMED_OUT);
      case MEMORY -> JsError.error(OUT_OF_MEMORY);
      case CANCELLED -> JsError.error(CANCELLED);
    };
  }

  static JsException cancelled() {
    return new JsException(JsError.error(CANCELLED));
  }

  /**
   * A compile error as isolated-vm reports it: V8's wording where we can tell it, then {@code
   * [<isolated-vm>:line:column]}. GraalJS' own text is kept where no V8 wording is known.
   */
  static JsError syntax(PolyglotException exception) {
    String message = String.valueOf(exception.getMessage());
    String firstLine = message.lines().findFirst().orElse("");
    Matcher graal = GRAAL_SYNTAX.matcher(firstLine);
    String text = graal.matches() ? graal.group(1) : firstLine;
    SourceSection at = exception.getSourceLocation();
    String token = at == null || !at.isAvailable() ? "" : at.getCharacters().toString();
    String v8 = V8Messages.message("SyntaxError", v8Wording(text, token));
    String location = at == null ? "" : " [" + SOURCE_NAME + ":" + at.getStartLine() + ":" + at.getStartColumn() + "]";
    return JsError.of("SyntaxError", v8 + location);
  }

  /** V8's words for a GraalJS parser message, the offending token's text when known (else ""). */
  static String v8Wording(String graalText, String token) {
    Matcher found = FOUND.matcher(graalText);
    if (graalText.startsWith("Missing close quote")) {
      return "Invalid or unexpected token";
    }
    if (!found.matches()) {
      return graalText;
    }
    String what = found.group(1);
    if (what.equals("eof")) {
      return "Unexpected end of input";
    }
    if (what.equals("import")) {
      return "Cannot use import statement outside a module";
    }
    if (token.isEmpty()) {
      return graalText;
    }
    char first = token.charAt(0);
    if (first == '"' || first == '\'') {
      return "Unexpected string";
    }
    if (first == '`') {
      return "Unexpected template string";
    }
    if (Character.isDigit(first) || first == '.' && token.length() > 1) {
      return "Unexpected number";
    }
    if (Character.isJavaIdentifierStart(first) && !KEYWORDS.contains(token)) {
      return "Unexpected identifier '" + token + "'";
    }
    return "Unexpected token '" + token + "'";
  }
}
