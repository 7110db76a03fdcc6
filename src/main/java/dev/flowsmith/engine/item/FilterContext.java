package dev.flowsmith.engine.item;

import java.time.Instant;
import java.util.Objects;

/**
 * What dynamic filter variables resolve against: the time of the query ({@code $NOW}) and the
 * accountability of the call ({@code $CURRENT_USER}, {@code $CURRENT_ROLE}, …), engine.md §6.4.
 */
public record FilterContext(Instant now, ItemAccess access) {

  public FilterContext {
    Objects.requireNonNull(now);
    Objects.requireNonNull(access);
  }
}
