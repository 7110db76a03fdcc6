package dev.flowsmith.app.edit;

import dev.flowsmith.engine.operation.StandardOperations;
import dev.flowsmith.model.AutoLayout;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.FlowGraph;
import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.Link;
import dev.flowsmith.model.Operation;
import dev.flowsmith.model.OperationType;
import dev.flowsmith.model.OptionField;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The structural edits of a flow as pure functions: each takes a flow and returns the edited
 * flow, or refuses with a reason and changes nothing. {@link FlowEditor} puts their results on
 * the undo stack; tests and the CLI can use them directly.
 */
public final class FlowEdits {

  /** editor.md §3: a resolve child goes 18 cells right, a reject child 18 right and 16 down. */
  public static final int CHILD_DX = AutoLayout.CHILD_DX;
  public static final int REJECT_CHILD_DY = AutoLayout.ROW;

  /** A new operation and the flow that holds it. */
  public record Created(Flow flow, String operationId) {}

  private FlowEdits() {}

  /**
   * Points handle {@code kind} of {@code fromId} (the trigger when {@code null}) at {@code toId}.
   * Refuses what Directus cannot store: a second arrow into one input (editor.md §13-5), a link
   * to itself, a loop (§5.4).
   */
  public static Flow connect(Flow flow, @Nullable String fromId, Link.Kind kind, String toId)
      throws EditRefusedException {
    Operation target = require(flow, toId);
    if (fromId == null) {
      if (toId.equals(flow.operation())) {
        return flow;
      }
    } else {
      Operation source = require(flow, fromId);
      if (kind == Link.Kind.ENTRY) {
        throw new IllegalArgumentException("an operation has no entry handle");
      }
      if (toId.equals(target(source, kind))) {
        return flow;
      }
      if (fromId.equals(toId)) {
        throw new EditRefusedException("An operation cannot lead to itself.");
      }
    }
    FlowGraph graph = flow.graph();
    for (Link incoming : graph.incoming(toId)) {
      throw new EditRefusedException("\"" + target.key() + "\" already has an arrow coming in from "
          + describe(flow, incoming.from()) + ". An operation takes one incoming arrow; detach that one first.");
    }
    if (fromId != null && graph.wouldCreateCycle(fromId, toId)) {
      throw new EditRefusedException("Connecting \"" + require(flow, fromId).key() + "\" to \"" + target.key()
          + "\" would make a loop: \"" + target.key() + "\" already leads back to it.");
    }
    if (fromId == null) {
      return flow.withEntry(toId);
    }
    return flow.withOperation(fromId, op -> kind == Link.Kind.RESOLVE ? op.withResolve(toId) : op.withReject(toId));
  }

  /** Removes the arrow leaving handle {@code kind} of {@code fromId} (the trigger when null). */
  public static Flow disconnect(Flow flow, @Nullable String fromId, Link.Kind kind) {
    if (fromId == null) {
      return flow.withEntry(null);
    }
    require(flow, fromId);
    return flow.withOperation(fromId, op -> kind == Link.Kind.REJECT ? op.withReject(null) : op.withResolve(null));
  }

  /** Removes the arrow coming into {@code toId}, wherever it comes from. */
  public static Flow detachIncoming(Flow flow, String toId) {
    Flow result = flow;
    for (Link link : flow.graph().incoming(toId)) {
      result = disconnect(result, link.from(), link.kind());
    }
    return result;
  }

  /**
   * Removes the operations and every arrow to them in one step (editor.md §6.4: their children
   * are not re-attached).
   */
  public static Flow delete(Flow flow, Set<String> ids) {
    List<Operation> kept = new ArrayList<>();
    for (Operation op : flow.operations()) {
      if (ids.contains(op.id())) {
        continue;
      }
      Operation cleaned = op;
      if (op.resolve() != null && ids.contains(op.resolve())) {
        cleaned = cleaned.withResolve(null);
      }
      if (op.reject() != null && ids.contains(op.reject())) {
        cleaned = cleaned.withReject(null);
      }
      kept.add(cleaned);
    }
    Flow result = flow.withOperations(kept);
    return flow.operation() != null && ids.contains(flow.operation()) ? result.withEntry(null) : result;
  }

  /**
   * Moves the operations by whole cells together. The group is clamped so no tile goes left of
   * or above cell 1; a move that would put a tile onto another tile (or the trigger) is refused.
   */
  public static Flow move(Flow flow, Set<String> ids, int dx, int dy) throws EditRefusedException {
    int minX = Integer.MAX_VALUE;
    int minY = Integer.MAX_VALUE;
    for (Operation op : flow.operations()) {
      if (ids.contains(op.id())) {
        minX = Math.min(minX, op.position().x());
        minY = Math.min(minY, op.position().y());
      }
    }
    if (minX == Integer.MAX_VALUE) {
      return flow;
    }
    int clampedDx = Math.max(dx, 1 - minX);
    int clampedDy = Math.max(dy, 1 - minY);
    if (clampedDx == 0 && clampedDy == 0) {
      return flow;
    }
    List<Operation> moved = new ArrayList<>(flow.operations().size());
    List<GridPosition> newPositions = new ArrayList<>();
    for (Operation op : flow.operations()) {
      if (ids.contains(op.id())) {
        GridPosition to = op.position().offset(clampedDx, clampedDy);
        newPositions.add(to);
        moved.add(op.withPosition(to));
      } else {
        moved.add(op);
      }
    }
    for (GridPosition to : newPositions) {
      if (to.overlaps(GridPosition.TRIGGER)) {
        throw new EditRefusedException("A tile cannot sit on the trigger.");
      }
      for (Operation other : flow.operations()) {
        if (!ids.contains(other.id()) && to.overlaps(other.position())) {
          throw new EditRefusedException("A tile cannot sit on another tile (\"" + other.key() + "\").");
        }
      }
    }
    return flow.withOperations(moved);
  }

