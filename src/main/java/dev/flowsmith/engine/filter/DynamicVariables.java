package dev.flowsmith.engine.filter;

import dev.flowsmith.engine.value.JsDate;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsValue;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Dynamic variables in filter operands (engine.md §7.1): {@code $NOW} and {@code $NOW(<adj>)},
 * {@code $CURRENT_USER}, {@code $CURRENT_ROLE}, {@code $CURRENT_ROLES}, {@code $CURRENT_POLICIES}
 * — Directus' {@code parseDynamicVariable}, which both the condition operation and item queries
 * ({@code sanitizeQuery}) call, so this one class serves {@link FilterValidator} and
 * {@code engine.item.FilterCompiler} alike.
 *
 * <p>Only the exact names read the accountability; longer forms ({@code $CURRENT_USER.email})
 * need data a flow does not fetch, so they are null. Adjustments are Directus' {@code adjustDate}
 * over date-fns 4: calendar units (days, weeks, months, years) work on local wall-clock time in
 * the clock's zone (the server's time zone), months clamp to the month's last day, and fractions
 * truncate where {@code Date.prototype.setDate}/{@code setMonth} truncate — checked case by case
 * against the real function ({@code tools/oracle-now}, {@code conformance/adjust-date.json}).
 */
public final class DynamicVariables {

  private static final Pattern BETWEEN_PARENS = Pattern.compile("\\(([^)]+)\\)");
  private static final Pattern ADJUSTMENT = Pattern.compile("(-?(?:[0-9]+)?\\.?[0-9]+) *(milliseconds?|msecs?|ms"
      + "|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|months?|mth|mo|years?|yrs?|y)?",
      Pattern.CASE_INSENSITIVE);

  private final JsValue accountability;
  private final Clock clock;
  private final @Nullable JsValue policies;

  /** For a condition: no policies are known ({@code $CURRENT_POLICIES} is null, as in Directus). */
  public DynamicVariables(JsValue accountability, Clock clock) {
    this(accountability, clock, null);
  }

  /**
   * @param policies what {@code $CURRENT_POLICIES} gives (Directus fetches the caller's policy
   *     ids for item queries), or null
   */
  public DynamicVariables(JsValue accountability, Clock clock, @Nullable JsValue policies) {
    this.accountability = accountability;
    this.clock = clock;
    this.policies = policies;
  }

  /** The operand with a dynamic variable replaced; other values unchanged. */
  public JsValue resolve(JsValue value) {
    if (!(value instanceof JsString string)) {
      return value;
    }
    String s = string.value();
    if (s.startsWith("$NOW")) {
      JsDate now = JsDate.ofEpochMillis(clock.millis());
      Matcher parens = BETWEEN_PARENS.matcher(s);
      return s.contains("(") && s.contains(")") && parens.find() ? adjust(now, parens.group(1), clock.getZone()) : now;
    }
    if (s.startsWith("$CURRENT_USER")) {
      return s.equals("$CURRENT_USER") ? accountabilityMember("user") : JsValue.NULL;
    }
    if (s.startsWith("$CURRENT_ROLES")) {
      return s.equals("$CURRENT_ROLES") ? accountabilityMember("roles") : JsValue.NULL;
    }
    if (s.startsWith("$CURRENT_ROLE")) {
      return s.equals("$CURRENT_ROLE") ? accountabilityMember("role") : JsValue.NULL;
    }
    if (s.startsWith("$CURRENT_POLICIES")) {
      return s.equals("$CURRENT_POLICIES") && policies != null ? policies : JsValue.NULL;
    }
    return value;
  }

  private JsValue accountabilityMember(String key) {
    JsValue member = accountability instanceof JsObject object ? object.get(key) : JsValue.UNDEFINED;
    return member.isNullish() ? JsValue.NULL : member;
  }

  /** {@code adjustDate(date, "-1 year")} in {@code zone}: the adjusted date, or undefined for an unreadable adjustment. */
  static JsValue adjust(JsDate date, String adjustment, ZoneId zone) {
    boolean subtract = adjustment.startsWith("-");
    String rest = subtract || adjustment.startsWith("+") ? adjustment.substring(1) : adjustment;
    Matcher match = ADJUSTMENT.matcher(rest);
    if (!match.matches()) {
      return JsValue.UNDEFINED;
    }
    double amount = JsCoercion.parseFloat(match.group(1)) * (subtract ? -1 : 1);
    String unit = match.group(2) == null ? "days" : match.group(2).toLowerCase(Locale.ROOT);
    double t = date.time();
    return new JsDate(switch (unit) {
      case "years", "year", "yrs", "yr", "y" -> addMonths(t, amount * 12, zone);
      case "months", "month", "mth", "mo" -> addMonths(t, amount, zone);
      case "weeks", "week", "w" -> addDays(t, amount * 7, zone);
      case "days", "day", "d" -> addDays(t, amount, zone);
      case "hours", "hour", "hrs", "hr", "h" -> t + amount * 3_600_000;
      case "minutes", "minute", "mins", "min", "m" -> t + amount * 60_000;
      case "seconds", "second", "secs", "sec", "s" -> t + amount * 1000;
      default -> t + amount; // milliseconds
    });
  }

  /** date-fns {@code addDays}: {@code setDate(getDate() + amount)} on local time. */
  private static double addDays(double t, double amount, ZoneId zone) {
    if (amount == 0) {
      return t;
    }
    LocalDateTime local = JsDates.local(new JsDate(t), zone);
    return fields(local, local.getYear(), local.getMonthValue() - 1, local.getDayOfMonth() + amount, zone);
  }

  /**
   * date-fns {@code addMonths}: move to the last day of the target month ({@code setMonth(m +
   * amount + 1, 0)}), then back to the original day of the month if that month has it.
   */
  private static double addMonths(double t, double amount, ZoneId zone) {
    if (amount == 0) {
      return t;
    }
    LocalDateTime local = JsDates.local(new JsDate(t), zone);
    double endOfMonth = fields(local, local.getYear(), local.getMonthValue() - 1 + amount + 1, 0, zone);
    JsDate end = new JsDate(endOfMonth);
    if (!end.isValid()) {
      return Double.NaN;
    }
    LocalDateTime last = JsDates.local(end, zone);
    if (local.getDayOfMonth() >= last.getDayOfMonth()) {
      return endOfMonth;
    }
    return fields(local, last.getYear(), last.getMonthValue() - 1, local.getDayOfMonth(), zone);
  }

  /** The date with year, month and day replaced and the time of day of {@code time} kept. */
  private static double fields(LocalDateTime time, double year, double month0, double day, ZoneId zone) {
    return JsDates.fromLocalFields(year, month0, day, time.getHour(), time.getMinute(), time.getSecond(),
        time.getNano() / 1_000_000, zone);
  }
}
