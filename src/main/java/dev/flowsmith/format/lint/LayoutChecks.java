package dev.flowsmith.format.lint;

import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.Operation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Tile positions on the 20 px grid (format.md §7): 1-based, 14 × 14 cells, trigger fixed at (1, 1). */
final class LayoutChecks implements LintCheck {

  @Override
  public void check(LintContext context) {
    List<Operation> ops = context.operations();
    for (int i = 0; i < ops.size(); i++) {
      Operation op = ops.get(i);
      checkCoordinate(context, i, op, "position_x", op.position().x());
      checkCoordinate(context, i, op, "position_y", op.position().y());
      if (op.position().overlaps(GridPosition.TRIGGER)) {
        context.warning("overlapping-tiles", LintContext.operationField(i, "position_x"), LintContext.subject(op)
            + " at " + at(op) + " overlaps the trigger tile, which always sits at (1, 1); tiles are 14 × 14 cells,"
            + " so the first column free of it is 15");
      }
    }
    checkOverlaps(context);
  }

  private static void checkCoordinate(LintContext context, int index, Operation op, String field, int value) {
    if (value < 1) {
      context.error("position-out-of-range", LintContext.operationField(index, field), LintContext.subject(op)
          + " has " + field + " " + value + "; grid positions start at 1 (format.md §7)");
    }
  }

  /** Sweep over tiles sorted by column, so a 5,000-operation flow compares only near neighbours. */
  private static void checkOverlaps(LintContext context) {
    List<Operation> ops = context.operations();
    List<Integer> byColumn = new ArrayList<>();
    for (int i = 0; i < ops.size(); i++) {
      byColumn.add(i);
    }
    byColumn.sort(Comparator.comparingInt((Integer i) -> ops.get(i).position().x()).thenComparingInt(i -> i));
    for (int a = 0; a < byColumn.size(); a++) {
      Operation left = ops.get(byColumn.get(a));
      for (int b = a + 1; b < byColumn.size(); b++) {
        Operation right = ops.get(byColumn.get(b));
        if (right.position().x() - left.position().x() >= GridPosition.TILE_SIZE) {
          break;
        }
        if (left.position().overlaps(right.position())) {
          int later = Math.max(byColumn.get(a), byColumn.get(b));
          Operation earlier = ops.get(Math.min(byColumn.get(a), byColumn.get(b)));
          Operation moved = ops.get(later);
          context.warning("overlapping-tiles", LintContext.operationField(later, "position_x"),
              LintContext.subject(moved) + " at " + at(moved) + " overlaps " + LintContext.name(earlier) + " at "
                  + at(earlier) + "; tiles are 14 × 14 cells, so one hides the other on the canvas");
        }
      }
    }
  }

  private static String at(Operation op) {
    return "(" + op.position().x() + ", " + op.position().y() + ")";
  }
}
