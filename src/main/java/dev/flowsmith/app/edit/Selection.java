package dev.flowsmith.app.edit;

import java.util.Set;

/** What is selected on the canvas: some operations, and/or the trigger tile. */
public record Selection(Set<String> operations, boolean trigger) {

  public static final Selection NONE = new Selection(Set.of(), false);

  public Selection {
    operations = Set.copyOf(operations);
  }

  public static Selection of(Set<String> operations) {
    return new Selection(operations, false);
  }

  public static Selection triggerOnly() {
    return new Selection(Set.of(), true);
  }

  public boolean isEmpty() {
    return operations.isEmpty() && !trigger;
  }

  /** The one selected operation, when exactly one operation and not the trigger is selected. */
  public java.util.Optional<String> single() {
    return operations.size() == 1 && !trigger ? java.util.Optional.of(operations.iterator().next())
        : java.util.Optional.empty();
  }
}
