package dev.flowsmith.engine.operation;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The one place operation types are registered; custom operations plug in the same way. */
public final class OperationRegistry {

  private final Map<String, OperationHandler> handlers = new LinkedHashMap<>();

  public OperationRegistry register(OperationHandler handler) {
    handlers.put(handler.type(), handler);
    return this;
  }

  /** The handler for a type; empty for an unknown type, which ends a run with status unknown (engine.md §4.3). */
  public Optional<OperationHandler> find(String type) {
    return Optional.ofNullable(handlers.get(type));
  }

  public Collection<OperationHandler> all() {
    return handlers.values();
  }
}
