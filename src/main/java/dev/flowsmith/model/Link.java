package dev.flowsmith.model;

import org.jspecify.annotations.Nullable;

/**
 * One arrow of a flow: from the trigger (entry) or from an operation's resolve or reject handle
 * to an operation.
 *
 * @param from the source operation id, or {@code null} for the trigger
 */
public record Link(@Nullable String from, String to, Kind kind) {

  public enum Kind {
    ENTRY("operation"),
    RESOLVE("resolve"),
    REJECT("reject");

    private final String field;

    Kind(String field) {
      this.field = field;
    }

    /** The stored field that holds this link: {@code operation} on the flow, else on the operation. */
    public String field() {
      return field;
    }
  }

  public boolean fromTrigger() {
    return kind == Kind.ENTRY;
  }
}
