package dev.flowsmith.app.history;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The words the history shows for times and durations; pure, so tested without a stage. */
public final class HistoryText {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter EXACT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ENGLISH);

  private HistoryText() {}

  /** "just now", "5 minutes ago", "3 hours ago", "2 days ago" — as the Directus log list (editor.md §11). */
  public static String relative(Instant then, Instant now) {
    Duration ago = Duration.between(then, now);
    if (ago.isNegative()) {
      return "in the future"; // a clock moved back, or a pasted log from a server ahead of us
    }
    long seconds = ago.getSeconds();
    if (seconds < 45) {
      return "just now";
    }
    if (seconds < 3600) {
      return count(Math.max(1, Math.round(seconds / 60.0)), "minute");
    }
    if (seconds < 86_400) {
      return count(Math.round(seconds / 3600.0), "hour");
    }
    if (seconds < 30L * 86_400) {
      return count(Math.round(seconds / 86_400.0), "day");
    }
    if (seconds < 365L * 86_400) {
      return count(Math.round(seconds / (30 * 86_400.0)), "month");
    }
    return count(Math.round(seconds / (365 * 86_400.0)), "year");
  }

  private static String count(long n, String unit) {
    return n == 1 ? (unit.equals("hour") ? "an hour ago" : "a " + unit + " ago") : n + " " + unit + "s ago";
  }

  /** The heading of a day group: "Today", "Yesterday", else the date written out. */
  public static String day(LocalDate day, LocalDate today) {
    if (day.equals(today)) {
      return "Today";
    }
    if (day.equals(today.minusDays(1))) {
      return "Yesterday";
    }
    return DAY.format(day);
  }

  /** The exact local start time, for tooltips and window titles (the Directus drawer's title). */
  public static String exact(Instant instant, ZoneId zone) {
    return EXACT.format(instant.atZone(zone));
  }

  /** "850 µs", "12 ms", "1.4 s", "2 min 5 s"; a dash when unknown (pasted Directus logs). */
  public static String duration(long micros) {
    if (micros < 0) {
      return "—";
    }
    if (micros < 1000) {
      return micros + " µs";
    }
    if (micros < 1_000_000) {
      return Math.round(micros / 1000.0) + " ms";
    }
    if (micros < 60_000_000) {
      return String.format(Locale.ROOT, "%.1f s", micros / 1_000_000.0);
    }
    long seconds = Math.round(micros / 1_000_000.0);
    return seconds / 60 + " min " + seconds % 60 + " s";
  }

  /** "1 step", "3 steps". */
  public static String steps(int count) {
    return count == 1 ? "1 step" : count + " steps";
  }
}
