package dev.flowsmith.engine.item;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsDate;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsValue;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Filter operands Directus replaces before querying (engine.md §7.1): {@code $NOW},
 * {@code $NOW(<adjustment>)}, {@code $CURRENT_USER}, {@code $CURRENT_ROLE}, {@code $CURRENT_ROLES},
 * {@code $CURRENT_POLICIES}. Paths such as {@code $CURRENT_USER.email} need data a flow does not
 * pre-fetch and become null. An adjustment that cannot be read leaves the operand undefined, so
 * the rule is skipped, as Directus does.
 */
final class DynamicVariables {

  private static final Pattern ADJUSTMENT = Pattern.compile("([+-]?)\\s*(\\d+)\\s*([a-z]*)");

  private DynamicVariables() {}

  static JsValue resolve(JsValue operand, FilterContext context) {
    if (!(operand instanceof JsString s) || !s.value().startsWith("$")) {
      return operand;
    }
    String text = s.value();
    if (text.equals("$NOW")) {
      return JsDate.of(context.now());
    }
    if (text.startsWith("$NOW(") && text.endsWith(")")) {
      return adjusted(context, text.substring(5, text.length() - 1).trim());
    }
    JsValue accountability = context.access().accountability();
    JsObject acc = accountability instanceof JsObject object ? object : JsObject.EMPTY;
    return switch (text) {
      case "$CURRENT_USER" -> orNull(acc.get("user"));
      case "$CURRENT_ROLE" -> orNull(acc.get("role"));
      case "$CURRENT_ROLES" -> acc.get("roles") instanceof JsArray roles ? roles : JsArray.EMPTY;
      case "$CURRENT_POLICIES" -> JsArray.EMPTY;
      default -> text.startsWith("$CURRENT_USER.") || text.startsWith("$CURRENT_ROLE.")
          || text.startsWith("$CURRENT_ROLES.") || text.startsWith("$CURRENT_POLICIES.")
          ? JsValue.NULL : operand;
    };
  }

  private static JsValue orNull(JsValue value) {
    return value.isUndefined() ? JsValue.NULL : value;
  }

  private static JsValue adjusted(FilterContext context, String adjustment) {
    Matcher m = ADJUSTMENT.matcher(adjustment.toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return JsValue.UNDEFINED;
    }
    long amount = Long.parseLong(m.group(2)) * (m.group(1).equals("-") ? -1 : 1);
    ZonedDateTime now = context.now().atZone(ZoneOffset.UTC);
    @Nullable ZonedDateTime result = switch (m.group(3)) {
      case "ms", "msec", "msecs", "millisecond", "milliseconds" -> now.plusNanos(amount * 1_000_000);
      case "s", "sec", "secs", "second", "seconds" -> now.plusSeconds(amount);
      case "m", "min", "mins", "minute", "minutes" -> now.plusMinutes(amount);
      case "h", "hr", "hrs", "hour", "hours" -> now.plusHours(amount);
      case "", "d", "day", "days" -> now.plusDays(amount);
      case "w", "week", "weeks" -> now.plusWeeks(amount);
      case "mo", "mth", "mths", "month", "months" -> overflowing(now, amount);
      case "y", "yr", "yrs", "year", "years" -> overflowing(now, amount * 12);
      default -> null;
    };
    return result == null ? JsValue.UNDEFINED : JsDate.of(result.toInstant());
  }

  /** JS {@code setMonth}: the day of month is kept and overflows (Jan 31 + 1 month = Mar 3). */
  private static ZonedDateTime overflowing(ZonedDateTime from, long months) {
    return from.withDayOfMonth(1).plusMonths(months).plusDays(from.getDayOfMonth() - 1L);
  }
}
