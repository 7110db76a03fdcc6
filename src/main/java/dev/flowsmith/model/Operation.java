package dev.flowsmith.model;

import dev.flowsmith.model.JsonValue.JsonObject;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One row of {@code directus_operations} (format.md §3). Links are operation ids; {@code extra}
 * holds every field this version does not know, in the order read, so a round trip keeps them.
 *
 * @param options the type-specific options; {@link JsonValue#NULL} when the row has none
 */
public record Operation(
    String id,
    @Nullable String name,
    String key,
    String type,
    GridPosition position,
    JsonValue options,
    @Nullable String resolve,
    @Nullable String reject,
    String flow,
    @Nullable String dateCreated,
    @Nullable String userCreated,
    JsonObject extra) {

  public Operation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(flow, "flow");
    Objects.requireNonNull(extra, "extra");
  }

  /** A new, unlinked operation with no options and no server metadata. */
  public static Operation create(String id, String key, String type, GridPosition position, String flow) {
    return new Operation(id, null, key, type, position, JsonValue.NULL, null, null, flow, null, null,
        JsonObject.EMPTY);
  }

  /** The options as an object; {@code null} and non-object options read as empty, as the runner treats them. */
  public JsonObject optionsObject() {
    return options instanceof JsonObject object ? object : JsonObject.EMPTY;
  }

  public Operation withName(@Nullable String newName) {
    return new Operation(id, newName, key, type, position, options, resolve, reject, flow, dateCreated,
        userCreated, extra);
  }

  public Operation withKey(String newKey) {
    return new Operation(id, name, newKey, type, position, options, resolve, reject, flow, dateCreated,
        userCreated, extra);
  }

  public Operation withPosition(GridPosition newPosition) {
    return new Operation(id, name, key, type, newPosition, options, resolve, reject, flow, dateCreated,
        userCreated, extra);
  }

  public Operation withOptions(JsonValue newOptions) {
    return new Operation(id, name, key, type, position, newOptions, resolve, reject, flow, dateCreated,
        userCreated, extra);
  }

  public Operation withResolve(@Nullable String target) {
    return new Operation(id, name, key, type, position, options, target, reject, flow, dateCreated,
        userCreated, extra);
  }

  public Operation withReject(@Nullable String target) {
    return new Operation(id, name, key, type, position, options, resolve, target, flow, dateCreated,
        userCreated, extra);
  }

  public Operation withFlow(String flowId) {
    return new Operation(id, name, key, type, position, options, resolve, reject, flowId, dateCreated,
        userCreated, extra);
  }

  /** The tile label: the name, or the type's display name as the Studio falls back to. */
  public String displayName(OperationTypes types) {
    if (name != null && !name.isBlank()) {
      return name;
    }
    return types.displayName(type);
  }
}
