package dev.flowsmith.app.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A small hand-written lexer for the code editors: one pass over the text marks each character
 * with a highlight class, then {@code {{ … }}} templates are laid over everything (they matter
 * inside strings most of all). Linear in the text, so a 2,000-line script stays responsive.
 */
public final class CodeLexer {

  /** The languages the option forms edit. */
  public enum Language {
    JSON, JAVASCRIPT
  }

  /** One run of characters {@code [start, end)} with the same highlight class. */
  public record Span(int start, int end, String styleClass) {}

  public static final String STRING = "code-string";
  public static final String KEY = "code-key";
  public static final String NUMBER = "code-number";
  public static final String KEYWORD = "code-keyword";
  public static final String PUNCTUATION = "code-punctuation";
  public static final String COMMENT = "code-comment";
  public static final String TEMPLATE = "code-template";

  private static final Set<String> JSON_KEYWORDS = Set.of("true", "false", "null");
  private static final Set<String> JS_KEYWORDS = Set.of("async", "await", "break", "case", "catch", "class",
      "const", "continue", "default", "delete", "do", "else", "export", "extends", "false", "finally", "for",
      "function", "if", "import", "in", "instanceof", "let", "module", "new", "null", "of", "return", "switch",
      "this", "throw", "true", "try", "typeof", "undefined", "var", "void", "while", "yield");

  private final String text;
  private final Language language;
  private final @Nullable String[] classes;

  private CodeLexer(String text, Language language) {
    this.text = text;
    this.language = language;
    this.classes = new String[text.length()];
  }

  /** The highlighted runs of {@code text}, in order; unhighlighted characters are in no span. */
  public static List<Span> spans(String text, Language language) {
    CodeLexer lexer = new CodeLexer(text, language);
    lexer.scan();
    lexer.markTemplates();
    return lexer.runs();
  }

  private void scan() {
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"' || language == Language.JAVASCRIPT && (c == '\'' || c == '`')) {
        int end = stringEnd(i, c);
        mark(i, end, language == Language.JSON && followedByColon(end) ? KEY : STRING);
        i = end;
      } else if (language == Language.JAVASCRIPT && text.startsWith("//", i)) {
        int end = lineEnd(i);
        mark(i, end, COMMENT);
        i = end;
      } else if (language == Language.JAVASCRIPT && text.startsWith("/*", i)) {
        int close = text.indexOf("*/", i + 2);
        int end = close < 0 ? text.length() : close + 2;
        mark(i, end, COMMENT);
        i = end;
      } else if (Character.isDigit(c) || c == '-' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))
          && language == Language.JSON) {
        int end = numberEnd(i + 1);
        mark(i, end, NUMBER);
        i = end;
      } else if (Character.isJavaIdentifierStart(c)) {
        int end = i + 1;
        while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
          end++;
        }
        Set<String> keywords = language == Language.JSON ? JSON_KEYWORDS : JS_KEYWORDS;
        if (keywords.contains(text.substring(i, end))) {
          mark(i, end, KEYWORD);
        }
        i = end;
      } else {
        if ("{}[],:".indexOf(c) >= 0) {
          mark(i, i + 1, PUNCTUATION);
        }
        i++;
      }
    }
  }

  /** The end (exclusive) of a string opened by {@code quote} at {@code start}; JSON and JS strings stop at a line end. */
  private int stringEnd(int start, char quote) {
    int i = start + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (c == quote) {
        return i + 1;
      }
      if (c == '\n' && quote != '`') {
        return i;
      }
      i++;
    }
    return text.length();
  }

  private boolean followedByColon(int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && text.charAt(i) == ':';
  }

  private int numberEnd(int from) {
    int i = from;
    while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '.'
        || (text.charAt(i) == '-' || text.charAt(i) == '+') && (text.charAt(i - 1) == 'e' || text.charAt(i - 1) == 'E'))) {
      i++;
    }
    return i;
  }

  private int lineEnd(int from) {
    int end = text.indexOf('\n', from);
    return end < 0 ? text.length() : end;
  }

  /** engine.md §5: {@code {{ path }}}; an unclosed one runs to the line end, as the user is typing it. */
  private void markTemplates() {
    int open = text.indexOf("{{");
    while (open >= 0) {
      int close = text.indexOf("}}", open + 2);
      int lineEnd = lineEnd(open);
      int end = close < 0 || close > lineEnd ? lineEnd : close + 2;
      mark(open, end, TEMPLATE);
      open = text.indexOf("{{", end);
    }
  }

  private void mark(int start, int end, String styleClass) {
    for (int i = start; i < end && i < classes.length; i++) {
      classes[i] = styleClass;
    }
  }

  private List<Span> runs() {
    List<Span> spans = new ArrayList<>();
    int i = 0;
    while (i < classes.length) {
      String styleClass = classes[i];
      int end = i + 1;
      while (end < classes.length && same(classes[end], styleClass)) {
        end++;
      }
      if (styleClass != null) {
        spans.add(new Span(i, end, styleClass));
      }
      i = end;
    }
    return spans;
  }

  private static boolean same(@Nullable String a, @Nullable String b) {
    return a == null ? b == null : a.equals(b);
  }
}
