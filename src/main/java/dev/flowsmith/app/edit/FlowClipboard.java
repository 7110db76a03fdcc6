package dev.flowsmith.app.edit;

import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.FlowWriter;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.Operation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Copy and paste of sub-graphs as canonical flow JSON (editor.md §15 "beyond", §14-10). The
 * copied text is a complete flow document, so it can be saved as a file, pasted into another
 * flow or another Flowsmith, and text copied from Directus pastes the same way.
 */
public final class FlowClipboard {

  /** editor.md §3: Duplicate lands the copy 2 cells right and 2 down of the original. */
  public static final int DUPLICATE_OFFSET = 2;

  /** The flow after a paste and the ids of the operations it added. */
  public record Pasted(Flow flow, Set<String> newIds) {
    public Pasted {
      newIds = Set.copyOf(newIds);
    }
  }

  private FlowClipboard() {}

  /**
   * The operations {@code operationIds} of {@code flow} as a canonical flow document. Arrows to
   * operations outside the set are dropped; the entry pointer stays only when its target is copied.
   */
  public static String copy(Flow flow, Set<String> operationIds) {
    List<Operation> copied = new ArrayList<>();
    for (Operation op : flow.operations()) {
      if (operationIds.contains(op.id())) {
        copied.add(op.withResolve(inside(op.resolve(), operationIds)).withReject(inside(op.reject(), operationIds)));
      }
    }
    return FlowWriter.canonical(flow.withOperations(copied).withEntry(inside(flow.operation(), operationIds)));
  }

  /**
   * Adds the operations in {@code text} to {@code target} as a new, unconnected group: new ids,
   * keys made unique (original key when free, else {@code key_xxxxx}), arrows and {@code {{ key }}}
   * references inside the group following the renames. The group's top-left goes to
   * {@code anchor}, or 2/2 cells from where it was copied when null, then moves down in whole tile
   * heights until it covers no tile of the target.
   *
   * @throws FlowFormatException when the text is not a flow or operations; the target is untouched
   */
  public static Pasted paste(Flow target, String text, @Nullable GridPosition anchor) throws FlowFormatException {
    List<Operation> source = ClipboardText.operations(text);
    Map<String, String> newIds = new HashMap<>();
    for (Operation op : source) {
      newIds.put(op.id(), UUID.randomUUID().toString());
    }
    Map<String, String> renamedKeys = newKeys(target, source);
    GridPosition offset = offset(target, source, anchor);
    List<Operation> group = new ArrayList<>();
    for (Operation op : source) {
      JsonValue options = op.options();
      for (Map.Entry<String, String> rename : renamedKeys.entrySet()) {
        options = TemplateReferences.rename(options, rename.getKey(), rename.getValue());
      }
      // a pasted operation is a new row: the server's creation date and creator do not carry over
      group.add(new Operation(newIds.get(op.id()), op.name(), renamedKeys.getOrDefault(op.key(), op.key()), op.type(),
          op.position().offset(offset.x(), offset.y()), options, mapped(op.resolve(), newIds),
          mapped(op.reject(), newIds), target.id(), null, null, op.extra()));
    }
    List<Operation> all = new ArrayList<>(target.operations());
    all.addAll(group);
    Set<String> added = new LinkedHashSet<>();
    group.forEach(op -> added.add(op.id()));
    return new Pasted(target.withOperations(all), added);
  }

  /** A copy of the operations in the same flow, 2/2 cells down-right (moved further down when taken). */
  public static Flow duplicate(Flow flow, Set<String> operationIds) {
    return duplicateGroup(flow, operationIds).flow();
  }

  /** {@link #duplicate} that also tells which operations are the copies (to select them). */
  public static Pasted duplicateGroup(Flow flow, Set<String> operationIds) {
    if (operationIds.stream().noneMatch(id -> flow.operationById(id).isPresent())) {
      return new Pasted(flow, Set.of());
    }
    try {
      return paste(flow, copy(flow, operationIds), null);
    } catch (FlowFormatException impossible) {
      throw new IllegalStateException("a copied flow could not be read back", impossible);
    }
  }

  /**
   * Old key → new key for every pasted key that is taken: in the target, or earlier in the group.
   * A new key never equals any original key of the group, so applying the renames one after
   * another can never rename a reference twice.
   */
  private static Map<String, String> newKeys(Flow target, List<Operation> source) {
    Set<String> taken = OperationKeys.keys(target, null);
    Set<String> originals = new HashSet<>();
    source.forEach(op -> originals.add(op.key()));
    Map<String, String> renamed = new LinkedHashMap<>();
    for (Operation op : source) {
      String key = op.key();
      if (taken.contains(key)) {
        String candidate;
        do {
          candidate = key + "_" + OperationKeys.randomSuffix();
        } while (taken.contains(candidate) || originals.contains(candidate));
        renamed.putIfAbsent(key, candidate);
        key = candidate;
      }
      taken.add(key);
    }
    return renamed;
  }

  /** How far the group moves: to the anchor (or +2/+2), then down by whole tile heights until free. */
  private static GridPosition offset(Flow target, List<Operation> source, @Nullable GridPosition anchor) {
    int minX = Integer.MAX_VALUE;
    int minY = Integer.MAX_VALUE;
    for (Operation op : source) {
      minX = Math.min(minX, op.position().x());
      minY = Math.min(minY, op.position().y());
    }
    GridPosition topLeft = anchor != null ? anchor : new GridPosition(minX + DUPLICATE_OFFSET, minY + DUPLICATE_OFFSET);
    int dx = Math.max(1, topLeft.x()) - minX;
    int dy = Math.max(1, topLeft.y()) - minY;
    List<GridPosition> placed = new ArrayList<>(source.size());
    source.forEach(op -> placed.add(op.position().offset(dx, dy)));
    int rows = GroupPlacement.freeShift(target, placed, GridPosition.TILE_SIZE);
    return new GridPosition(dx, dy + rows * GridPosition.TILE_SIZE);
  }

  private static @Nullable String inside(@Nullable String id, Set<String> ids) {
    return id != null && ids.contains(id) ? id : null;
  }

  private static @Nullable String mapped(@Nullable String id, Map<String, String> newIds) {
    return id == null ? null : newIds.get(id);
  }
}
