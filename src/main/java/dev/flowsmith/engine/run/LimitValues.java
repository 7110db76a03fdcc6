package dev.flowsmith.engine.run;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads limit values as people write them, the same on the command line and in workspace.json:
 * durations as {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}, ISO {@code PT5M} or a bare
 * number of seconds; sizes as {@code 1048576}, {@code 512KB}, {@code 50MB}, {@code 1GB} (powers of
 * 1,024). Zero and negative values are refused: a limit of nothing would stop every run.
 */
public final class LimitValues {

  private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|min|h)?");
  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?");

  private LimitValues() {}

  /** @throws IllegalArgumentException with a message saying what was expected */
  public static Duration duration(String text) {
    String value = text.trim().toLowerCase(Locale.ROOT);
    if (value.startsWith("pt")) {
      try {
        return positive(Duration.parse(value.toUpperCase(Locale.ROOT)), text);
      } catch (DateTimeParseException bad) {
        throw new IllegalArgumentException(durationHelp(text));
      }
    }
    Matcher m = DURATION.matcher(value);
    if (!m.matches()) {
      throw new IllegalArgumentException(durationHelp(text));
    }
    double amount = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    double millis = switch (unit) {
      case "ms" -> amount;
      case "s" -> amount * 1000;
      case "m", "min" -> amount * 60_000;
      default -> amount * 3_600_000;
    };
    if (millis > Long.MAX_VALUE / 2) {
      throw new IllegalArgumentException("'" + text + "' is too long a time");
    }
    return positive(Duration.ofMillis(Math.round(millis)), text);
  }

  /** @throws IllegalArgumentException with a message saying what was expected */
  public static long bytes(String text) {
    Matcher m = SIZE.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException("expected a size such as 1048576, 512KB, 50MB or 1GB, found '" + text + "'");
    }
    long unit = switch (m.group(2) == null ? "b" : m.group(2)) {
      case "k", "kb", "kib" -> 1L << 10;
      case "m", "mb", "mib" -> 1L << 20;
      case "g", "gb", "gib" -> 1L << 30;
      default -> 1;
    };
    long amount;
    try {
      amount = Math.multiplyExact(Long.parseLong(m.group(1)), unit);
    } catch (ArithmeticException | NumberFormatException tooBig) {
      throw new IllegalArgumentException("'" + text + "' is too large a size");
    }
    if (amount < 1) {
      throw new IllegalArgumentException("must be at least 1 byte, found '" + text + "'");
    }
    return amount;
  }

  /** A whole number of at least 1. */
  public static long count(String text) {
    long value;
    try {
      value = Long.parseLong(text.trim());
    } catch (NumberFormatException notWhole) {
      throw new IllegalArgumentException("expected a whole number of at least 1, found '" + text + "'");
    }
    if (value < 1) {
      throw new IllegalArgumentException("must be at least 1, found " + value);
    }
    return value;
  }

  private static Duration positive(Duration duration, String text) {
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("must be longer than 0, found '" + text + "'");
    }
    return duration;
  }

  private static String durationHelp(String text) {
    return "expected a time such as 500ms, 30s, 5m, 1h or PT5M, found '" + text + "'";
  }
}
