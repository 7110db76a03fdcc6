package dev.flowsmith.app.canvas;

/** An axis-aligned rectangle in world (or screen) pixels; width and height are never negative. */
public record Rect(double x, double y, double width, double height) {

  public Rect {
    if (width < 0 || height < 0) {
      throw new IllegalArgumentException("negative size " + width + "×" + height);
    }
  }

  /** The rectangle spanned by two corners given in any order (a rubber band dragged up-left). */
  public static Rect spanning(double x0, double y0, double x1, double y1) {
    return new Rect(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0));
  }

  public double maxX() {
    return x + width;
  }

  public double maxY() {
    return y + height;
  }

  /** Touching edges count, so a zero-width segment on a tile's border still meets it. */
  public boolean intersects(Rect other) {
    return other.x <= maxX() && other.maxX() >= x && other.y <= maxY() && other.maxY() >= y;
  }

  /** True when the interiors overlap; routing uses it so a leg along a tile's edge is allowed. */
  public boolean overlapsInterior(Rect other) {
    return other.x < maxX() && other.maxX() > x && other.y < maxY() && other.maxY() > y;
  }

  public boolean contains(double px, double py) {
    return px >= x && px <= maxX() && py >= y && py <= maxY();
  }

  public Rect union(Rect other) {
    double left = Math.min(x, other.x);
    double top = Math.min(y, other.y);
    return new Rect(left, top, Math.max(maxX(), other.maxX()) - left, Math.max(maxY(), other.maxY()) - top);
  }

  public Rect grow(double margin) {
    // a negative margin shrinks, never below nothing
    return new Rect(x - margin, y - margin, Math.max(0, width + 2 * margin), Math.max(0, height + 2 * margin));
  }
}
