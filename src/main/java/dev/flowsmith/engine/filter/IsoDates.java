package dev.flowsmith.engine.filter;

import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * date-fns 4 {@code parseISO} (what filter functions like {@code year(date)} read their field
 * with, engine.md §7.2): calendar, ordinal and week dates, basic and extended forms, fractional
 * last time unit, {@code Z}/±hh[:mm] offsets; no offset means local time. Anything else is an
 * invalid date (NaN).
 */
final class IsoDates {

  private static final Pattern YEAR = Pattern.compile("^(?:([0-9]{4}|[+-][0-9]{6})|([0-9]{2}|[+-][0-9]{4})\\z)");
  private static final Pattern DATE =
      Pattern.compile("-?(?:([0-9]{3})|([0-9]{2})(?:-?([0-9]{2}))?|W([0-9]{2})(?:-?([0-9]))?|)");
  private static final Pattern TIME = Pattern.compile(
      "([0-9]{2}(?:[.,][0-9]*)?)(?::?([0-9]{2}(?:[.,][0-9]*)?))?(?::?([0-9]{2}(?:[.,][0-9]*)?))?");
  private static final Pattern ZONE_TOKEN = Pattern.compile("([Z+-][^\\n\\r\\u2028\\u2029]*)\\z");
  private static final Pattern ZONE = Pattern.compile("([+-])([0-9]{2})(?::?([0-9]{2}))?");
  private static final int[] DAYS_IN_MONTH = {31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  private IsoDates() {}

  /** The time value of {@code text}, or NaN. */
  static double parse(String text, ZoneId zone) {
    String date = null;
    String time = null;
    String offset = null;
    String[] parts = text.split("[T ]", -1);
    if (parts.length <= 2) {
      String timeText = null;
      if (!parts[0].contains(":")) {
        date = parts[0];
        timeText = parts.length > 1 ? parts[1] : null;
        if (date.matches("(?s).*[Zz ].*")) {
          date = text.split("[Zz ]", -1)[0];
          timeText = text.substring(date.length());
        }
      }
      if (timeText != null && !timeText.isEmpty()) {
        Matcher token = ZONE_TOKEN.matcher(timeText);
        if (token.find()) {
          int at = timeText.indexOf(token.group(1));
          time = timeText.substring(0, at) + timeText.substring(at + token.group(1).length());
          offset = token.group(1);
        } else {
          time = timeText;
        }
      }
    }
    if (date == null || date.isEmpty()) {
      return Double.NaN;
    }
    double day = parseDate(date);
    if (Double.isNaN(day)) {
      return Double.NaN;
    }
    double timestamp = JsDates.makeDate(day, 0);
    double millis = time == null || time.isEmpty() ? 0 : parseTime(time);
    if (Double.isNaN(millis)) {
      return Double.NaN;
    }
    if (offset != null && !offset.isEmpty()) {
      return timestamp + millis + parseOffset(offset);
    }
    // no offset: the UTC fields of date + time (a Date, so truncated), read as local wall-clock time
    double utcReading = timestamp + millis;
    return JsDates.localToUtc(utcReading < 0 ? Math.ceil(utcReading) : Math.floor(utcReading), zone);
  }

  /** The day number of the date part, or NaN. */
  private static double parseDate(String text) {
    Matcher year = YEAR.matcher(text);
    if (!year.find()) {
      return Double.NaN;
    }
    String yearText = year.group(1) != null ? year.group(1) : year.group(2);
    int y = Integer.parseInt(yearText.startsWith("+") ? yearText.substring(1) : yearText);
    if (year.group(1) == null) {
      y *= 100; // a two-digit century
    }
    Matcher rest = DATE.matcher(text.substring(yearText.length()));
    if (!rest.matches()) {
      return Double.NaN;
    }
    if (rest.group(4) != null) {
      int week = unit(rest.group(4));
      int weekday = unit(rest.group(5)) - 1;
      if (week < 1 || week > 53 || weekday < 0 || weekday > 6) {
        return Double.NaN;
      }
      double fourthOfJanuary = JsDates.makeDay(y, 0, 4);
      int isoDay = (int) Math.floorMod((long) fourthOfJanuary + 4, 7L); // 1970-01-01 was a Thursday
      return fourthOfJanuary + (week - 1) * 7 + weekday + 1 - (isoDay == 0 ? 7 : isoDay);
    }
    int dayOfYear = unit(rest.group(1));
    int month = unit(rest.group(2)) - 1;
    int day = unit(rest.group(3));
    boolean leap = y % 400 == 0 || y % 4 == 0 && y % 100 != 0;
    int monthLength = month >= 0 && month <= 11 && DAYS_IN_MONTH[month] > 0 ? DAYS_IN_MONTH[month] : leap ? 29 : 28;
    if (month < 0 || month > 11 || day < 1 || day > monthLength || dayOfYear < 1
        || dayOfYear > (leap ? 366 : 365)) {
      return Double.NaN;
    }
    return JsDates.makeDay(y, month, Math.max(dayOfYear, day));
  }

  private static double parseTime(String text) {
    Matcher time = TIME.matcher(text);
    if (!time.matches()) {
      return Double.NaN;
    }
    double hours = timeUnit(time.group(1));
    double minutes = timeUnit(time.group(2));
    double seconds = timeUnit(time.group(3));
    boolean valid = hours == 24 ? minutes == 0 && seconds == 0
        : seconds >= 0 && seconds < 60 && minutes >= 0 && minutes < 60 && hours >= 0 && hours < 25;
    return valid ? hours * 3_600_000 + minutes * 60_000 + seconds * 1000 : Double.NaN;
  }

  /** The offset to add to a UTC reading, in ms; an unreadable offset counts as 0, as in date-fns. */
  private static double parseOffset(String text) {
    if (text.equals("Z")) {
      return 0;
    }
    Matcher zone = ZONE.matcher(text);
    if (!zone.matches()) {
      return 0;
    }
    int hours = Integer.parseInt(zone.group(2));
    int minutes = zone.group(3) == null ? 0 : Integer.parseInt(zone.group(3));
    if (minutes > 59) {
      return Double.NaN;
    }
    return (zone.group(1).equals("+") ? -1 : 1) * (hours * 3_600_000d + minutes * 60_000d);
  }

  private static int unit(String digits) {
    return digits == null || digits.isEmpty() ? 1 : Integer.parseInt(digits);
  }

  private static double timeUnit(String text) {
    if (text == null) {
      return 0;
    }
    double value = JsCoercion.parseFloat(text.replaceFirst(",", "."));
    return Double.isNaN(value) ? 0 : value;
  }
}
