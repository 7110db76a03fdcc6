package dev.flowsmith.engine.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * JSON text to {@link JsValue} with the {@code SyntaxError} messages of V8's {@code JSON.parse}
 * as Node 22 words them (engine.md §5.5): {@code Unexpected token 'H', "Hello" is not valid JSON},
 * {@code Unexpected end of JSON input}, {@code Expected property name or '}' in JSON at position 1
 * (line 1 column 2)}. Keys named {@code __proto__} are dropped, as Directus' parseJSON does.
 */
final class JsJsonParser {

  /**
   * Deeper nesting is refused with RangeError (V8 parses it; nothing in a flow is this deep, and
   * the recursive walkers of the engine stay far from a stack overflow). Same limit as JsonText.
   */
  static final int MAX_DEPTH = 500;
  /** V8 quotes the whole text up to this length, else 10 characters either side. */
  private static final int CONTEXT = 10;
  /** Texts V8 names as a whole instead of pointing at a character. */
  private static final Set<String> SPECIAL_TEXTS = Set.of("NaN", "Infinity", "undefined", "[object Object]");

  private final String text;
  private int pos;
  private int depth;

  private JsJsonParser(String text) {
    this.text = text;
  }

  static JsValue parse(String text) {
    JsJsonParser parser = new JsJsonParser(text);
    JsValue value = parser.value();
    parser.skipWhitespace();
    if (parser.pos < text.length()) {
      throw parser.located("Unexpected non-whitespace character after JSON");
    }
    return value;
  }

  private JsValue value() {
    skipWhitespace();
    if (pos >= text.length()) {
      throw unexpectedToken();
    }
    char c = text.charAt(pos);
    if (c == '"') {
      return JsValue.of(string());
    }
    if (c == '-' || c >= '0' && c <= '9') {
      return number();
    }
    return switch (c) {
      case '{' -> nested(true);
      case '[' -> nested(false);
      case 't' -> literal("true", JsValue.TRUE);
      case 'f' -> literal("false", JsValue.FALSE);
      case 'n' -> literal("null", JsValue.NULL);
      default -> throw unexpectedToken();
    };
  }

  private JsValue nested(boolean object) {
    if (++depth > MAX_DEPTH) {
      throw JsException.of("RangeError", "Maximum call stack size exceeded");
    }
    pos++;
    JsValue result = object ? object() : array();
    depth--;
    return result;
  }

  private JsValue object() {
    JsObject.Builder members = JsObject.builder();
    skipWhitespace();
    if (peek() == '}') {
      pos++;
      return members.build();
    }
    String expectKey = "Expected property name or '}'";
    while (true) {
      skipWhitespace();
      if (peek() != '"') {
        throw error(expectKey);
      }
      String key = string();
      skipWhitespace();
      if (peek() != ':') {
        throw error("Expected ':' after property name");
      }
      pos++;
      JsValue member = value();
      if (!key.equals("__proto__")) {
        members.put(key, member);
      }
      skipWhitespace();
      char next = peek();
      pos++;
      if (next == '}') {
        return members.build();
      }
      if (next != ',') {
        pos--;
        throw error("Expected ',' or '}' after property value");
      }
      expectKey = "Expected double-quoted property name";
    }
  }

  private JsValue array() {
    List<JsValue> elements = new ArrayList<>();
    skipWhitespace();
    if (peek() == ']') {
      pos++;
      return new JsArray(elements);
    }
    while (true) {
      elements.add(value());
      skipWhitespace();
      char next = peek();
      pos++;
      if (next == ']') {
        return new JsArray(elements);
      }
      if (next != ',') {
        pos--;
        throw error("Expected ',' or ']' after array element");
      }
    }
  }

  private JsValue literal(String word, JsValue value) {
    for (int i = 0; i < word.length(); i++, pos++) {
      if (pos >= text.length() || text.charAt(pos) != word.charAt(i)) {
        throw unexpectedToken();
      }
    }
    return value;
  }

  private JsValue number() {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
      if (isDigit(peek())) {
        throw error("Unexpected number");
      }
    } else if (isDigit(peek())) {
      skipDigits();
    } else {
      throw error("No number after minus sign");
    }
    if (peek() == '.') {
      pos++;
      if (!isDigit(peek())) {
        throw error("Unterminated fractional number");
      }
      skipDigits();
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      if (!isDigit(peek())) {
        throw error("Exponent part is missing a number");
      }
      skipDigits();
    }
    return JsValue.of(Double.parseDouble(text.substring(start, pos)));
  }

  private String string() {
    StringBuilder out = new StringBuilder();
    pos++; // opening quote
    while (true) {
      if (pos >= text.length()) {
        throw error("Unterminated string");
      }
      char c = text.charAt(pos);
      if (c == '"') {
        pos++;
        return out.toString();
      }
      if (c < 0x20) {
        throw error("Bad control character in string literal");
      }
      if (c != '\\') {
        out.append(c);
        pos++;
        continue;
      }
      pos++;
      if (pos >= text.length()) {
        throw unexpectedToken();
      }
      char escape = text.charAt(pos);
      switch (escape) {
        case '"', '\\', '/' -> out.append(escape);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          int code = 0;
          for (int i = 0; i < 4; i++) {
            pos++;
            int digit = pos < text.length() ? Character.digit(text.charAt(pos), 16) : -1;
            if (digit < 0) {
              throw error("Bad Unicode escape");
            }
            code = code * 16 + digit;
          }
          out.append((char) code);
        }
        default -> throw error("Bad escaped character");
      }
      pos++;
    }
  }

  private void skipDigits() {
    while (isDigit(peek())) {
      pos++;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The character at the cursor, or NUL past the end (NUL is never valid where it is tested). */
  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private void skipWhitespace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private JsException error(String what) {
    return located(what + " in JSON");
  }

  /** A message with the position, and the line and column Node 22 adds. */
  private JsException located(String what) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < pos && i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < pos && text.charAt(i + 1) == '\n') {
        i++;
      }
      if (c == '\r' || c == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = pos - lineStart + 1;
    return JsException.of("SyntaxError",
        what + " at position " + pos + " (line " + line + " column " + column + ")");
  }

  /** V8's message for a character that cannot start or continue a value here. */
  private JsException unexpectedToken() {
    if (pos >= text.length()) {
      return JsException.of("SyntaxError", "Unexpected end of JSON input");
    }
    if (SPECIAL_TEXTS.contains(text)) {
      return JsException.of("SyntaxError", "\"" + text + "\" is not valid JSON");
    }
    String token = "Unexpected token '" + text.charAt(pos) + "', ";
    int length = text.length();
    String quoted;
    if (length <= 2 * CONTEXT + 1) {
      quoted = "\"" + text + "\"";
    } else if (pos < CONTEXT) {
      quoted = "\"" + text.substring(0, pos + CONTEXT) + "\"...";
    } else if (pos < length - CONTEXT) {
      quoted = "...\"" + text.substring(pos - CONTEXT, pos + CONTEXT) + "\"...";
    } else {
      quoted = "...\"" + text.substring(pos - CONTEXT) + "\"";
    }
    return JsException.of("SyntaxError", token + quoted + " is not valid JSON");
  }
}
