package dev.flowsmith.engine.filter;

import org.jspecify.annotations.Nullable;

/** The three composers of V8's date parser: day, time of day and UTC offset. */
final class DateFields {

  static final int NONE = Integer.MAX_VALUE;

  private DateFields() {}

  static boolean isMonth(int n) {
    return n >= 1 && n <= 12;
  }

  static boolean isDay(int n) {
    return n >= 1 && n <= 31;
  }

  static boolean isHour(int n) {
    return n >= 0 && n <= 23;
  }

  static boolean isMinute(int n) {
    return n >= 0 && n <= 59;
  }

  static boolean isSecond(int n) {
    return isMinute(n);
  }

  /** Up to three numbers and a named month; which is year, month and day is decided at the end. */
  static final class Day {
    private final int[] parts = new int[3];
    private int count;
    private int namedMonth = NONE;
    private boolean iso;

    boolean add(int n) {
      if (count == parts.length) {
        return false;
      }
      parts[count++] = n;
      return true;
    }

    boolean isEmpty() {
      return count == 0;
    }

    void setNamedMonth(int month) {
      namedMonth = month;
    }

    void markIso() {
      iso = true;
    }

    /** {year, month (0-based), day}, or null if they do not form a date. */
    int @Nullable [] write() {
      if (count < 1) {
        return null;
      }
      while (count < parts.length) {
        parts[count++] = 1; // missing month and day default to 1 (and a missing year to 2001)
      }
      int year;
      int month;
      int day;
      if (namedMonth == NONE) {
        boolean yearFirst = iso || !isDay(parts[0]);
        year = yearFirst ? parts[0] : parts[2];
        month = yearFirst ? parts[1] : parts[0];
        day = yearFirst ? parts[2] : parts[1];
      } else {
        month = namedMonth;
        boolean yearFirst = !isDay(parts[0]);
        year = yearFirst ? parts[0] : parts[1];
        day = yearFirst ? parts[1] : parts[0];
      }
      if (!iso) {
        if (year >= 0 && year <= 49) {
          year += 2000;
        } else if (year >= 50 && year <= 99) {
          year += 1900;
        }
      }
      if (!isMonth(month) || !isDay(day)) {
        return null;
      }
      return new int[] {year, month - 1, day};
    }
  }

  /** Hour, minute, second, millisecond, and an am/pm hour offset. */
  static final class Time {
    private final int[] parts = new int[4];
    private int count;
    private int hourOffset = NONE;

    boolean add(int n) {
      if (count == parts.length) {
        return false;
      }
      parts[count++] = n;
      return true;
    }

    boolean addFinal(int n) {
      if (!add(n)) {
        return false;
      }
      while (count < parts.length) {
        parts[count++] = 0;
      }
      return true;
    }

    boolean isEmpty() {
      return count == 0;
    }

    boolean isExpecting(int n) {
      return count == 1 && isMinute(n) || count == 2 && isSecond(n) || count == 3 && n >= 0 && n <= 999;
    }

    void setHourOffset(int offset) {
      hourOffset = offset;
    }

    /** {hour, minute, second, millisecond}, or null if out of range (24:00:00.000 is allowed). */
    int @Nullable [] write() {
      while (count < parts.length) {
        parts[count++] = 0;
      }
      int hour = parts[0];
      if (hourOffset != NONE) {
        if (hour < 0 || hour > 12) {
          return null;
        }
        hour = hour % 12 + hourOffset;
      }
      boolean inRange = isHour(hour) && isMinute(parts[1]) && isSecond(parts[2])
          && parts[3] >= 0 && parts[3] <= 999;
      if (!inRange && (hour != 24 || parts[1] != 0 || parts[2] != 0 || parts[3] != 0)) {
        return null;
      }
      return new int[] {hour, parts[1], parts[2], parts[3]};
    }
  }

  /** A UTC offset from Z, a zone name or a signed number; none at all means local time. */
  static final class Zone {
    private int sign = NONE;
    private int hour = NONE;
    private int minute = NONE;

    void setHours(int offsetHours) {
      sign = offsetHours < 0 ? -1 : 1;
      hour = Math.abs(offsetHours);
      minute = 0;
    }

    void setSign(int newSign) {
      sign = newSign < 0 ? -1 : 1;
    }

    void setAbsoluteHour(int newHour) {
      hour = newHour;
    }

    void setAbsoluteMinute(int newMinute) {
      minute = newMinute;
    }

    boolean isExpecting(int n) {
      return hour != NONE && minute == NONE && isMinute(n);
    }

    boolean isUtc() {
      return hour == 0 && minute == 0;
    }

    boolean isEmpty() {
      return hour == NONE;
    }

    /** The offset in seconds; null for local time; NaN when it is too large to be a time zone. */
    @Nullable Double write() {
      if (sign == NONE) {
        return null;
      }
      long hours = hour == NONE ? 0 : hour;
      long minutes = minute == NONE ? 0 : minute;
      long seconds = hours * 3600 + minutes * 60;
      if (seconds > Integer.MAX_VALUE) {
        return Double.NaN;
      }
      return (double) (sign < 0 ? -seconds : seconds);
    }
  }
}