  /**
   * A new operation of {@code type} at {@code at} (moved down to the first free spot), with the
   * type's option defaults, a placeholder key, and linked from {@code fromId}'s {@code kind}
   * handle when {@code linkFrom} is true ({@code fromId} null = the trigger).
   */
  public static Created create(Flow flow, String type, GridPosition at, boolean linkFrom, @Nullable String fromId,
      Link.Kind kind) throws EditRefusedException {
    String id = UUID.randomUUID().toString();
    GridPosition free = freePosition(flow, at);
    Operation op = Operation.create(id, OperationKeys.placeholder(flow, type), type, free, flow.id())
        .withOptions(defaultOptions(type));
    List<Operation> operations = new ArrayList<>(flow.operations());
    operations.add(op);
    Flow added = flow.withOperations(operations);
    if (linkFrom) {
      if (fromId == null) {
        added = added.withEntry(id);
      } else {
        added = connect(added, fromId, kind, id);
      }
    }
    return new Created(added, id);
  }

  /** Where a child created from handle {@code kind} of {@code fromId} goes (editor.md §3). */
  public static GridPosition childPosition(Flow flow, @Nullable String fromId, Link.Kind kind) {
    GridPosition parent = fromId == null ? GridPosition.TRIGGER : require(flow, fromId).position();
    GridPosition wanted = parent.offset(CHILD_DX, kind == Link.Kind.REJECT ? REJECT_CHILD_DY : 0);
    return freePosition(flow, wanted);
  }

  /** {@code wanted}, or the nearest spot below it (in the same column) that overlaps no tile. */
  public static GridPosition freePosition(Flow flow, GridPosition wanted) {
    GridPosition candidate = new GridPosition(Math.max(1, wanted.x()), Math.max(1, wanted.y()));
    while (true) {
      GridPosition current = candidate;
      Operation blocking = null;
      for (Operation op : flow.operations()) {
        if (op.position().overlaps(current)) {
          blocking = op;
          break;
        }
      }
      if (blocking == null && !current.overlaps(GridPosition.TRIGGER)) {
        return current;
      }
      int below = blocking == null ? GridPosition.TRIGGER.y() : blocking.position().y();
      candidate = new GridPosition(current.x(), below + GridPosition.TILE_SIZE);
    }
  }

  /** The defaults the Studio merges into a new operation's options (editor.md §7). */
  public static JsonValue defaultOptions(String type) {
    OperationType known = StandardOperations.types().find(type).orElse(null);
    if (known == null) {
      return JsonValue.JsonObject.EMPTY;
    }
    JsonValue.JsonObject options = JsonValue.JsonObject.EMPTY;
    for (OptionField field : known.fields()) {
      if (field.defaultValue() != null) {
        options = options.with(field.key(), field.defaultValue());
      }
    }
    return options;
  }

  /**
   * Changes an operation's key and, when {@code updateReferences}, every {@code {{ old… }}}
   * reference to it in other operations' options (format.md §4: keys behave like variable names).
   */
  public static Flow rekey(Flow flow, String operationId, String newKey, boolean updateReferences)
      throws EditRefusedException {
    Operation op = require(flow, operationId);
    var problem = OperationKeys.problem(flow, operationId, newKey);
    if (problem.isPresent()) {
      throw new EditRefusedException(problem.get());
    }
    String oldKey = op.key();
    Flow renamed = flow.withOperation(operationId, o -> o.withKey(newKey));
    if (!updateReferences || oldKey.equals(newKey)) {
      return renamed;
    }
    List<Operation> updated = new ArrayList<>();
    for (Operation other : renamed.operations()) {
      updated.add(other.withOptions(TemplateReferences.rename(other.options(), oldKey, newKey)));
    }
    return renamed.withOperations(updated);
  }

  static Operation require(Flow flow, String id) {
    return flow.operationById(id).orElseThrow(() -> new IllegalArgumentException("no operation " + id));
  }

  private static @Nullable String target(Operation op, Link.Kind kind) {
    return kind == Link.Kind.REJECT ? op.reject() : op.resolve();
  }

  private static String describe(Flow flow, @Nullable String fromId) {
    if (fromId == null) {
      return "the trigger";
    }
    return flow.operationById(fromId).map(o -> "\"" + o.key() + "\"").orElse(Objects.requireNonNull(fromId));
  }
}
