package dev.flowsmith.model;

import dev.flowsmith.model.JsonValue.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A flow: one row of {@code directus_flows} with its operations (format.md §2). The trigger is
 * not an operation; it is {@link #trigger()} plus {@link #options()}, and the arrow out of it is
 * {@link #operation()}, the entry operation's id.
 *
 * @param trigger the stored trigger id, kept verbatim so an unknown one survives a round trip
 * @param options the trigger options; {@link JsonValue#NULL} when the row has none
 * @param extra every field this version does not know, in the order read
 */
public record Flow(
    String id,
    String name,
    @Nullable String icon,
    @Nullable String color,
    @Nullable String description,
    String status,
    @Nullable String trigger,
    @Nullable String accountability,
    JsonValue options,
    @Nullable String operation,
    @Nullable String dateCreated,
    @Nullable String userCreated,
    List<Operation> operations,
    JsonObject extra) {

  public static final String ACTIVE = "active";
  public static final String INACTIVE = "inactive";

  public Flow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(extra, "extra");
    operations = List.copyOf(operations);
  }

  /** An empty, active flow with no trigger configured, as the Studio's create drawer starts one. */
  public static Flow create(String id, String name) {
    return new Flow(id, name, "bolt", null, null, ACTIVE, null, "all", JsonValue.NULL, null, null, null,
        List.of(), JsonObject.EMPTY);
  }

  public Optional<TriggerType> triggerType() {
    return trigger == null ? Optional.empty() : TriggerType.fromId(trigger);
  }

  /** Trigger options as an object; the runner treats {@code null} as {@code {}} (engine.md §2.1). */
  public JsonObject triggerOptions() {
    return options instanceof JsonObject object ? object : JsonObject.EMPTY;
  }

  public Optional<Operation> operationById(String operationId) {
    return operations.stream().filter(o -> o.id().equals(operationId)).findFirst();
  }

  public Optional<Operation> operationByKey(String key) {
    return operations.stream().filter(o -> o.key().equals(key)).findFirst();
  }

  public FlowGraph graph() {
    return new FlowGraph(this);
  }

  public Flow withName(String newName) {
    return new Flow(id, newName, icon, color, description, status, trigger, accountability, options,
        operation, dateCreated, userCreated, operations, extra);
  }

  public Flow withStatus(String newStatus) {
    return new Flow(id, name, icon, color, description, newStatus, trigger, accountability, options,
        operation, dateCreated, userCreated, operations, extra);
  }

  public Flow withTrigger(@Nullable String newTrigger, JsonValue newOptions) {
    return new Flow(id, name, icon, color, description, status, newTrigger, accountability, newOptions,
        operation, dateCreated, userCreated, operations, extra);
  }

  public Flow withEntry(@Nullable String entryOperationId) {
    return new Flow(id, name, icon, color, description, status, trigger, accountability, options,
        entryOperationId, dateCreated, userCreated, operations, extra);
  }

  public Flow withOperations(List<Operation> newOperations) {
    return new Flow(id, name, icon, color, description, status, trigger, accountability, options,
        operation, dateCreated, userCreated, newOperations, extra);
  }

  /** A copy with one operation replaced by {@code change} applied to it. */
  public Flow withOperation(String operationId, UnaryOperator<Operation> change) {
    List<Operation> changed = new ArrayList<>(operations.size());
    for (Operation op : operations) {
      changed.add(op.id().equals(operationId) ? change.apply(op) : op);
    }
    return withOperations(changed);
  }
}
