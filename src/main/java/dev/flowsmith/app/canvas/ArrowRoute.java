package dev.flowsmith.app.canvas;

import java.util.List;
import javafx.geometry.Point2D;

/**
 * An arrow's path as the corner points of its orthogonal legs, start first and the point just
 * before the child's input last (editor.md §5.3). The renderer rounds the corners; hit testing
 * measures against the straight legs, which differ from the drawn curve by under a pixel or two.
 */
public record ArrowRoute(List<Point2D> points) {

  public ArrowRoute {
    points = List.copyOf(points);
    if (points.size() < 2) {
      throw new IllegalArgumentException("a route needs two points");
    }
  }

  public Point2D start() {
    return points.get(0);
  }

  public Point2D end() {
    return points.get(points.size() - 1);
  }

  /** Number of straight legs: 1 (same height), 3 (child to the right) or 5 (detour). */
  public int legs() {
    return points.size() - 1;
  }

  public Rect bounds() {
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (Point2D p : points) {
      minX = Math.min(minX, p.getX());
      minY = Math.min(minY, p.getY());
      maxX = Math.max(maxX, p.getX());
      maxY = Math.max(maxY, p.getY());
    }
    return new Rect(minX, minY, maxX - minX, maxY - minY);
  }

  /** Shortest distance from a world point to any leg, for clicking an arrow. */
  public double distanceTo(double x, double y) {
    double best = Double.MAX_VALUE;
    for (int i = 1; i < points.size(); i++) {
      best = Math.min(best, segmentDistance(points.get(i - 1), points.get(i), x, y));
    }
    return best;
  }

  private static double segmentDistance(Point2D a, Point2D b, double x, double y) {
    double dx = b.getX() - a.getX();
    double dy = b.getY() - a.getY();
    double lengthSquared = dx * dx + dy * dy;
    double t = lengthSquared == 0 ? 0 : ((x - a.getX()) * dx + (y - a.getY()) * dy) / lengthSquared;
    t = Math.max(0, Math.min(1, t));
    return Math.hypot(x - (a.getX() + t * dx), y - (a.getY() + t * dy));
  }
}
