package dev.flowsmith.engine.operation;

import static dev.flowsmith.model.OptionField.Kind.JSON;
import static dev.flowsmith.model.OptionField.field;

import dev.flowsmith.engine.filter.FilterValidator;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.model.OperationType;
import java.time.Clock;
import java.util.List;

/**
 * engine.md §6.1 {@code condition}: validates the whole data chain against the (already
 * rendered) {@code filter} option. Resolves null when every rule passes or there is no filter;
 * rejects with an array of {@code FAILED_VALIDATION} errors, one per failed rule, or with a
 * single plain error for a malformed filter. A filter stored as JSON text is not parsed: like
 * Directus 11.11 it rejects with {@code RangeError: Maximum call stack size exceeded} (§7.6; lint
 * reports it as {@code filter-not-object}).
 *
 * <p>The time for {@code $NOW} comes from the run's {@link Clock} service (the system clock when
 * none is registered); the clock's zone stands for the Directus server's time zone.
 */
public final class ConditionOperation implements OperationHandler {

  public static final String TYPE = "condition";

  /** The form the Studio shows for this type (editor.md §7); lint and completion derive from it too. */
  public static final OperationType DESCRIPTION = OperationType.of(TYPE, "Condition", "rule", List.of("filter"),
        field("filter", "Condition Rules", JSON).required().build());

  @Override
  public OperationType description() {
    return DESCRIPTION;
  }

  @Override
  public JsValue run(JsObject options, OperationContext context) {
    Clock clock = context.services().find(Clock.class).orElseGet(Clock::systemDefaultZone);
    return FilterValidator.validate(options.get("filter"), context.chain(), context.accountability(), clock);
  }
}
