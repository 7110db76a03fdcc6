package dev.flowsmith.app.edit;

import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.Link;
import dev.flowsmith.model.Operation;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Small flows for the edit tests: operations named by key, ids derived from the key. */
final class EditFixtures {

  private EditFixtures() {}

  static String id(String flowId, String key) {
    return flowId + "-" + key;
  }

  /** An unlinked "log" operation of flow {@code flowId} at (x, y). */
  static Operation op(String flowId, String key, int x, int y) {
    return Operation.create(id(flowId, key), key, "log", new GridPosition(x, y), flowId);
  }

  static Flow flow(String flowId, Operation... ops) {
    return Flow.create(flowId, "Flow " + flowId).withOperations(List.of(ops));
  }

  static Operation byKey(Flow flow, String key) {
    return flow.operationByKey(key).orElseThrow();
  }

  static JsonValue json(String text) {
    try {
      return JsonText.parseValue(text);
    } catch (FlowFormatException e) {
      throw new UncheckedIOException(new java.io.IOException(e));
    }
  }

  /** Every arrow as "from -kind-> to" by key; the trigger is "trigger". */
  static Set<String> arrows(Flow flow) {
    Map<String, String> keys = new HashMap<>();
    flow.operations().forEach(op -> keys.put(op.id(), op.key()));
    Set<String> out = new TreeSet<>();
    for (Link link : flow.graph().links()) {
      String from = link.from() == null ? "trigger" : keys.get(link.from());
      out.add(from + " -" + link.kind().field() + "-> " + keys.get(link.to()));
    }
    return out;
  }

  /** Pairs of keys whose tiles overlap (the trigger included), found through a grid of tile-sized buckets. */
  static List<String> overlaps(Flow flow) {
    List<Operation> tiles = new ArrayList<>(flow.operations());
    tiles.add(Operation.create("trigger", "trigger", "trigger", GridPosition.TRIGGER, flow.id()));
    int size = GridPosition.TILE_SIZE;
    Map<Long, List<Operation>> buckets = new HashMap<>();
    List<String> found = new ArrayList<>();
    for (Operation tile : tiles) {
      long bx = Math.floorDiv(tile.position().x(), size);
      long by = Math.floorDiv(tile.position().y(), size);
      for (long dx = -1; dx <= 1; dx++) {
        for (long dy = -1; dy <= 1; dy++) {
          for (Operation other : buckets.getOrDefault(((bx + dx) << 32) ^ (by + dy), List.of())) {
            if (other.position().overlaps(tile.position())) {
              found.add(other.key() + " / " + tile.key());
            }
          }
        }
      }
      buckets.computeIfAbsent((bx << 32) ^ by, k -> new ArrayList<>()).add(tile);
    }
    return found;
  }
}
