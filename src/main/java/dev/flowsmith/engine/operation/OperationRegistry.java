package dev.flowsmith.engine.operation;

import dev.flowsmith.model.OperationType;
import dev.flowsmith.model.OperationTypes;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place operation types are registered: each handler brings its description, so this is
 * also the {@link OperationTypes} that lint, forms and completion read. Custom operations plug in
 * the same way.
 */
public final class OperationRegistry {

  private final Map<String, OperationHandler> handlers = new LinkedHashMap<>();

  /** Adds a handler; one with the same type as an earlier one replaces it. */
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

  /** The descriptions of the registered handlers, as they are now, in registration order. */
  public OperationTypes types() {
    List<OperationType> described = handlers.values().stream().map(OperationHandler::description).toList();
    return OperationTypes.of(described);
  }
}
