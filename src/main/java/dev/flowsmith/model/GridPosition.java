package dev.flowsmith.model;

/**
 * A tile's top-left corner in grid cells, 1-based, 20 px per cell (format.md §7). Values below 1
 * are representable because imported files may hold them; lint reports them.
 */
public record GridPosition(int x, int y) {

  /** Every tile, trigger included, is 14 × 14 cells. */
  public static final int TILE_SIZE = 14;

  /** The trigger tile is not stored; it always sits here. */
  public static final GridPosition TRIGGER = new GridPosition(1, 1);

  /** True when the two 14 × 14 tiles share at least one cell. */
  public boolean overlaps(GridPosition other) {
    return Math.abs(x - other.x) < TILE_SIZE && Math.abs(y - other.y) < TILE_SIZE;
  }

  public GridPosition offset(int dx, int dy) {
    return new GridPosition(x + dx, y + dy);
  }
}
