package dev.flowsmith.engine.filter;

import java.time.ZoneId;

/**
 * {@code Date.parse} as V8 (Node, Directus' runtime) does it: the ES date-time string format
 * first (date-only forms are UTC, date-time forms without an offset are local time), then V8's
 * legacy fallback that also reads {@code "2024/01/15"}, {@code "Jan 5 2024 10:00 GMT+0100"},
 * {@code "1.2.2024"} and the output of {@code Date.prototype.toString}. The tokens and their
 * composition are in {@link DateTokens} and {@link DateFields}; this class is the grammar.
 */
final class JsDateParser {

  private final DateTokens scanner;
  private final DateFields.Day day = new DateFields.Day();
  private final DateFields.Time time = new DateFields.Time();
  private final DateFields.Zone zone = new DateFields.Zone();

  private JsDateParser(String text) {
    this.scanner = new DateTokens(text);
  }

  /** The time value of {@code text}, or NaN when V8 would give an Invalid Date. */
  static double parse(String text, ZoneId localZone) {
    JsDateParser parser = new JsDateParser(text);
    if (!parser.parse()) {
      return Double.NaN;
    }
    return parser.compose(localZone);
  }

  private boolean parse() {
    DateTokens.Token next = parseIsoPrefix();
    if (next.isInvalid()) {
      return false;
    }
    return parseLegacy(next);
  }

  /**
   * The ES format {@code [+-YY]YYYY[-MM[-DD]][THH:mm[:ss[.sss]][Z|+hh:mm|+hhmm]]}. Returns the
   * first token it could not use (the legacy grammar goes on from there), end of input when the
   * whole string matched, or an invalid token for a malformed time part.
   */
  private DateTokens.Token parseIsoPrefix() {
    if (scanner.peek().isSign()) {
      DateTokens.Token sign = scanner.next();
      if (!scanner.peek().isNumber(6)) {
        return sign;
      }
      int year = scanner.next().value();
      if (sign.sign() < 0 && year == 0) {
        return sign; // -000000 is not a year
      }
      day.add(sign.sign() * year);
    } else if (scanner.peek().isNumber(4)) {
      day.add(scanner.next().value());
    } else {
      return scanner.next();
    }
    if (scanner.skipSymbol('-')) {
      if (!scanner.peek().isNumber(2) || !DateFields.isMonth(scanner.peek().value())) {
        return scanner.next();
      }
      day.add(scanner.next().value());
      if (scanner.skipSymbol('-')) {
        if (!scanner.peek().isNumber(2) || !DateFields.isDay(scanner.peek().value())) {
          return scanner.next();
        }
        day.add(scanner.next().value());
      }
    }
    if (!scanner.peek().isKeyword(DateTokens.TIME_SEPARATOR)) {
      if (!scanner.peek().isEnd()) {
        return scanner.next();
      }
    } else if (!parseIsoTime()) {
      return DateTokens.Token.INVALID;
    }
    if (zone.isEmpty() && time.isEmpty()) {
      zone.setHours(0); // a date-only form is UTC
    }
    day.markIso();
    return DateTokens.Token.END;
  }

  private boolean parseIsoTime() {
    scanner.next(); // the T
    if (!scanner.peek().isNumber(2) || scanner.peek().value() > 24) {
      return false;
    }
    boolean hour24 = scanner.peek().value() == 24;
    time.add(scanner.next().value());
    if (!scanner.skipSymbol(':') || !isoPart(DateFields.isMinute(scanner.peek().value()), hour24)) {
      return false;
    }
    time.add(scanner.next().value());
    if (scanner.skipSymbol(':')) {
      if (!isoPart(DateFields.isSecond(scanner.peek().value()), hour24)) {
        return false;
      }
      time.add(scanner.next().value());
      if (scanner.skipSymbol('.')) {
        if (!scanner.peek().isNumber() || hour24 && scanner.peek().value() > 0) {
          return false;
        }
        time.add(scanner.next().milliseconds());
      }
    }
    if (scanner.peek().isKeywordZ()) {
      scanner.next();
      zone.setHours(0);
    } else if (scanner.peek().isSign()) {
      zone.setSign(scanner.next().sign());
      if (scanner.peek().isNumber(4)) {
        int hourMinute = scanner.next().value();
        if (!DateFields.isHour(hourMinute / 100) || !DateFields.isMinute(hourMinute % 100)) {
          return false;
        }
        zone.setAbsoluteHour(hourMinute / 100);
        zone.setAbsoluteMinute(hourMinute % 100);
      } else {
        if (!scanner.peek().isNumber(2) || !DateFields.isHour(scanner.peek().value())) {
          return false;
        }
        zone.setAbsoluteHour(scanner.next().value());
        if (!scanner.skipSymbol(':') || !scanner.peek().isNumber(2)
            || !DateFields.isMinute(scanner.peek().value())) {
          return false;
        }
        zone.setAbsoluteMinute(scanner.next().value());
      }
    }
    return scanner.peek().isEnd();
  }

