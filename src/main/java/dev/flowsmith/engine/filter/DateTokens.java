package dev.flowsmith.engine.filter;

import dev.flowsmith.engine.value.JsStrings;

/**
 * The tokenizer of V8's date parser: unsigned numbers (at most nine significant digits are kept,
 * the length counts them all), the symbols {@code : - + . )}, single white-space characters,
 * words (matched on their first three letters against month names, am/pm, time-zone names and
 * {@code T}), and parenthesised comments, which are skipped.
 */
final class DateTokens {

  static final int UNKNOWN_WORD = 0;
  static final int MONTH_NAME = 1;
  static final int TIME_ZONE_NAME = 2;
  static final int TIME_SEPARATOR = 3;
  static final int AM_PM = 4;

  private static final int MAX_SIGNIFICANT_DIGITS = 9;
  /** Three-letter prefix, keyword type, value; a longer word matches only a month name. */
  private static final Object[][] KEYWORDS = {
      {"jan", MONTH_NAME, 1}, {"feb", MONTH_NAME, 2}, {"mar", MONTH_NAME, 3}, {"apr", MONTH_NAME, 4},
      {"may", MONTH_NAME, 5}, {"jun", MONTH_NAME, 6}, {"jul", MONTH_NAME, 7}, {"aug", MONTH_NAME, 8},
      {"sep", MONTH_NAME, 9}, {"oct", MONTH_NAME, 10}, {"nov", MONTH_NAME, 11}, {"dec", MONTH_NAME, 12},
      {"am\0", AM_PM, 0}, {"pm\0", AM_PM, 12}, {"ut\0", TIME_ZONE_NAME, 0}, {"utc", TIME_ZONE_NAME, 0},
      {"z\0\0", TIME_ZONE_NAME, 0}, {"gmt", TIME_ZONE_NAME, 0}, {"cdt", TIME_ZONE_NAME, -5},
      {"cst", TIME_ZONE_NAME, -6}, {"edt", TIME_ZONE_NAME, -4}, {"est", TIME_ZONE_NAME, -5},
      {"mdt", TIME_ZONE_NAME, -6}, {"mst", TIME_ZONE_NAME, -7}, {"pdt", TIME_ZONE_NAME, -7},
      {"pst", TIME_ZONE_NAME, -8}, {"t\0\0", TIME_SEPARATOR, 0},
  };

  enum Kind { NUMBER, SYMBOL, WHITE_SPACE, KEYWORD, UNKNOWN, END, INVALID }

  /** One token; {@code value} is the number, the symbol's char, or the keyword's value. */
  record Token(Kind kind, int value, int length, int keywordType) {

    static final Token END = new Token(Kind.END, 0, 0, 0);
    static final Token INVALID = new Token(Kind.INVALID, 0, 0, 0);

    boolean isNumber() {
      return kind == Kind.NUMBER;
    }

    boolean isNumber(int digits) {
      return kind == Kind.NUMBER && length == digits;
    }

    boolean isSymbol(char symbol) {
      return kind == Kind.SYMBOL && value == symbol;
    }

    boolean isSign() {
      return isSymbol('+') || isSymbol('-');
    }

    int sign() {
      return value == '-' ? -1 : 1;
    }

    boolean isKeyword() {
      return kind == Kind.KEYWORD;
    }

    boolean isKeyword(int type) {
      return kind == Kind.KEYWORD && keywordType == type;
    }

    boolean isKeywordZ() {
      return isKeyword(TIME_ZONE_NAME) && length == 1 && value == 0;
    }

    boolean isWhiteSpace() {
      return kind == Kind.WHITE_SPACE;
    }

    boolean isEnd() {
      return kind == Kind.END;
    }

    boolean isInvalid() {
      return kind == Kind.INVALID;
    }

    /** The first three significant digits of a fraction, scaled to milliseconds. */
    int milliseconds() {
      int n = value;
      int digits = length;
      if (digits == 1) {
        return n * 100;
      }
      if (digits == 2) {
        return n * 10;
      }
      for (digits = Math.min(digits, MAX_SIGNIFICANT_DIGITS); digits > 3; digits--) {
        n /= 10;
      }
      return n;
    }
  }

  private final String text;
  private int position;
  private Token next;

  DateTokens(String text) {
    this.text = text;
    this.next = scan();
  }

  Token peek() {
    return next;
  }

  Token next() {
    Token current = next;
    next = scan();
    return current;
  }

  boolean skipSymbol(char symbol) {
    if (next.isSymbol(symbol)) {
      next = scan();
      return true;
    }
    return false;
  }

  private char ch() {
    return position < text.length() ? text.charAt(position) : 0;
  }

  private Token scan() {
    if (position >= text.length()) {
      return Token.END;
    }
    int start = position;
    char c = ch();
    if (c >= '0' && c <= '9') {
      return number(start);
    }
    if (c == ':' || c == '-' || c == '+' || c == '.' || c == ')') {
      position++;
      return new Token(Kind.SYMBOL, c, 1, 0);
    }
    if (c >= 'A' && !JsStrings.isWhitespace(c)) {
      return word(start);
    }
    position++;
    if (JsStrings.isWhitespace(c)) {
      return new Token(Kind.WHITE_SPACE, 0, 1, 0);
    }
    if (c == '(') {
      for (int balance = 1; balance > 0 && position < text.length(); position++) {
        char inner = text.charAt(position);
        balance += inner == '(' ? 1 : inner == ')' ? -1 : 0;
      }
    }
    return new Token(Kind.UNKNOWN, c, 1, 0);
  }

  private Token number(int start) {
    while (ch() == '0') {
      position++;
    }
    int n = 0;
    for (int digits = 0; ch() >= '0' && ch() <= '9'; digits++, position++) {
      if (digits < MAX_SIGNIFICANT_DIGITS) {
        n = n * 10 + ch() - '0';
      }
    }
    return new Token(Kind.NUMBER, n, position - start, 0);
  }

  private Token word(int start) {
    char[] prefix = {0, 0, 0};
    for (int i = 0; ch() >= 'A' && !JsStrings.isWhitespace(ch()); i++, position++) {
      if (i < 3) {
        prefix[i] = (char) (ch() | 0x20);
      }
    }
    int length = position - start;
    String key = new String(prefix);
    for (Object[] keyword : KEYWORDS) {
      int type = (int) keyword[1];
      if (keyword[0].equals(key) && (length <= 3 || type == MONTH_NAME)) {
        return new Token(Kind.KEYWORD, (int) keyword[2], length, type);
      }
    }
    return new Token(Kind.KEYWORD, 0, length, UNKNOWN_WORD);
  }
}
