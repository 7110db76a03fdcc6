package dev.flowsmith.engine.filter;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.time.Clock;
import java.util.List;

/**
 * Checks data against a condition filter exactly as a Directus 11.11 condition operation does
 * (engine.md §6.1, §7): normalise ({@code parseFilter}), validate every rule, map the failures.
 *
 * <p>The clock gives {@code $NOW} and Joi's {@code "now"}, and its zone is the server's local
 * time zone: date-times without an offset, the {@code day}/{@code weekday}/{@code week}
 * functions, calendar adjustments of {@code $NOW} and dates printed in messages use it.
 */
public final class FilterValidator {

  private FilterValidator() {}

  /**
   * Validates {@code data} (for a condition: the whole data chain) against {@code filter}.
   *
   * @param accountability the run's accountability, read by {@code $CURRENT_USER} and friends
   * @return {@link JsValue#NULL} when every rule passes, or when the filter is null or undefined
   * @throws JsException with a {@link JsArray} of {@code FAILED_VALIDATION} DirectusErrors (one per
   *     failed rule, in filter order) when rules fail, or with a single plain error when the
   *     filter is malformed or a failure cannot be classified (engine.md §7.5, §7.6)
   */
  public static JsValue validate(JsValue filter, JsValue data, JsValue accountability, Clock clock) {
    JsObject normalized = new FilterNormalizer(new DynamicVariables(accountability, clock)).normalize(filter);
    if (normalized == null) {
      return JsValue.NULL;
    }
    List<Failure> failures = new PayloadValidator(clock).validate(normalized, data);
    if (failures.isEmpty()) {
      return JsValue.NULL;
    }
    throw new JsException(FailureMessages.toErrors(failures, clock.getZone()));
  }
}
