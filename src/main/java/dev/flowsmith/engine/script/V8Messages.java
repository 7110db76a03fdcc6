package dev.flowsmith.engine.script;

import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsValue;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * V8's wording for the errors GraalJS raises with its own: a table of GraalJS message templates
 * and the V8 (Node 22) text each stands for, applied to an error a script rejects with (message
 * and the first line of its stack). A script that catches the error itself still reads GraalJS'
 * text, except for JSON.parse, which the prelude words as Node does. Where GraalJS' message lacks
 * what V8 prints (the key of an {@code in} test, a {@code repeat} count, a RegExp's source) or
 * one GraalJS text stands for two V8 ones, the text is kept. {@code ExecV8ConformanceTest}
 * compares with messages recorded from Directus' isolate.
 */
final class V8Messages {

  private static final Set<String> BUILT_IN = Set.of("TypeError", "RangeError", "SyntaxError", "ReferenceError",
      "EvalError", "URIError");

  private record Template(Pattern graal, Function<Matcher, String> v8) {}

  private static Template template(String graal, Function<Matcher, String> v8) {
    return new Template(Pattern.compile(graal, Pattern.DOTALL), v8);
  }

  private static Template literal(String graal, String v8) {
    return new Template(Pattern.compile(Pattern.quote(graal)), m -> v8);
  }

  private static final List<Template> TEMPLATES = List.of(
      template("Cannot read property 'Symbol\\(Symbol\\.iterator\\)' of (undefined|null)", m -> m.group(1) + " is not iterable"),
      template("Cannot read property '(.*)' of (undefined|null)",
          m -> "Cannot read properties of " + m.group(2) + " (reading '" + m.group(1) + "')"),
      template("Cannot set property '(.*)' of (undefined|null)",
          m -> "Cannot set properties of " + m.group(2) + " (setting '" + m.group(1) + "')"),
      template("Assignment to constant \".*\"", m -> "Assignment to constant variable."),
      template("Cannot assign to read only property '(.*)' of ([\\[{]).*",
          m -> "Cannot assign to read only property '" + m.group(1) + "' of object '"
              + (m.group(2).equals("[") ? "[object Array]" : "#<Object>") + "'"),
      literal("Right-hand-side of instanceof is not an object", "Right-hand side of 'instanceof' is not an object"),
      literal("Right-hand-side of instanceof is not callable", "Right-hand side of 'instanceof' is not callable"),
      template("(Cannot (?:read|write) private member #\\S+ (?:from|to) an object whose class did not declare it)\\.",
          m -> m.group(1)),
      literal("toFixed() fraction digits need to be in range 0-100", "toFixed() digits argument must be between 0 and 100"),
      literal("toExponential() fraction digits need to be in range 0-100", "toExponential() argument must be between 0 and 100"),
      literal("toString() expects radix in range 2-36", "toString() radix argument must be between 2 and 36"),
      literal("time value is not a finite number", "Invalid time value"),
      template("Language tag is not well-formed: .*", m -> "Incorrect locale information provided"),
      literal("Currency can not be undefined when style is \"currency\".", "Currency code is required with currency style."),
      template("Invalid time zone (.+)", m -> "Invalid time zone specified: " + m.group(1)),
      template("Variable \"(.*)\" has already been declared", m -> "Identifier '" + m.group(1) + "' has already been declared"),
      // eval / new Function: "<eval>:1:3 Expected an operand but found eof\n1 +\n   ^"
      template("<(?:eval|function)>:\\d+:\\d+ ([^\\n]*)(?:\\n.*)?", m -> ScriptFailures.v8Wording(m.group(1), "")));

  private V8Messages() {}

  /** V8's message for a built-in error's GraalJS message; other messages as they are. */
  static String message(String name, String message) {
    if (!BUILT_IN.contains(name)) {
      return message;
    }
    for (Template template : TEMPLATES) {
      Matcher matcher = template.graal.matcher(message);
      if (matcher.matches()) {
        return template.v8.apply(matcher);
      }
    }
    return message;
  }

  /** A rejection as V8 would word it: the message and the stack's first line. */
  static JsValue rejection(JsValue value) {
    if (!(value instanceof JsError error)) {
      return value;
    }
    String v8 = message(error.name(), error.message());
    if (v8.equals(error.message())) {
      return value;
    }
    String stack = error.stack();
    String header = JsError.header(error.name(), error.message());
    if (stack != null && stack.startsWith(header)) {
      stack = JsError.header(error.name(), v8) + stack.substring(header.length());
    }
    return new JsError(error.name(), v8, stack, error.cause(), error.properties());
  }
}
