package dev.flowsmith.engine.filter;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsValue;
import java.util.List;
import java.util.Locale;

/**
 * The string operators (engine.md §7.3): the {@code _contains} family (Joi alternatives of "a
 * string containing x" and "an array with a string containing x"), the prefix/suffix operators
 * (Joi string patterns with a name) and {@code _regex}. Joi's string schema refuses {@code ""},
 * which Directus cannot classify, except for {@code _regex}.
 */
final class TextRule {

  /** Which of the three contains operators. */
  enum Contains { CONTAINS, ICONTAINS, NCONTAINS }

  private static final String REGEX_SPECIALS = "\\^$.*+?()[]{}|";

  private TextRule() {}

  static Rule contains(Contains mode, String x) {
    return value -> {
      if (value instanceof JsString text) {
        String s = text.value();
        if (s.isEmpty()) {
          return unclassified(); // string.empty
        }
        if (mode == Contains.NCONTAINS) {
          return s.contains(x) ? List.of(Failure.of(Failure.Kind.NCONTAINS, JsValue.of(x))) : List.of();
        }
        // engine.md §7.4: _icontains reports as type "contains" in Directus 11.11
        return includes(s, x, mode) ? List.of() : List.of(Failure.of(Failure.Kind.CONTAINS, JsValue.of(x)));
      }
      if (value instanceof JsArray array && !array.elements().contains(JsValue.UNDEFINED)) {
        boolean any = array.elements().stream().anyMatch(element -> element instanceof JsString s
            && !s.value().isEmpty() && includes(s.value(), x, mode == Contains.NCONTAINS ? Contains.CONTAINS : mode));
        boolean passes = mode == Contains.NCONTAINS ? !any : any;
        return passes ? List.of() : unclassified(); // array.includesRequiredUnknowns, array.excludes
      }
      return unclassified(); // alternatives.types, array.sparse
    };
  }

  /**
   * A prefix or suffix test; {@code name} is the Joi pattern name ({@code starts_with},
   * {@code nistarts_with}, …), which becomes the failure type.
   */
  static Rule affix(String name, String x, boolean prefix, boolean insensitive, boolean negated) {
    JsValue substring = JsValue.of(regexSourceText(escapeRegExp(x)));
    return value -> {
      if (!(value instanceof JsString text)) {
        return List.of(Failure.of(Failure.Kind.REQUIRED)); // string.base
      }
      String s = text.value();
      if (s.isEmpty()) {
        return unclassified();
      }
      int offset = prefix ? 0 : s.length() - x.length();
      boolean matches = offset >= 0 && x.length() <= s.length() && regionMatches(s, offset, x, insensitive);
      return matches != negated ? List.of()
          : List.of(new Failure(List.of(), Failure.Kind.NAMED_PATTERN, substring, name));
    };
  }

  /** {@code _regex}: any string, also {@code ""}, tested with JS semantics. */
  static Rule regex(JsRegex.Compiled pattern) {
    return value -> {
      if (!(value instanceof JsString text)) {
        return List.of(Failure.of(Failure.Kind.REQUIRED));
      }
      return pattern.test(text.value()) ? List.of() : List.of(Failure.of(Failure.Kind.PATTERN, value));
    };
  }

  private static List<Failure> unclassified() {
    return List.of(Failure.of(Failure.Kind.UNCLASSIFIED));
  }

  private static boolean includes(String s, String x, Contains mode) {
    return mode == Contains.ICONTAINS
        ? s.toLowerCase(Locale.ROOT).contains(x.toLowerCase(Locale.ROOT))
        : s.contains(x);
  }

  /** Code unit by code unit, case-insensitively as a JS regex without the u flag compares. */
  private static boolean regionMatches(String s, int offset, String x, boolean insensitive) {
    for (int i = 0; i < x.length(); i++) {
      char a = s.charAt(offset + i);
      char b = x.charAt(i);
      if (a != b && !(insensitive && canonicalize(a) == canonicalize(b))) {
        return false;
      }
    }
    return true;
  }

  /** ECMA-262 Canonicalize (non-unicode ignoreCase): simple upper case, never into ASCII from outside it. */
  private static char canonicalize(char c) {
    String upper = String.valueOf(c).toUpperCase(Locale.ROOT);
    if (upper.length() != 1) {
      return c;
    }
    char u = upper.charAt(0);
    return c >= 128 && u < 128 ? c : u;
  }

  /** lodash {@code escapeRegExp}. */
  private static String escapeRegExp(String text) {
    StringBuilder escaped = new StringBuilder();
    for (char c : text.toCharArray()) {
      escaped.append(REGEX_SPECIALS.indexOf(c) >= 0 ? "\\" : "").append(c);
    }
    return escaped.toString();
  }

  /**
   * The text as it appears inside V8's {@code RegExp.prototype.source}: {@code /} and line
   * terminators escaped. Directus cuts the failure's {@code substring} out of that text.
   */
  private static String regexSourceText(String pattern) {
    StringBuilder source = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        source.append(c).append(pattern.charAt(++i)); // an escape pair is copied as is
        continue;
      }
      source.append(switch (c) {
        case '/' -> "\\/";
        case '\n' -> "\\n";
        case '\r' -> "\\r";
        case '\u2028' -> "\\u2028";
        case '\u2029' -> "\\u2029";
        default -> String.valueOf(c);
      });
    }
    return source.toString();
  }
}