  private boolean isoPart(boolean inRange, boolean hour24) {
    return scanner.peek().isNumber(2) && inRange && !(hour24 && scanner.peek().value() > 0);
  }

  /** V8's legacy grammar over the remaining tokens. */
  private boolean parseLegacy(DateTokens.Token first) {
    boolean hasReadNumber = !day.isEmpty();
    for (DateTokens.Token token = first; !token.isEnd(); token = scanner.next()) {
      if (token.isNumber()) {
        hasReadNumber = true;
        if (!legacyNumber(token.value())) {
          return false;
        }
      } else if (token.isKeyword()) {
        if (token.keywordType() == DateTokens.AM_PM && !time.isEmpty()) {
          time.setHourOffset(token.value());
        } else if (token.keywordType() == DateTokens.MONTH_NAME) {
          day.setNamedMonth(token.value());
          scanner.skipSymbol('-');
        } else if (token.keywordType() == DateTokens.TIME_ZONE_NAME && hasReadNumber) {
          zone.setHours(token.value());
        } else if (hasReadNumber || scanner.peek().isNumber()) {
          return false; // a stray word after a number, or glued to one
        }
      } else if (token.isSign() && (zone.isUtc() || !time.isEmpty())) {
        hasReadNumber = true;
        if (!legacyOffset(token.sign())) {
          return false;
        }
      } else if ((token.isSign() || token.isSymbol(')')) && hasReadNumber) {
        return false;
      }
      // anything else (white space, punctuation, parenthesised comments) is skipped
    }
    return true;
  }

  private boolean legacyNumber(int n) {
    if (scanner.skipSymbol(':')) {
      if (scanner.skipSymbol(':')) {
        if (!time.isEmpty()) {
          return false;
        }
        time.add(n);
        time.add(0);
      } else {
        if (!time.add(n)) {
          return false;
        }
        if (scanner.peek().isSymbol('.')) {
          scanner.next();
        }
      }
    } else if (scanner.skipSymbol('.') && time.isExpecting(n)) {
      time.add(n);
      if (!scanner.peek().isNumber()) {
        return false;
      }
      int millis = scanner.next().milliseconds();
      if (millis < 0) {
        return false;
      }
      time.addFinal(millis);
    } else if (zone.isExpecting(n)) {
      zone.setAbsoluteMinute(n);
    } else if (time.isExpecting(n)) {
      time.addFinal(n);
      DateTokens.Token peek = scanner.peek();
      return peek.isEnd() || peek.isWhiteSpace() || peek.isKeywordZ() || peek.isSign();
    } else {
      if (!day.add(n)) {
        return false;
      }
      scanner.skipSymbol('-');
    }
    return true;
  }

  private boolean legacyOffset(int sign) {
    zone.setSign(sign);
    int n = 0;
    int length = 0;
    if (scanner.peek().isNumber()) {
      DateTokens.Token number = scanner.next();
      length = number.length();
      n = number.value();
    }
    if (scanner.peek().isSymbol(':')) {
      zone.setAbsoluteHour(n);
      zone.setAbsoluteMinute(DateFields.NONE);
    } else if (length == 1 || length == 2) {
      zone.setAbsoluteHour(n);
      zone.setAbsoluteMinute(0);
    } else if (length == 3 || length == 4) {
      zone.setAbsoluteHour(n / 100);
      zone.setAbsoluteMinute(n % 100);
    } else {
      return false;
    }
    return true;
  }

  private double compose(ZoneId localZone) {
    int[] date = day.write();
    int[] clock = time.write();
    if (date == null || clock == null) {
      return Double.NaN;
    }
    double value = JsDates.makeDate(JsDates.makeDay(date[0], date[1], date[2]),
        JsDates.makeTime(clock[0], clock[1], clock[2], clock[3]));
    Double offsetSeconds = zone.write();
    if (offsetSeconds == null) {
      return JsDates.localToUtc(value, localZone);
    }
    return value - offsetSeconds * 1000;
  }
}
