package dev.flowsmith.engine.filter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A set of UTF-16 code units, as a JS character class matches them, written out as one flat
 * java.util.regex class of ranges (no nested classes, whose negation Java reads differently). JS escapes keep their ASCII meaning ({@code \d}, {@code \w}); {@code \s} is JS white
 * space, not Java's.
 */
final class RegexCharSet {

  private static final int MAX = 0xFFFF;
  private static final int[][] DIGITS = {{'0', '9'}};
  private static final int[][] WORD = {{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}};
  private static final int[][] SPACE = {{0x09, 0x0D}, {0x20, 0x20}, {0xA0, 0xA0}, {0x1680, 0x1680},
      {0x2000, 0x200A}, {0x2028, 0x2029}, {0x202F, 0x202F}, {0x205F, 0x205F}, {0x3000, 0x3000},
      {0xFEFF, 0xFEFF}};
  private static final int[][] LINE_TERMINATORS = {{0x0A, 0x0A}, {0x0D, 0x0D}, {0x2028, 0x2029}};

  private final List<int[]> ranges = new ArrayList<>();

  /** The set of a class escape letter (d, D, w, W, s, S). */
  static RegexCharSet ofEscape(char letter) {
    RegexCharSet set = new RegexCharSet();
    int[][] base = switch (Character.toLowerCase(letter)) {
      case 'd' -> DIGITS;
      case 'w' -> WORD;
      default -> SPACE;
    };
    for (int[] range : base) {
      set.add(range[0], range[1]);
    }
    return Character.isUpperCase(letter) ? set.complement() : set;
  }

  /** What {@code .} matches without the s flag: everything but line terminators. */
  static RegexCharSet dot() {
    RegexCharSet set = new RegexCharSet();
    for (int[] range : LINE_TERMINATORS) {
      set.add(range[0], range[1]);
    }
    return set.complement();
  }

  void add(int low, int high) {
    ranges.add(new int[] {low, high});
  }

  void addAll(RegexCharSet other) {
    ranges.addAll(other.ranges);
  }

  RegexCharSet complement() {
    RegexCharSet result = new RegexCharSet();
    int next = 0;
    for (int[] range : merged()) {
      if (range[0] > next) {
        result.add(next, range[0] - 1);
      }
      next = Math.max(next, range[1] + 1);
    }
    if (next <= MAX) {
      result.add(next, MAX);
    }
    return result;
  }

  /**
   * The Java form. Surrogate code units are written as their stand-ins in a private-use plane
   * (see {@link #SURROGATE_BASE}), so that a class sees one code unit at a time, as JS does.
   */
  String toJava(boolean negated) {
    List<int[]> merged = merged();
    if (merged.isEmpty()) {
      return negated ? "[\\x{0}-\\x{10FFFF}]" : "(?!)";
    }
    StringBuilder out = new StringBuilder(negated ? "[^" : "[");
    for (int[] range : merged) {
      for (int[] part : splitAtSurrogates(range[0], range[1])) {
        out.append(unit(part[0]));
        if (part[1] > part[0]) {
          out.append('-').append(unit(part[1]));
        }
      }
    }
    return out.append(']').toString();
  }

  /**
   * Where surrogate code units go: java.util.regex reads a surrogate pair as one character, JS as
   * two. The input and the pattern both move every surrogate unit to this base plus its offset
   * in D800-DFFF, a private-use range that cannot otherwise occur once the input is mapped.
   */
  static final int SURROGATE_BASE = 0xF0000;

  /** One code unit as a Java regex escape (surrogates as their stand-ins). */
  static String unit(int codeUnit) {
    if (codeUnit >= 0xD800 && codeUnit <= 0xDFFF) {
      return String.format("\\x{%X}", SURROGATE_BASE + codeUnit - 0xD800);
    }
    return String.format("\\u%04X", codeUnit);
  }

  /** The input as the pattern sees it: each surrogate code unit replaced by its stand-in. */
  static String mapSurrogates(String input) {
    int i = 0;
    while (i < input.length() && !Character.isSurrogate(input.charAt(i))) {
      i++;
    }
    if (i == input.length()) {
      return input;
    }
    StringBuilder mapped = new StringBuilder(input.length() + 16).append(input, 0, i);
    for (; i < input.length(); i++) {
      char c = input.charAt(i);
      if (Character.isSurrogate(c)) {
        mapped.appendCodePoint(SURROGATE_BASE + c - 0xD800);
      } else {
        mapped.append(c);
      }
    }
    return mapped.toString();
  }

  private static List<int[]> splitAtSurrogates(int low, int high) {
    List<int[]> parts = new ArrayList<>();
    int[][] bands = {{0, 0xD7FF}, {0xD800, 0xDFFF}, {0xE000, MAX}};
    for (int[] band : bands) {
      int from = Math.max(low, band[0]);
      int to = Math.min(high, band[1]);
      if (from <= to) {
        parts.add(new int[] {from, to});
      }
    }
    return parts;
  }

  private List<int[]> merged() {
    List<int[]> sorted = new ArrayList<>(ranges);
    sorted.sort(Comparator.comparingInt(r -> r[0]));
    List<int[]> merged = new ArrayList<>();
    for (int[] range : sorted) {
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && range[0] <= last[1] + 1) {
        last[1] = Math.max(last[1], range[1]);
      } else {
        merged.add(new int[] {range[0], range[1]});
      }
    }
    return merged;
  }
}
