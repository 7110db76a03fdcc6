package dev.flowsmith.app.canvas;

import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.Link;
import dev.flowsmith.model.Operation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where tiles may go so that none hides another's handles. The Studio places a resolve child 18
 * cells right of its parent (a tile of 14 plus a 4-cell gap) and a reject child 18 right and 16
 * down (14 plus a 2-cell gap); handles stick out 10 px (half a cell) from the right edge and the
 * input dot 6 px from the left. So a tile keeps {@link #GAP} free cells to every other tile on at
 * least one axis: the smallest gap the Studio itself leaves, and room for both handles between two
 * flush neighbours. Queries go through the {@link TileIndex}, so a 3,000-tile flow costs a few
 * buckets per candidate, not a pass over every tile.
 */
public final class TileSpacing {

  /** Free cells kept between two tiles: the Studio's reject-row gap (16 − 14). */
  public static final int GAP = 2;
  /** The Studio's column rhythm: a child goes 18 cells right of its parent (editor.md §3). */
  public static final int COLUMN_STEP = GridPosition.TILE_SIZE + 4;
  /** The Studio's row rhythm: a reject child goes 16 cells below its parent. */
  public static final int ROW_STEP = GridPosition.TILE_SIZE + GAP;
  /** How far (in cells, or slots for the rhythm) the nearest free spot is searched for. */
  private static final int SEARCH = 40;
  /** A group checks every tile per candidate, so it searches a smaller square (21 × 21 shifts). */
  private static final int GROUP_SEARCH = 10;

  private TileSpacing() {}

  /** True when a tile at {@code cell} keeps the gap to every tile not in {@code ignore}, and to the trigger. */
  public static boolean keepsGap(TileIndex index, GridPosition cell, Set<String> ignore) {
    if (cell.x() < 1 || cell.y() < 1 || tooClose(cell, GridPosition.TRIGGER)) {
      return false;
    }
    double reach = GAP * CanvasGeometry.CELL;
    // a neighbour closer than the gap has its rect inside this one (less a pixel, so touching the edge is fine)
    Rect near = CanvasGeometry.tileRect(cell).grow(reach - 1);
    for (Operation other : index.tilesIn(near)) {
      if (!ignore.contains(other.id()) && tooClose(cell, other.position())) {
        return false;
      }
    }
    return true;
  }

  private static boolean tooClose(GridPosition a, GridPosition b) {
    int span = GridPosition.TILE_SIZE + GAP;
    return Math.abs(a.x() - b.x()) < span && Math.abs(a.y() - b.y()) < span;
  }

  /**
   * The shift nearest {@code (dx, dy)} cells that puts every moving tile (their positions at the
   * start of the drag) where it keeps the gap to the others; null when none is within reach.
   */
  public static int @Nullable [] nearestShift(TileIndex index, Map<String, GridPosition> moving, int dx, int dy) {
    Set<String> ignore = moving.keySet();
    if (fits(index, moving, ignore, dx, dy)) {
      return new int[] {dx, dy};
    }
    for (int[] candidate : byDistance(dx, dy, 1, 1, moving.size() == 1 ? SEARCH : GROUP_SEARCH)) {
      if (fits(index, moving, ignore, candidate[0], candidate[1])) {
        return candidate;
      }
    }
    return null;
  }

  private static boolean fits(TileIndex index, Map<String, GridPosition> moving, Set<String> ignore, int dx, int dy) {
    for (GridPosition start : moving.values()) {
      if (!keepsGap(index, start.offset(dx, dy), ignore)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where a child made from handle {@code kind} of a tile at {@code parent} goes: on the Studio's
   * rhythm — the parent's row for resolve (and the trigger's entry), 16 rows down for reject — in
   * the rhythm column nearest {@code wantedColumn} but at least the next one; when that slot is
   * taken, the nearest free slot of the same rhythm (a slot keeps the gap by construction, unless
   * a tile sits off the rhythm there).
   *
   * @param wantedColumn the cell column the user aimed at, or null for the next column (a click)
   */
  public static GridPosition childSlot(TileIndex index, GridPosition parent, Link.Kind kind,
      @Nullable Integer wantedColumn) {
    int columns = 1;
    if (wantedColumn != null) {
      columns = Math.max(1, (int) Math.round((wantedColumn - parent.x()) / (double) COLUMN_STEP));
    }
    int row = parent.y() + (kind == Link.Kind.REJECT ? ROW_STEP : 0);
    GridPosition wanted = new GridPosition(parent.x() + columns * COLUMN_STEP, row);
    if (keepsGap(index, wanted, Set.of())) {
      return wanted;
    }
    for (int[] slot : byDistance(columns, 0, COLUMN_STEP, ROW_STEP, SEARCH)) {
      if (slot[0] < 1) {
        continue; // never left of or onto the parent's own column
      }
      GridPosition cell = new GridPosition(parent.x() + slot[0] * COLUMN_STEP, row + slot[1] * ROW_STEP);
      if (keepsGap(index, cell, Set.of())) {
        return cell;
      }
    }
    return wanted;
  }

  /**
   * Integer points within {@code reach} steps of {@code (x, y)}, nearest first as measured in cells
   * ({@code cellsX}, {@code cellsY} per step); ties go down before up and right before left.
   */
  private static List<int[]> byDistance(int x, int y, int cellsX, int cellsY, int reach) {
    List<int[]> points = new ArrayList<>((2 * reach + 1) * (2 * reach + 1));
    for (int i = -reach; i <= reach; i++) {
      for (int j = -reach; j <= reach; j++) {
        points.add(new int[] {x + i, y + j});
      }
    }
    points.sort(Comparator.<int[]>comparingDouble(p -> {
      double ddx = (p[0] - x) * (double) cellsX;
      double ddy = (p[1] - y) * (double) cellsY;
      return ddx * ddx + ddy * ddy;
    }).thenComparing(p -> p[1] < y ? 1 : 0).thenComparing(p -> p[0] < x ? 1 : 0));
    return points;
  }
}
