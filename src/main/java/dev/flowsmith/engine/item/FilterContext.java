package dev.flowsmith.engine.item;

import dev.flowsmith.engine.filter.DynamicVariables;
import dev.flowsmith.engine.value.JsArray;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What dynamic filter variables resolve against: the time of the query and the server's time
 * zone ({@code $NOW}, {@code $NOW(-1 month)}) and the accountability of the call
 * ({@code $CURRENT_USER}, {@code $CURRENT_ROLE}, …), engine.md §6.4.
 */
public record FilterContext(Instant now, ZoneId zone, ItemAccess access) {

  public FilterContext {
    Objects.requireNonNull(now);
    Objects.requireNonNull(zone);
    Objects.requireNonNull(access);
  }

  /** The time of a query on {@code clock}, in the clock's zone. */
  public static FilterContext at(Clock clock, ItemAccess access) {
    return new FilterContext(clock.instant(), clock.getZone(), access);
  }

  /**
   * The same dynamic variables a condition operation resolves; the store knows no policies, so
   * {@code $CURRENT_POLICIES} is an empty list.
   */
  DynamicVariables variables() {
    return new DynamicVariables(access.accountability(), Clock.fixed(now, zone), JsArray.EMPTY);
  }
}
