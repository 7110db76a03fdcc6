package dev.flowsmith.engine.filter;

import dev.flowsmith.engine.value.JsException;
import java.util.function.Function;

/**
 * A JS character class {@code [...]} without the u flag: {@code []} matches nothing,
 * {@code [^]} anything, {@code [} and {@code &&} are literals, {@code \b} is a backspace, and a
 * range with a class escape at either end ({@code [\d-z]}) is just its three parts (Annex B).
 */
final class RegexClassParser {

  /** The Java class and the index just after the closing {@code ]}. */
  record Parsed(String java, int end) {}

  private final String source;
  private final Function<String, JsException> error;
  private int pos;

  private RegexClassParser(String source, int pos, Function<String, JsException> error) {
    this.source = source;
    this.pos = pos;
    this.error = error;
  }

  /** Parses the class whose {@code [} is just before {@code start}. */
  static Parsed parse(String source, int start, Function<String, JsException> error) {
    RegexClassParser parser = new RegexClassParser(source, start, error);
    boolean negated = parser.more() && parser.peek() == '^';
    if (negated) {
      parser.pos++;
    }
    RegexCharSet set = parser.members();
    return new Parsed(set.toJava(negated), parser.pos);
  }

  private boolean more() {
    return pos < source.length();
  }

  private char peek() {
    return source.charAt(pos);
  }

  private RegexCharSet members() {
    RegexCharSet set = new RegexCharSet();
    while (more() && peek() != ']') {
      RegexCharSet firstSet = new RegexCharSet();
      int first = atom(firstSet);
      if (more() && peek() == '-') {
        pos++;
        if (!more()) {
          break;
        }
        if (peek() == ']') {
          add(set, first, firstSet);
          set.add('-', '-');
          break;
        }
        RegexCharSet secondSet = new RegexCharSet();
        int second = atom(secondSet);
        if (first < 0 || second < 0) {
          add(set, first, firstSet);
          set.add('-', '-');
          add(set, second, secondSet);
          continue;
        }
        if (first > second) {
          throw error.apply("Range out of order in character class");
        }
        set.add(first, second);
      } else {
        add(set, first, firstSet);
      }
    }
    if (!more()) {
      throw error.apply("Unterminated character class");
    }
    pos++; // ']'
    return set;
  }

  private static void add(RegexCharSet set, int unit, RegexCharSet escapeSet) {
    if (unit < 0) {
      set.addAll(escapeSet);
    } else {
      set.add(unit, unit);
    }
  }

  /** One class atom: its code unit, or -1 with {@code escapeSet} filled for {@code \d}-style escapes. */
  private int atom(RegexCharSet escapeSet) {
    char c = peek();
    if (c != '\\') {
      pos++;
      return c;
    }
    if (pos + 1 >= source.length()) {
      throw error.apply("\\ at end of pattern");
    }
    char letter = source.charAt(pos + 1);
    if (letter == 'b') {
      pos += 2;
      return '\b';
    }
    if ("dDwWsS".indexOf(letter) >= 0) {
      pos += 2;
      escapeSet.addAll(RegexCharSet.ofEscape(letter));
      return -1;
    }
    int[] end = new int[1];
    int unit = RegexEscapes.characterEscape(source, pos + 1, true, end);
    pos = end[0]; // a \c without a control letter leaves the c to be read as the next atom
    return unit;
  }
}
