package dev.flowsmith.engine.filter;

import dev.flowsmith.engine.value.JsDate;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.TimeZone;

/**
 * JS Date arithmetic (ECMA-262 MakeDay/MakeTime/MakeDate), the conversion between local and UTC
 * time values, and {@code Date.prototype.toString}. "Local" is the zone the filter is evaluated
 * in: the Directus server's time zone, which the engine takes from its clock (engine.md §7.3).
 */
final class JsDates {

  static final double MS_PER_DAY = 86_400_000d;
  /** Beyond ±10^8 days (TimeClip) plus a margin for the zone offset, a local time is never valid. */
  private static final double MAX_LOCAL_TIME = 8.64e15 + MS_PER_DAY;
  private static final String[] DAYS = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  private static final String[] MONTHS =
      {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

  private JsDates() {}

  /** MakeDay: the day number of {@code date} in {@code month} (0-based, may overflow) of {@code year}. */
  static double makeDay(double year, double month, double date) {
    if (!Double.isFinite(year) || !Double.isFinite(month) || !Double.isFinite(date)) {
      return Double.NaN;
    }
    double y = trunc(year) + Math.floor(trunc(month) / 12);
    if (Math.abs(y) > 1e9) {
      return Double.NaN; // far outside TimeClip; keeps the long arithmetic exact
    }
    int m = (int) (trunc(month) - Math.floor(trunc(month) / 12) * 12);
    return daysFromCivil((long) y, m + 1) + trunc(date) - 1;
  }

  static double makeTime(double hour, double minute, double second, double millis) {
    return trunc(hour) * 3_600_000d + trunc(minute) * 60_000d + trunc(second) * 1000d + trunc(millis);
  }

  static double makeDate(double day, double time) {
    return day * MS_PER_DAY + time;
  }

  /** The UTC time value of a local time value (ToUTC); NaN when out of range. */
  static double localToUtc(double local, ZoneId zone) {
    if (!Double.isFinite(local) || Math.abs(local) > MAX_LOCAL_TIME) {
      return Double.NaN;
    }
    LocalDateTime wall = LocalDateTime.ofInstant(Instant.ofEpochMilli((long) local), ZoneOffset.UTC);
    // a wall time in a gap or overlap takes the offset in force before the transition, as V8 does
    return ZonedDateTime.ofLocal(wall, zone, null).toInstant().toEpochMilli();
  }

  /** The local wall-clock fields of a valid date. */
  static LocalDateTime local(JsDate date, ZoneId zone) {
    return LocalDateTime.ofInstant(Instant.ofEpochMilli(date.epochMillis()), zone);
  }

  /** The time value of local wall-clock fields, via MakeDay so that overflowing fields roll over. */
  static double fromLocalFields(double year, double month0, double day, double hour, double minute,
      double second, double millis, ZoneId zone) {
    double local = makeDate(makeDay(year, month0, day), makeTime(hour, minute, second, millis));
    return localToUtc(local, zone);
  }

  /**
   * {@code Date.prototype.toString}: {@code "Mon Jan 01 2024 00:00:00 GMT+0000 (Coordinated
   * Universal Time)"}, or {@code "Invalid Date"}. Zone names are the JDK's long US-English names,
   * which match V8's for the common zones.
   */
  static String toDateString(JsDate date, ZoneId zone) {
    if (!date.isValid()) {
      return "Invalid Date";
    }
    Instant instant = Instant.ofEpochMilli(date.epochMillis());
    ZonedDateTime t = instant.atZone(zone);
    int year = t.getYear();
    String yearText = (year < 0 ? "-" : "") + String.format(Locale.ROOT, "%04d", Math.abs(year));
    int offsetSeconds = t.getOffset().getTotalSeconds();
    int offsetMinutes = Math.abs(offsetSeconds) / 60;
    return String.format(Locale.ROOT, "%s %s %02d %s %02d:%02d:%02d GMT%s%02d%02d (%s)",
        DAYS[t.getDayOfWeek().getValue() % 7], MONTHS[t.getMonthValue() - 1], t.getDayOfMonth(),
        yearText, t.getHour(), t.getMinute(), t.getSecond(), offsetSeconds < 0 ? "-" : "+",
        offsetMinutes / 60, offsetMinutes % 60, zoneName(zone, instant));
  }

  private static String zoneName(ZoneId zone, Instant instant) {
    ZoneId normal = zone.normalized();
    if (normal.equals(ZoneOffset.UTC) || zone.getId().equals("UTC") || zone.getId().equals("Etc/UTC")) {
      return "Coordinated Universal Time";
    }
    boolean daylight = zone.getRules().isDaylightSavings(instant);
    return TimeZone.getTimeZone(zone).getDisplayName(daylight, TimeZone.LONG, Locale.US);
  }

  /** Days from 1970-01-01 to the first day of {@code month} (1-12) of {@code year}, proleptic Gregorian. */
  private static long daysFromCivil(long year, int month) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yearOfEra = y - era * 400;
    long dayOfYear = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5;
    long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468;
  }

  private static double trunc(double value) {
    return value < 0 ? Math.ceil(value) : Math.floor(value);
  }
}
