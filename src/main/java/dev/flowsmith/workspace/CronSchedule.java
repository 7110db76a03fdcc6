package dev.flowsmith.workspace;

import com.cronutils.model.Cron;
import com.cronutils.model.definition.CronDefinition;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The cron syntax of schedule triggers (engine.md §3.3), which Directus checks and evaluates with
 * cron-parser: {@code sec? min hour dom month dow}, with lists, ranges, steps, month and weekday
 * names, weekday 0–7 (0 and 7 are Sunday), {@code L} and {@code #}. cron-utils evaluates it with a
 * Unix-crontab definition plus a leading seconds field; a 5-field expression gets second {@code 0},
 * as cron-parser pads it. Immutable.
 */
public final class CronSchedule {

  /** The warning Directus logs for a schedule it does not register (engine.md §3.3). */
  public static final String INVALID_PREFIX = "Couldn't register cron trigger. Provided cron is invalid: ";

  // Unix crontab as cron-utils defines it (CronDefinitionBuilder.unixCrontab) with seconds in front;
  // like cron-parser, a restricted day-of-month and day-of-week match when either does.
  private static final CronDefinition DEFINITION = CronDefinitionBuilder.defineCron()
      .withSeconds().withValidRange(0, 59).withStrictRange().and()
      .withMinutes().withValidRange(0, 59).withStrictRange().and()
      .withHours().withValidRange(0, 23).withStrictRange().and()
      .withDayOfMonth().withValidRange(1, 31).supportsL().supportsQuestionMark().withStrictRange().and()
      .withMonth().withValidRange(1, 12).withStrictRange().and()
      .withDayOfWeek().withValidRange(0, 7).withMondayDoWValue(1).withIntMapping(7, 0)
      .supportsHash().supportsL().supportsQuestionMark().withStrictRange().and()
      .instance();

  private static final CronParser PARSER = new CronParser(DEFINITION);
  private static final int DAY_OF_MONTH = 3;
  private static final int DAY_OF_WEEK = 5;

  private final List<Cron> alternatives;

  private CronSchedule(List<Cron> alternatives) {
    this.alternatives = List.copyOf(alternatives);
  }

  /** The parsed expression; IllegalArgumentException when cron-parser would reject it. */
  public static CronSchedule parse(@Nullable String cron) {
    if (cron == null || cron.isBlank()) {
      throw new IllegalArgumentException("empty cron expression");
    }
    String[] fields = cron.trim().split("\\s+");
    if (fields.length != 5 && fields.length != 6) {
      throw new IllegalArgumentException("expected 5 or 6 fields, got " + fields.length);
    }
    List<String> six = new ArrayList<>(List.of(fields));
    if (six.size() == 5) {
      six.add(0, "0");
    }
    try {
      Cron all = parseFields(six);
      if (isWildcard(six.get(DAY_OF_MONTH)) || isWildcard(six.get(DAY_OF_WEEK))) {
        return new CronSchedule(List.of(all));
      }
      // cron-parser: with both days restricted a day matches when either matches (Unix cron);
      // cron-utils would need both, so evaluate each alone and take the earlier time
      List<String> byMonthDay = new ArrayList<>(six);
      byMonthDay.set(DAY_OF_WEEK, "*");
      List<String> byWeekDay = new ArrayList<>(six);
      byWeekDay.set(DAY_OF_MONTH, "*");
      return new CronSchedule(List.of(parseFields(byMonthDay), parseFields(byWeekDay)));
    } catch (RuntimeException invalid) {
      // cron-utils reports bad input with IllegalArgumentException and a few other runtime exceptions
      throw new IllegalArgumentException(invalid.getMessage(), invalid);
    }
  }

  /** Directus's warning for an expression it would not schedule; empty when it is valid. */
  public static Optional<String> validate(@Nullable String cron) {
    try {
      parse(cron);
      return Optional.empty();
    } catch (IllegalArgumentException invalid) {
      return Optional.of(INVALID_PREFIX + cron);
    }
  }

  /** The first fire time strictly after {@code after}, in {@code after}'s zone; empty if none. */
  public Optional<ZonedDateTime> next(ZonedDateTime after) {
    Optional<ZonedDateTime> earliest = Optional.empty();
    for (Cron cron : alternatives) {
      Optional<ZonedDateTime> time = ExecutionTime.forCron(cron).nextExecution(after);
      if (time.isPresent() && (earliest.isEmpty() || time.get().isBefore(earliest.get()))) {
        earliest = time;
      }
    }
    return earliest;
  }

  private static Cron parseFields(List<String> sixFields) {
    return PARSER.parse(String.join(" ", sixFields)).validate();
  }

  private static boolean isWildcard(String field) {
    return field.equals("*") || field.equals("?") || field.equals("*/1");
  }
}
