package dev.flowsmith.engine.filter;

import dev.flowsmith.engine.value.JsDate;
import dev.flowsmith.engine.value.JsNumber;
import dev.flowsmith.engine.value.JsNumbers;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsStrings;
import dev.flowsmith.engine.value.JsValue;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * {@code _gt}, {@code _gte}, {@code _lt}, {@code _lte}, {@code _between}, {@code _nbetween}
 * (engine.md §7.3): Joi's number schema (numeric strings are converted, with Joi's "unsafe"
 * check) or its date schema (numbers and strings become Dates the way Joi parses them).
 */
final class ComparisonRule {

  private static final String JS_SPACE = "[\\t\\n\\u000B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029"
      + "\\u202F\\u205F\\u3000\\uFEFF]";
  private static final Pattern NUMERIC_TEXT = Pattern.compile(
      JS_SPACE + "*[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?" + JS_SPACE + "*");
  private static final Pattern BLANK = Pattern.compile(JS_SPACE + "*");
  private static final Pattern DECIMAL_TEXT = Pattern.compile("[+-]?[0-9]+(?:\\.[0-9]+)?");
  private static final double MAX_SAFE_INTEGER = 9_007_199_254_740_991d;

  /** One bound: the comparison that must hold and the limit as Joi reports it. */
  record Bound(Failure.Kind kind, JsValue limit) {}

  private ComparisonRule() {}

  /** Joi's number schema with the given bounds (each limit a JsNumber). */
  static Rule number(List<Bound> bounds) {
    return value -> {
      JsValue converted = value;
      if (value instanceof JsString text) {
        if (!NUMERIC_TEXT.matcher(text.value()).matches()) {
          return List.of(Failure.of(Failure.Kind.REQUIRED)); // number.base
        }
        String trimmed = JsStrings.trim(text.value());
        double parsed = JsCoercion.parseFloat(trimmed);
        if (isUnsafe(trimmed, parsed)) {
          return List.of(Failure.of(Failure.Kind.UNCLASSIFIED)); // number.unsafe
        }
        converted = JsValue.of(parsed == 0 ? 0 : parsed);
      }
      if (!(converted instanceof JsNumber number) || Double.isNaN(number.value())) {
        return List.of(Failure.of(Failure.Kind.REQUIRED)); // number.base
      }
      double v = number.value();
      if (Double.isInfinite(v) || Math.abs(v) > MAX_SAFE_INTEGER) {
        return List.of(Failure.of(Failure.Kind.UNCLASSIFIED)); // number.infinity, number.unsafe
      }
      List<Failure> failures = new ArrayList<>();
      for (Bound bound : bounds) {
        if (!holds(bound.kind(), v, ((JsNumber) bound.limit()).value())) {
          failures.add(Failure.of(bound.kind(), bound.limit()));
        }
      }
      return failures;
    };
  }

  /** Joi's date schema; each limit is a valid or invalid JsDate, or the string {@code "now"}. */
  static Rule date(List<Bound> bounds, Clock clock) {
    return value -> {
      JsDate parsed = value instanceof JsNumber || value instanceof JsString ? joiDate(value, clock.getZone()) : null;
      JsValue converted = parsed != null ? parsed : value;
      if (!(converted instanceof JsDate date) || !date.isValid()) {
        return List.of(Failure.of(Failure.Kind.REQUIRED)); // date.base
      }
      List<Failure> failures = new ArrayList<>();
      for (Bound bound : bounds) {
        double limit = bound.limit() instanceof JsDate d ? d.time() : clock.millis();
        if (!holds(bound.kind(), date.time(), limit)) {
          failures.add(Failure.of(bound.kind(), bound.limit()));
        }
      }
      return failures;
    };
  }

  /**
   * Joi's date conversion: a Date as is; a finite number as a timestamp; a string of digits
   * (with an optional sign and fraction) as a timestamp; other strings through {@code Date.parse}.
   * Null when the result is not a valid date.
   */
  static @Nullable JsDate joiDate(JsValue value, ZoneId zone) {
    if (value instanceof JsDate date) {
      return date;
    }
    JsDate result;
    if (value instanceof JsString text) {
      String s = text.value();
      if (BLANK.matcher(s).matches()) {
        return null;
      }
      result = DECIMAL_TEXT.matcher(s).matches() ? new JsDate(JsCoercion.parseFloat(s))
          : new JsDate(JsDateParser.parse(s, zone));
    } else {
      double n = JsCoercion.toNumber(value);
      result = Double.isFinite(n) && value instanceof JsNumber ? new JsDate(n) : null;
    }
    return result != null && result.isValid() ? result : null;
  }

  private static boolean holds(Failure.Kind kind, double value, double limit) {
    return switch (kind) {
      case GREATER -> value > limit;
      case MIN -> value >= limit;
      case LESS -> value < limit;
      default -> value <= limit;
    };
  }

  /** Joi rejects numeric text that does not survive the round trip through a double. */
  private static boolean isUnsafe(String text, double parsed) {
    if (text.toLowerCase(Locale.ROOT).contains("e")) {
      return !significantDigits(text).equals(significantDigits(JsNumbers.toString(parsed)));
    }
    String shortest = JsNumbers.toString(parsed);
    return !shortest.toLowerCase(Locale.ROOT).contains("e") && !shortest.equals(normalizeDecimal(text));
  }

  private static String significantDigits(String text) {
    return text.replaceFirst("[eE][+-]?[0-9]+$", "").replaceFirst("\\.", "").replaceFirst("0+$", "")
        .replaceFirst("^[+-]?(0*)?", "");
  }

  private static String normalizeDecimal(String text) {
    String s = text.replaceFirst("^\\+", "").replaceFirst("\\.0*$", "")
        .replaceFirst("^(-?)\\.([^.]*)$", "$10.$2").replaceFirst("^(-?)0+([0-9])", "$1$2");
    if (s.contains(".") && s.endsWith("0")) {
      s = s.replaceFirst("0+$", "");
    }
    return s.equals("-0") ? "0" : s;
  }
}
