package dev.flowsmith.engine.filter;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Pieces of JS pattern syntax shared by atoms and character classes: the capture pre-scan, group
 * names, decimal escapes and character escapes with their Annex B meanings.
 */
final class RegexEscapes {

  /** V8 never reads a backreference number above this. */
  private static final int MAX_CAPTURES = 1 << 16;

  private RegexEscapes() {}

  /**
   * V8's pre-scan: the number of capturing groups in the whole pattern (so {@code \2} can refer
   * forward), and the index of each valid group name; {@code hasNamed[0]} tells whether any
   * {@code (?<name>} group exists, valid name or not.
   */
  static int scanCaptures(String source, Map<String, Integer> names, boolean[] hasNamed) {
    int count = 0;
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        for (i++; i < source.length() && source.charAt(i) != ']'; i++) {
          if (source.charAt(i) == '\\') {
            i++;
          }
        }
      } else if (c == '(') {
        if (source.startsWith("?", i + 1)) {
          if (!source.startsWith("?<", i + 1) || source.startsWith("?<=", i + 1)
              || source.startsWith("?<!", i + 1)) {
            continue;
          }
          hasNamed[0] = true;
          count++;
          try {
            String name = groupName(source, i + 3, new int[1]);
            if (name != null) {
              names.putIfAbsent(name, count);
            }
          } catch (BadNameEscape e) {
            // the main parse reports it
          }
          continue;
        }
        count++;
      }
    }
    return count;
  }

  /**
   * A group name starting at {@code start} and ending with {@code >}; {@code end[0]} is set past
   * the {@code >}. Returns null for an invalid name; a broken {@code \\u} escape in it throws
   * {@link BadNameEscape}.
   */
  static @Nullable String groupName(String source, int start, int[] end) {
    StringBuilder name = new StringBuilder();
    int pos = start;
    while (true) {
      if (pos >= source.length()) {
        return null;
      }
      int c = source.charAt(pos++);
      if (c == '\\' && source.startsWith("u", pos)) {
        int unit = hex(source, pos + 1, 4);
        if (unit < 0) {
          throw new BadNameEscape();
        }
        c = unit;
        pos += 5;
      } else if (c == '>' && name.length() > 0) {
        end[0] = pos;
        return name.toString();
      }
      boolean valid = name.length() == 0
          ? c == '$' || c == '_' || Character.isUnicodeIdentifierStart(c)
          : c == '$' || c == 0x200C || c == 0x200D
              || Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
      if (!valid || c == '\\') {
        return null;
      }
      name.append((char) c);
    }
  }

  /** The value of the digit run at {@code pos}, or a value above any group count if too long. */
  static int decimal(String source, int pos) {
    int value = 0;
    for (int i = pos; i < source.length() && source.charAt(i) >= '0' && source.charAt(i) <= '9'; i++) {
      value = value * 10 + source.charAt(i) - '0';
      if (value > MAX_CAPTURES) {
        return Integer.MAX_VALUE;
      }
    }
    return value;
  }

  /** The number of digits in the run at {@code pos}. */
  static int digits(String source, int pos) {
    int i = pos;
    while (i < source.length() && source.charAt(i) >= '0' && source.charAt(i) <= '9') {
      i++;
    }
    return i - pos;
  }

  /**
   * The code unit of the escape whose letter is at {@code pos} (just after the backslash);
   * {@code end[0]} is set past what was read. A {@code \c} without a control letter reads as a
   * lone backslash ({@code end[0] == pos}); unknown letters stand for themselves.
   */
  static int characterEscape(String source, int pos, boolean inClass, int[] end) {
    char c = source.charAt(pos);
    end[0] = pos + 1;
    switch (c) {
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'v':
        return 0x0B;
      case 'c': {
        char letter = pos + 1 < source.length() ? source.charAt(pos + 1) : 0;
        int upper = letter & ~0x20;
        boolean control = upper >= 'A' && upper <= 'Z'
            || inClass && (letter >= '0' && letter <= '9' || letter == '_');
        end[0] = control ? pos + 2 : pos;
        return control ? letter & 0x1F : '\\';
      }
      case 'x':
      case 'u': {
        int length = c == 'x' ? 2 : 4;
        int unit = hex(source, pos + 1, length);
        if (unit >= 0) {
          end[0] = pos + 1 + length;
          return unit;
        }
        return c;
      }
      default:
        if (c >= '0' && c <= '7') {
          return octal(source, pos, end);
        }
        return c;
    }
  }

  /** V8's legacy octal escape: a first digit 0-3 takes up to two more octal digits, 4-7 none. */
  private static int octal(String source, int pos, int[] end) {
    int value = source.charAt(pos) - '0';
    int i = pos + 1;
    if (value < 4 && isOctal(source, i)) {
      value = value * 8 + source.charAt(i++) - '0';
      if (isOctal(source, i)) {
        value = value * 8 + source.charAt(i++) - '0';
      }
    }
    end[0] = i;
    return value;
  }

  private static boolean isOctal(String source, int i) {
    return i < source.length() && source.charAt(i) >= '0' && source.charAt(i) <= '7';
  }

  private static int hex(String source, int pos, int length) {
    if (pos + length > source.length()) {
      return -1;
    }
    int value = 0;
    for (int i = pos; i < pos + length; i++) {
      char c = source.charAt(i);
      int digit = c >= '0' && c <= '9' ? c - '0'
          : c >= 'a' && c <= 'f' ? c - 'a' + 10
          : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (digit < 0) {
        return -1;
      }
      value = value * 16 + digit;
    }
    return value;
  }

  /** A {@code \\u} escape in a group name without four hex digits. */
  static final class BadNameEscape extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadNameEscape() {
      super(null, null, false, false);
    }
  }
}
