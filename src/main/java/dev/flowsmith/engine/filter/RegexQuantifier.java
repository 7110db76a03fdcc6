package dev.flowsmith.engine.filter;

import org.jspecify.annotations.Nullable;

/**
 * A braced quantifier {@code {n}}, {@code {n,}}, {@code {n,m}} as V8 reads it: numbers past
 * 2^31-1 mean "unbounded", and anything else starting with {@code {} is a literal brace.
 *
 * @param end the index just after the closing brace
 */
record RegexQuantifier(int min, int max, int end) {

  static final int INFINITY = Integer.MAX_VALUE;

  /** The quantifier at {@code start} (a {@code {}), or null if the brace is a literal. */
  static @Nullable RegexQuantifier read(String source, int start) {
    int pos = start + 1;
    int minEnd = digitsEnd(source, pos);
    if (minEnd == pos) {
      return null;
    }
    int min = value(source, pos, minEnd);
    pos = minEnd;
    if (pos < source.length() && source.charAt(pos) == '}') {
      return new RegexQuantifier(min, min, pos + 1);
    }
    if (pos >= source.length() || source.charAt(pos) != ',') {
      return null;
    }
    pos++;
    if (pos < source.length() && source.charAt(pos) == '}') {
      return new RegexQuantifier(min, INFINITY, pos + 1);
    }
    int maxEnd = digitsEnd(source, pos);
    if (maxEnd == pos || maxEnd >= source.length() || source.charAt(maxEnd) != '}') {
      return null;
    }
    return new RegexQuantifier(min, value(source, pos, maxEnd), maxEnd + 1);
  }

  String toJava() {
    if (max == INFINITY) {
      return "{" + min + ",}";
    }
    return min == max ? "{" + min + "}" : "{" + min + "," + max + "}";
  }

  private static int digitsEnd(String source, int pos) {
    while (pos < source.length() && source.charAt(pos) >= '0' && source.charAt(pos) <= '9') {
      pos++;
    }
    return pos;
  }

  private static int value(String source, int from, int to) {
    long value = 0;
    for (int i = from; i < to; i++) {
      value = Math.min(value * 10 + source.charAt(i) - '0', INFINITY);
    }
    return (int) value;
  }
}
