package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsDate;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Date text as the item services read and write it. Parsing follows JS {@code new Date(text)} for
 * the ISO forms (date-only is UTC; a date-time without zone is server-local time, and the server
 * is taken to run in UTC as elsewhere in Flowsmith) plus the SQL form with a space. Other legacy
 * forms JS accepts are not recognised.
 */
final class ItemDates {

  /** The date functions a query may apply to a date field: {@code year(published)} … {@code second(…)}. */
  static final Set<String> PARTS = Set.of("year", "month", "week", "day", "weekday", "hour", "minute", "second");

  /** A function applied to a field, {@code year(published)}: group 1 the function, 2 the field. */
  static final Pattern FUNCTION = Pattern.compile("(\\w+)\\((\\w+)\\)");

  private static final Pattern ISO = Pattern.compile(
      "([+-]\\d{6}|\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?"
          + "(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?)?\\s*(Z|z|[+-]\\d{2}:?\\d{2})?");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

  private ItemDates() {}

  /** Epoch milliseconds of a date text, or empty when JS would give an invalid date. */
  static OptionalLong parse(String text) {
    Matcher m = ISO.matcher(text.strip());
    if (!m.matches() || m.group(4) == null && m.group(8) != null) {
      return OptionalLong.empty();
    }
    try {
      int year = Integer.parseInt(m.group(1));
      int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
      int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
      int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
      int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
      int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
      String fraction = m.group(7) == null ? "0" : (m.group(7) + "00").substring(0, 3);
      if (hour == 24 && (minute != 0 || second != 0 || Integer.parseInt(fraction) != 0)) {
        return OptionalLong.empty();
      }
      LocalDateTime local = LocalDateTime.of(year, month, day, hour == 24 ? 0 : hour, minute, second)
          .plusDays(hour == 24 ? 1 : 0);
      long millis = local.toInstant(offset(m.group(8))).toEpochMilli() + Integer.parseInt(fraction);
      return new JsDate(millis).isValid() ? OptionalLong.of(millis) : OptionalLong.empty();
    } catch (DateTimeException | NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  static String iso(long millis) {
    return JsDate.ofEpochMillis(millis).toIsoString();
  }

  /** Directus's {@code dateTime} form: {@code yyyy-MM-ddTHH:mm:ss}, no zone. */
  static String dateTime(long millis) {
    return DATE_TIME.format(Instant.ofEpochMilli(millis));
  }

  /** Directus's {@code date} form: {@code yyyy-MM-dd}. */
  static String date(long millis) {
    return DATE.format(Instant.ofEpochMilli(millis));
  }

  private static ZoneOffset offset(@Nullable String zone) {
    if (zone == null || zone.equalsIgnoreCase("Z")) {
      return ZoneOffset.UTC;
    }
    String digits = zone.replace(":", "");
    int hours = Integer.parseInt(digits.substring(1, 3));
    int minutes = Integer.parseInt(digits.substring(3, 5));
    int sign = digits.charAt(0) == '-' ? -1 : 1;
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }

  /**
   * One of {@link #PARTS} of the instant {@code millis} in {@code zone}, as SQLite's strftime gives
   * it to Directus: {@code week} is %W (weeks start on Monday, days before the first Monday are
   * week 0), {@code weekday} %w (Sunday 0 … Saturday 6).
   */
  static int part(String part, long millis, ZoneId zone) {
    ZonedDateTime at = Instant.ofEpochSecond(Math.floorDiv(millis, 1000L)).atZone(zone);
    int weekday = at.getDayOfWeek().getValue() % 7;
    return switch (part) {
      case "year" -> at.getYear();
      case "month" -> at.getMonthValue();
      case "week" -> (at.getDayOfYear() - 1 + 7 - (weekday + 6) % 7) / 7;
      case "day" -> at.getDayOfMonth();
      case "weekday" -> weekday;
      case "hour" -> at.getHour();
      case "minute" -> at.getMinute();
      default -> at.getSecond();
    };
  }
}
