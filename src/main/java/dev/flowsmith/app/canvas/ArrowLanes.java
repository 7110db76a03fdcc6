package dev.flowsmith.app.canvas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;

/**
 * Keeps arrows from running on top of each other. The router puts every vertical leg on a grid
 * column and every detour row on a grid row, so a resolve and a reject arrow (or two arrows into
 * the same gap) can share a stretch of one line and read as one. Legs on one line that overlap get
 * lanes: the first keeps the line, the others move {@link #LANE} px to alternate sides (6, −6, 12,
 * −12 …, never onto the next grid line). An arrow's first and last legs stay (they meet the handle
 * and the input), and take lane 0 before any movable leg.
 */
final class ArrowLanes {

  /** Spacing between parallel legs: clear at 100 % with 2 px strokes, and no multiple of the 20 px grid up to ±18. */
  static final double LANE = 6;

  private ArrowLanes() {}

  /** One straight leg of a route: segment {@code index} (points index and index + 1) of route {@code route}. */
  private record Leg(int route, int index, double from, double to, boolean fixed) {}

  /** The routes with overlapping parallel legs moved apart; routes without a conflict come back as they were. */
  static List<ArrowRoute> separate(List<ArrowRoute> routes) {
    List<List<Point2D>> points = new ArrayList<>(routes.size());
    for (ArrowRoute route : routes) {
      points.add(new ArrayList<>(route.points()));
    }
    boolean moved = spread(points, true);
    moved |= spread(points, false);
    if (!moved) {
      return routes;
    }
    List<ArrowRoute> result = new ArrayList<>(routes.size());
    for (List<Point2D> each : points) {
      result.add(new ArrowRoute(each));
    }
    return result;
  }

  /** Gives lanes to the vertical legs ({@code vertical}) or the horizontal ones; true when any moved. */
  private static boolean spread(List<List<Point2D>> routes, boolean vertical) {
    Map<Double, List<Leg>> lines = new HashMap<>();
    for (int r = 0; r < routes.size(); r++) {
      List<Point2D> points = routes.get(r);
      for (int i = 0; i + 1 < points.size(); i++) {
        Point2D a = points.get(i);
        Point2D b = points.get(i + 1);
        boolean isVertical = a.getX() == b.getX() && a.getY() != b.getY();
        boolean isHorizontal = a.getY() == b.getY() && a.getX() != b.getX();
        if (vertical ? !isVertical : !isHorizontal) {
          continue;
        }
        double line = vertical ? a.getX() : a.getY();
        double p = vertical ? a.getY() : a.getX();
        double q = vertical ? b.getY() : b.getX();
        boolean fixed = i == 0 || i + 2 == points.size();
        lines.computeIfAbsent(line, k -> new ArrayList<>()).add(new Leg(r, i, Math.min(p, q), Math.max(p, q), fixed));
      }
    }
    boolean moved = false;
    for (List<Leg> legs : lines.values()) {
      if (legs.size() > 1) {
        moved |= assignLanes(routes, legs, vertical);
      }
    }
    return moved;
  }

  /** Greedy interval colouring on one line: fixed legs first on lane 0, then the rest in order of their start. */
  private static boolean assignLanes(List<List<Point2D>> routes, List<Leg> legs, boolean vertical) {
    legs.sort(Comparator.comparing((Leg leg) -> !leg.fixed()).thenComparingDouble(Leg::from)
        .thenComparingInt(Leg::route));
    List<List<Leg>> lanes = new ArrayList<>();
    boolean moved = false;
    for (Leg leg : legs) {
      int lane = 0;
      while (lane < lanes.size() && overlapsAny(lanes.get(lane), leg)) {
        lane++;
      }
      if (lane == lanes.size()) {
        lanes.add(new ArrayList<>());
      }
      lanes.get(lane).add(leg);
      if (lane > 0 && !leg.fixed()) {
        shift(routes.get(leg.route()), leg.index(), offset(lane), vertical);
        moved = true;
      }
    }
    return moved;
  }

  private static boolean overlapsAny(List<Leg> lane, Leg leg) {
    for (Leg other : lane) {
      // sharing only an end point is a corner, not a shared stretch
      if (leg.from() < other.to() && other.from() < leg.to()) {
        return true;
      }
    }
    return false;
  }

  /** 6, −6, 12, −12, 18, −18, then round again one lane further out. */
  static double offset(int lane) {
    int step = (lane + 1) / 2;
    return (lane % 2 == 1 ? 1 : -1) * step * LANE;
  }

  private static void shift(List<Point2D> points, int index, double by, boolean vertical) {
    for (int i = index; i <= index + 1; i++) {
      Point2D p = points.get(i);
      points.set(i, vertical ? new Point2D(p.getX() + by, p.getY()) : new Point2D(p.getX(), p.getY() + by));
    }
  }
}
