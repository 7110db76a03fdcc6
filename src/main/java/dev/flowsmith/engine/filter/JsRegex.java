package dev.flowsmith.engine.filter;

import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code new RegExp(source)} without flags (engine.md §7.3 {@code _regex}): the JS pattern —
 * including the Annex B leniencies of non-unicode patterns (lone {@code ]} and {@code {}, legacy
 * octal escapes, {@code \c} and identity escapes) — is parsed and rewritten for java.util.regex, so
 * that {@code .}, {@code $}, {@code \s}, {@code \b} and escapes mean what they mean in JS. Invalid
 * patterns throw V8's SyntaxError. A backreference to a group that has not (yet) matched matches
 * the empty string, as in JS: every group ends with an empty marker group, and {@code \N} becomes
 * "group N, or nothing if its marker is unset". Surrogates are matched one code unit at a time
 * (see {@link RegexCharSet#SURROGATE_BASE}). Known differences, both rare in filters: captures
 * inside a repeated group are not reset at each repetition, and a lookbehind Java cannot size (one
 * holding a backreference) is refused with a plain Error that says so.
 */
final class JsRegex {

  /** A compiled pattern with JS {@code RegExp.prototype.test} semantics. */
  record Compiled(Pattern java) {
    boolean test(String input) {
      return java.matcher(RegexCharSet.mapSurrogates(input)).find();
    }
  }

  private static final char BACKREFERENCE = '\u0000'; // never emitted otherwise: literals are escaped

  private static final String WORD = "[A-Za-z0-9_]";
  private static final String WORD_BOUNDARY =
      "(?:(?<=" + WORD + ")(?!" + WORD + ")|(?<!" + WORD + ")(?=" + WORD + "))";
  private static final String NOT_WORD_BOUNDARY =
      "(?:(?<=" + WORD + ")(?=" + WORD + ")|(?<!" + WORD + ")(?!" + WORD + "))";

  private final String source;
  private final StringBuilder out = new StringBuilder();
  /** Group name to capture index, from the pre-scan, so that {@code \k<name>} may refer forward. */
  private final Map<String, Integer> groupNames = new HashMap<>();
  private final Set<String> definedNames = new HashSet<>();
  private final List<String> namedReferences = new ArrayList<>();
  private final boolean[] hasNamedGroups = new boolean[1];
  private final int captureCount;
  /** Java group number of each JS group and of the marker closing it (index 0 unused). */
  private final int[] javaGroup;
  private final int[] javaMarker;
  private final Deque<Integer> openGroups = new ArrayDeque<>();
  private int jsGroups;
  private int javaGroups;
  private int pos;

  private JsRegex(String source) {
    this.source = source;
    this.captureCount = RegexEscapes.scanCaptures(source, groupNames, hasNamedGroups);
    this.javaGroup = new int[captureCount + 1];
    this.javaMarker = new int[captureCount + 1];
  }

  /** The compiled equivalent of {@code new RegExp(source)}; throws a SyntaxError like V8's. */
  static Compiled compile(String source) {
    JsRegex parser = new JsRegex(source);
    parser.disjunction();
    if (parser.pos < source.length()) {
      throw parser.error("Unmatched ')'");
    }
    for (String name : parser.namedReferences) {
      if (!parser.groupNames.containsKey(name)) {
        throw parser.error("Invalid named capture referenced");
      }
    }
    try {
      return new Compiled(Pattern.compile(parser.javaSource()));
    } catch (PatternSyntaxException e) {
      throw new JsException(JsError.error("The regular expression /" + source + "/ cannot be evaluated"
          + " outside JavaScript: " + e.getDescription()));
    }
  }

  /** The emitted pattern with each backreference placeholder resolved to its Java groups. */
  private String javaSource() {
    StringBuilder java = new StringBuilder();
    int i = 0;
    for (int mark = out.indexOf(String.valueOf(BACKREFERENCE)); mark >= 0;
        mark = out.indexOf(String.valueOf(BACKREFERENCE), i)) {
      int close = out.indexOf(String.valueOf(BACKREFERENCE), mark + 1);
      int group = Integer.parseInt(out.substring(mark + 1, close));
      java.append(out, i, mark).append("(?:\\").append(javaGroup[group]).append("|(?!\\")
          .append(javaMarker[group]).append("))");
      i = close + 1;
    }
    return java.append(out, i, out.length()).toString();
  }

  private JsException error(String message) {
    return JsException.of("SyntaxError", "Invalid regular expression: /" + source + "/: " + message);
  }

  private boolean more() {
    return pos < source.length();
  }

  private char peek() {
    return source.charAt(pos);
  }

  private boolean lookingAt(String text) {
    return source.startsWith(text, pos);
  }

  private void disjunction() {
    alternative();
    while (more() && peek() == '|') {
      pos++;
      out.append('|');
      alternative();
    }
  }

  private void alternative() {
    while (more() && peek() != '|' && peek() != ')') {
      term();
    }
  }

  private void term() {
    char c = peek();
    switch (c) {
      case '^' -> assertion(1, "^");
      case '$' -> assertion(1, "\\z");
      case '*', '+', '?' -> throw error("Nothing to repeat");
      case '(' -> group();
      case '[' -> {
        RegexClassParser.Parsed parsed = RegexClassParser.parse(source, pos + 1, this::error);
        pos = parsed.end();
        out.append(parsed.java());
        quantifier();
      }
      case '.' -> {
        pos++;
        out.append(RegexCharSet.dot().toJava(false));
        quantifier();
      }
      case '\\' -> escape();
      case '{' -> {
        if (RegexQuantifier.read(source, pos) != null) {
          throw error("Nothing to repeat");
        }
        literal(c);
      }
      default -> literal(c);
    }
  }

  private void assertion(int length, String java) {
    pos += length;
    out.append(java);
  }

  private void literal(char c) {
    pos++;
    out.append(RegexCharSet.unit(c));
    quantifier();
  }

  private void group() {
    String java;
    boolean quantifiable = true;
    if (lookingAt("(?:") || lookingAt("(?=") || lookingAt("(?!")) {
      java = source.substring(pos, pos + 3);
      pos += 3;
    } else if (lookingAt("(?<=") || lookingAt("(?<!")) {
      java = source.substring(pos, pos + 4);
      pos += 4;
      quantifiable = false;
    } else if (lookingAt("(?<")) {
      String name = name(pos + 3);
      if (!definedNames.add(name)) {
        throw error("Duplicate capture group name");
      }
      java = "(";
    } else if (lookingAt("(?")) {
      throw error("Invalid group");
    } else {
      pos++;
      java = "(";
    }
    boolean capturing = java.equals("(");
    if (capturing) {
      javaGroup[++jsGroups] = ++javaGroups;
    }
    openGroups.push(capturing ? jsGroups : 0);
    out.append(java);
    disjunction();
    if (!more()) {
      throw error("Unterminated group");
    }
    pos++; // ')'
    int closed = openGroups.pop();
    if (closed > 0) {
      javaMarker[closed] = ++javaGroups;
      out.append("()"); // set only once the group has matched
    }
    out.append(')');
    if (quantifiable) {
      quantifier();
    } else if (more() && isQuantifierStart()) {
      throw error("Invalid quantifier"); // a lookbehind cannot be repeated
    }
  }

  /** The group name starting at {@code start}; moves past its {@code >}. */
  private String name(int start) {
    int[] end = new int[1];
    String name;
    try {
      name = RegexEscapes.groupName(source, start, end);
    } catch (RegexEscapes.BadNameEscape e) {
      throw error("Invalid Unicode escape");
    }
    if (name == null) {
      throw error("Invalid capture group name");
    }
    pos = end[0];
    return name;
  }

  private boolean isQuantifierStart() {
    char c = peek();
    return c == '*' || c == '+' || c == '?' || c == '{' && RegexQuantifier.read(source, pos) != null;
  }

  private void escape() {
    if (pos + 1 >= source.length()) {
      throw error("\\ at end of pattern");
    }
    char c = source.charAt(pos + 1);
    if (c == 'b' || c == 'B') {
      assertion(2, c == 'b' ? WORD_BOUNDARY : NOT_WORD_BOUNDARY);
      return;
    }
    if ("dDwWsS".indexOf(c) >= 0) {
      pos += 2;
      out.append(RegexCharSet.ofEscape(c).toJava(false));
    } else if (c >= '1' && c <= '9' && RegexEscapes.decimal(source, pos + 1) <= captureCount) {
      int index = RegexEscapes.decimal(source, pos + 1);
      pos += 1 + RegexEscapes.digits(source, pos + 1);
      backreference(index);
    } else if (c == '8' || c == '9') {
      pos += 2; // not a backreference: the digit itself
      out.append(RegexCharSet.unit(c));
    } else if (c == 'k' && hasNamedGroups[0]) {
      if (!source.startsWith("<", pos + 2)) {
        throw error("Invalid named reference");
      }
      String name = name(pos + 3);
      namedReferences.add(name);
      Integer index = groupNames.get(name);
      if (index != null) {
        backreference(index);
      }
    } else {
      int[] end = new int[1];
      int unit = RegexEscapes.characterEscape(source, pos + 1, false, end);
      pos = end[0];
      out.append(RegexCharSet.unit(unit));
    }
    quantifier();
  }

  private void backreference(int group) {
    out.append(BACKREFERENCE).append(group).append(BACKREFERENCE);
  }

  /** An optional quantifier after an atom, with its lazy {@code ?}. */
  private void quantifier() {
    if (!more()) {
      return;
    }
    char c = peek();
    if (c == '*' || c == '+' || c == '?') {
      pos++;
      out.append(c);
    } else if (c == '{') {
      RegexQuantifier braces = RegexQuantifier.read(source, pos);
      if (braces == null) {
        return;
      }
      if (braces.max() < braces.min()) {
        throw error("numbers out of order in {} quantifier");
      }
      pos = braces.end();
      out.append(braces.toJava());
    } else {
      return;
    }
    if (more() && peek() == '?') {
      pos++;
      out.append('?');
    }
  }
}
