package dev.flowsmith.app.canvas;

import dev.flowsmith.model.Flow;
import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.Link;
import dev.flowsmith.model.Operation;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;

/**
 * Pixel geometry of the flow canvas (editor.md §3): 20 px cells, 1-based tile cells, 14 × 14
 * cell tiles, the trigger fixed at (1, 1), handle points (§5.1) and arrow routes (§5.3). The
 * renderer and hit testing both use these numbers, so what is drawn is what is clicked.
 */
public final class CanvasGeometry {

  public static final int CELL = 20;
  public static final int TILE = GridPosition.TILE_SIZE * CELL;
  /** Edit mode leaves this many empty cells right of and below the furthest tile to drag into. */
  public static final int EDIT_MARGIN_CELLS = 25;
  /** §5.1: handle points relative to a tile's top-left corner. */
  public static final Point2D INPUT = new Point2D(0, 60);
  public static final Point2D RESOLVE = new Point2D(TILE, 200);
  public static final Point2D REJECT = new Point2D(TILE, 240);
  /** Handles are 20 px circles centred on their point. */
  public static final double HANDLE_RADIUS = 10;
  /** §5.4: releasing a connector this close to an input point connects to it. */
  public static final double SNAP_RADIUS = 40;
  /** §5.3: an arrow starts 2 px + 8 px right of its handle and ends 13 px before the input. */
  public static final double ARROW_START_GAP = 2 + 8;
  public static final double ARROW_END_GAP = 13;
  /** §5.3: the detour leaves and re-enters 40 px beside the tiles. */
  public static final double DETOUR = 40;
  /** How far outward a free column or row is searched before settling for the middle. */
  private static final int SEARCH_CELLS = 200;

  /** Whether a straight leg (a zero-width or zero-height rect) would cross a tile. */
  @FunctionalInterface
  public interface Obstacles {
    Obstacles NONE = leg -> false;

    boolean blocked(Rect leg);
  }

  /** The canvas size in pixels. */
  public record Size(double width, double height) {}

  private CanvasGeometry() {}

  public static double left(GridPosition cell) {
    return (cell.x() - 1) * (double) CELL;
  }

  public static double top(GridPosition cell) {
    return (cell.y() - 1) * (double) CELL;
  }

  public static Rect tileRect(GridPosition cell) {
    return new Rect(left(cell), top(cell), TILE, TILE);
  }

  /** A handle's world point for a tile at {@code cell}; {@code handle} is one of the constants above. */
  public static Point2D handle(GridPosition cell, Point2D handle) {
    return new Point2D(left(cell) + handle.getX(), top(cell) + handle.getY());
  }

  public static Point2D inputPoint(GridPosition cell) {
    return handle(cell, INPUT);
  }

  /** The handle an arrow of this kind leaves from; the trigger's entry arrow uses the resolve point. */
  public static Point2D sourcePoint(GridPosition cell, Link.Kind kind) {
    return handle(cell, kind == Link.Kind.REJECT ? REJECT : RESOLVE);
  }

  /** The route of an arrow from a source handle point to a child's input point (§5.3). */
  public static ArrowRoute route(Point2D sourceHandle, Point2D childInput, Obstacles obstacles) {
    Point2D start = sourceHandle.add(ARROW_START_GAP, 0);
    Point2D end = childInput.subtract(ARROW_END_GAP, 0);
    List<Point2D> points = new ArrayList<>(6);
    points.add(start);
    if (start.getY() == end.getY()) {
      points.add(end);
      return new ArrowRoute(points);
    }
    // "3 cells further right" is measured between the handle and the input, not the gapped ends:
    // so the default 18-cell rhythm (a 4-cell gap) gets the Studio's three-leg step, not a detour
    if (childInput.getX() >= sourceHandle.getX() + 3 * CELL) {
      double column = freeColumn(start, end, obstacles);
      points.add(new Point2D(column, start.getY()));
      points.add(new Point2D(column, end.getY()));
    } else {
      double out = start.getX() + DETOUR;
      double back = end.getX() - DETOUR;
      double row = freeRow(out, back, start.getY(), end.getY(), obstacles);
      points.add(new Point2D(out, start.getY()));
      points.add(new Point2D(out, row));
      points.add(new Point2D(back, row));
      points.add(new Point2D(back, end.getY()));
    }
    points.add(end);
    return new ArrowRoute(points);
  }

  /** The grid column between the tiles nearest the middle whose vertical leg crosses no tile. */
  private static double freeColumn(Point2D start, Point2D end, Obstacles obstacles) {
    double middle = snap((start.getX() + end.getX()) / 2);
    double top = Math.min(start.getY(), end.getY());
    double height = Math.abs(end.getY() - start.getY());
    for (int step = 0; step <= SEARCH_CELLS; step++) {
      for (double candidate : outward(middle, step)) {
        if (candidate > start.getX() && candidate < end.getX()
            && !obstacles.blocked(new Rect(candidate, top, 0, height))) {
          return candidate;
        }
      }
      if (middle - step * CELL <= start.getX() && middle + step * CELL >= end.getX()) {
        break;
      }
    }
    return middle;
  }

  /** The grid row nearest the middle height whose horizontal leg of the detour crosses no tile. */
  private static double freeRow(double out, double back, double startY, double endY, Obstacles obstacles) {
    double middle = snap((startY + endY) / 2);
    double left = Math.min(out, back);
    double width = Math.abs(out - back);
    for (int step = 0; step <= SEARCH_CELLS; step++) {
      for (double candidate : outward(middle, step)) {
        if (!obstacles.blocked(new Rect(left, candidate, width, 0))) {
          return candidate;
        }
      }
    }
    return middle;
  }

  /** The one or two candidates {@code step} cells from the middle: first after, then before. */
  private static double[] outward(double middle, int step) {
    return step == 0 ? new double[] {middle} : new double[] {middle + step * CELL, middle - step * CELL};
  }

  private static double snap(double value) {
    return Math.round(value / CELL) * (double) CELL;
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
