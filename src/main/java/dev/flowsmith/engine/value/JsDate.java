package dev.flowsmith.engine.value;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * A JS Date (engine.md §1.6): a time value in milliseconds since the epoch, NaN for an invalid
 * date. JSON writes it as its ISO string ({@code "1970-01-01T00:00:00.000Z"}), or null if invalid.
 */
public record JsDate(double time) implements JsValue {

  /** JS TimeClip range: ±8.64e15 ms (±100,000,000 days). */
  private static final double MAX_TIME = 8.64e15;

  public JsDate {
    // TimeClip: out of range or not finite -> invalid; otherwise truncate to whole ms (and -0 -> +0).
    time = Double.isFinite(time) && Math.abs(time) <= MAX_TIME ? (double) (long) time : Double.NaN;
  }

  public static JsDate ofEpochMillis(long millis) {
    return new JsDate(millis);
  }

  public static JsDate of(Instant instant) {
    return new JsDate(instant.toEpochMilli());
  }

  public boolean isValid() {
    return !Double.isNaN(time);
  }

  public long epochMillis() {
    if (!isValid()) {
      throw new JsException(JsError.of("RangeError", "Invalid time value"));
    }
    return (long) time;
  }

  /**
   * JS {@code toISOString()}: {@code YYYY-MM-DDTHH:mm:ss.sssZ}, with a signed six-digit year
   * outside 0000–9999; throws RangeError {@code Invalid time value} for an invalid date.
   */
  public String toIsoString() {
    long millis = epochMillis();
    LocalDateTime t = LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
    int year = t.getYear();
    String yearText = year >= 0 && year <= 9999
        ? String.format(Locale.ROOT, "%04d", year)
        : (year < 0 ? "-" : "+") + String.format(Locale.ROOT, "%06d", Math.abs(year));
    return String.format(Locale.ROOT, "%s-%02d-%02dT%02d:%02d:%02d.%03dZ", yearText, t.getMonthValue(),
        t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond(), Math.floorMod(millis, 1000));
  }

  /** JS {@code toJSON()}: the ISO string, or null for an invalid date. */
  public JsValue toJson() {
    return isValid() ? JsValue.of(toIsoString()) : JsValue.NULL;
  }
}
