package dev.flowsmith.app.canvas;

import dev.flowsmith.model.Flow;
import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.Operation;

/**
 * Pixel geometry of the flow canvas (editor.md §3): 20 px cells, 1-based tile cells, 14 × 14
 * cell tiles, the trigger fixed at (1, 1). Drawing and, later, hit-testing use these same numbers.
 */
public final class CanvasGeometry {

  public static final int CELL = 20;
  public static final int TILE = GridPosition.TILE_SIZE * CELL;
  /** Edit mode leaves this many empty cells right of and below the furthest tile to drag into. */
  public static final int EDIT_MARGIN_CELLS = 25;

  /** The canvas size in pixels. */
  public record Size(double width, double height) {}

  private CanvasGeometry() {}

  public static double left(GridPosition cell) {
    return (cell.x() - 1) * (double) CELL;
  }

  public static double top(GridPosition cell) {
    return (cell.y() - 1) * (double) CELL;
  }

  /** Hugs the furthest tile (view mode), or adds {@link #EDIT_MARGIN_CELLS} in edit mode. */
  public static Size canvasSize(Flow flow, boolean editMode) {
    int right = GridPosition.TRIGGER.x();
    int bottom = GridPosition.TRIGGER.y();
    for (Operation op : flow.operations()) {
      right = Math.max(right, op.position().x());
      bottom = Math.max(bottom, op.position().y());
    }
    int margin = editMode ? EDIT_MARGIN_CELLS : 0;
    return new Size((right - 1 + GridPosition.TILE_SIZE + margin) * (double) CELL,
        (bottom - 1 + GridPosition.TILE_SIZE + margin) * (double) CELL);
  }
}
