package dev.flowsmith.app.canvas;

import dev.flowsmith.model.Flow;
import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.Operation;
import java.util.ArrayList;
import java.util.List;

/** Generated flows for canvas tests and the benchmark. */
public final class TestFlows {

  public static final String FLOW_ID = "00000000-0000-4000-8000-000000000001";
  /** Operations per row of a generated chain. */
  public static final int ROW_LENGTH = 20;
  private static final String[] TYPES = {"log", "item-read", "request", "transform", "condition", "sleep"};

  private TestFlows() {}

  /**
   * {@code count} operations in rows of {@link #ROW_LENGTH} on the Studio's 18-cell rhythm, linked
   * into one resolve chain (each row's last tile resolves to the next row's first, a detour arrow);
   * every fifth tile also gets a reject child half a row below, as auto-placement puts it (§3).
   */
  public static Flow chain(int count) {
    List<Operation> ops = new ArrayList<>(count);
    int previous = -1;
    int row = 0;
    int column = 0;
    while (ops.size() < count) {
      GridPosition cell = new GridPosition(19 + 18 * column, 1 + 32 * row);
      int index = ops.size();
      ops.add(operation(index, cell));
      if (previous >= 0) {
        ops.set(previous, ops.get(previous).withResolve(ops.get(index).id()));
      }
      previous = index;
      if (column % 5 == 0 && ops.size() < count) {
        Operation branch = operation(ops.size(), cell.offset(18, 16));
        ops.set(index, ops.get(index).withReject(branch.id()));
        ops.add(branch);
      }
      column++;
      if (column == ROW_LENGTH) {
        column = 0;
        row++;
      }
    }
    return withEntry(ops);
  }

  private static Flow withEntry(List<Operation> ops) {
    Flow flow = Flow.create(FLOW_ID, "Generated").withTrigger("manual", JsonObject.EMPTY).withOperations(ops);
    return ops.isEmpty() ? flow : flow.withEntry(ops.get(0).id());
  }

  public static Operation operation(int index, GridPosition cell) {
    String type = TYPES[index % TYPES.length];
    JsonObject options = JsonObject.builder().put("message", "step " + index).put("collection", "articles")
        .put("url", "https://example.com/hook/" + index).build();
    return new Operation("op-" + index, "Step " + index, "step_" + index, type, cell, options, null, null, FLOW_ID,
        null, null, JsonValue.JsonObject.EMPTY);
  }

  /** A flow holding exactly these operations, the first one the entry. */
  public static Flow of(Operation... ops) {
    return withEntry(List.of(ops));
  }
}
