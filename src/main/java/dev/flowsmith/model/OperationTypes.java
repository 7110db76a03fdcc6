package dev.flowsmith.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The operation types a flow can use, each with its option description (STYLE.md rule 3). The
 * engine's registry provides them from its handlers, so a custom operation that describes itself
 * gets a form, lint and completion like a core one; format and the app only see this interface.
 */
public interface OperationTypes {

  /** The type stored as {@code type}, e.g. {@code "item-read"}; empty when no handler provides it. */
  Optional<OperationType> find(String id);

  /** Every type, core ones first in the Studio's order, then custom ones in registration order. */
  Collection<OperationType> all();

  default boolean isKnown(String id) {
    return find(id).isPresent();
  }

  /** The display name of a type, or the stored id itself for an unknown type (as the Studio shows it). */
  default String displayName(String id) {
    return find(id).map(OperationType::displayName).orElse(id);
  }

  /** A fixed set of types, in the given order; a later type with the same id replaces an earlier one. */
  static OperationTypes of(Collection<OperationType> types) {
    Map<String, OperationType> byId = new LinkedHashMap<>();
    types.forEach(type -> byId.put(type.id(), type));
    List<OperationType> ordered = List.copyOf(byId.values());
    return new OperationTypes() {
      @Override
      public Optional<OperationType> find(String id) {
        return Optional.ofNullable(byId.get(id));
      }

      @Override
      public Collection<OperationType> all() {
        return ordered;
      }
    };
  }
}
