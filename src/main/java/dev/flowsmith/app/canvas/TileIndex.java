package dev.flowsmith.app.canvas;

import dev.flowsmith.model.Flow;
import dev.flowsmith.model.FlowGraph;
import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.Link;
import dev.flowsmith.model.Operation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Point2D;
import org.jspecify.annotations.Nullable;

/**
 * A spatial index over one flow's tiles and arrows, built once per {@link Flow} value in O(n)
 * so drawing and hit testing touch only what is near the viewport (STYLE rule 11). Tiles sit in
 * the bucket of their top-left corner; a query widens its rect by a tile so none is missed.
 */
public final class TileIndex {

  /** Bucket edge in world pixels: a few tiles wide, so a screenful reads a handful of buckets. */
  private static final int BUCKET = 640;

  private final Flow flow;
  private final Map<String, Operation> byId = new HashMap<>();
  private final Map<String, Integer> order = new HashMap<>();
  private final Map<Long, List<Operation>> tiles = new HashMap<>();
  private final Map<Long, List<Arrow>> arrowBuckets = new HashMap<>();
  private final List<Arrow> arrows = new ArrayList<>();
  private final Map<Arrow, Integer> arrowOrder = new IdentityHashMap<>();
  private final Set<String> reachable;
  private final Set<String> rejectChildren = new HashSet<>();
  private final Rect extent;

  private TileIndex(Flow flow) {
    this.flow = flow;
    Rect bounds = CanvasGeometry.tileRect(GridPosition.TRIGGER);
    for (Operation op : flow.operations()) {
      if (byId.putIfAbsent(op.id(), op) != null) {
        continue; // a duplicate id is a lint error; the first one is the one links reach
      }
      order.put(op.id(), order.size());
      Rect rect = CanvasGeometry.tileRect(op.position());
      tiles.computeIfAbsent(key(bucket(rect.x()), bucket(rect.y())), k -> new ArrayList<>()).add(op);
      bounds = bounds.union(rect);
    }
    extent = bounds;
    FlowGraph graph = flow.graph();
    reachable = graph.reachable();
    List<Link> routed = new ArrayList<>();
    List<ArrowRoute> routes = new ArrayList<>();
    for (Link link : graph.links()) {
      Operation child = byId.get(link.to());
      if (child == null) {
        continue;
      }
      if (link.kind() == Link.Kind.REJECT) {
        rejectChildren.add(child.id());
      }
      ArrowRoute route = route(link, child);
      if (route != null) {
        routed.add(link);
        routes.add(route);
      }
    }
    // arrows that would share a stretch of one grid line get parallel lanes
    List<ArrowRoute> separated = ArrowLanes.separate(routes);
    for (int i = 0; i < routed.size(); i++) {
      addArrow(routed.get(i), separated.get(i));
    }
  }

  public static TileIndex build(Flow flow) {
    return new TileIndex(flow);
  }

  /** The arrow's route around the tiles, or null when its parent is missing. */
  private @Nullable ArrowRoute route(Link link, Operation child) {
    GridPosition source;
    if (link.from() == null) {
      source = GridPosition.TRIGGER;
    } else {
      Operation parent = byId.get(link.from());
      if (parent == null) {
        return null;
      }
      source = parent.position();
    }
    return CanvasGeometry.route(CanvasGeometry.sourcePoint(source, link.kind()),
        CanvasGeometry.inputPoint(child.position()), this::blocked);
  }

  private void addArrow(Link link, ArrowRoute route) {
    boolean subdued = link.from() != null && !reachable.contains(link.from());
    Arrow arrow = new Arrow(link, route, subdued);
    arrowOrder.put(arrow, arrows.size());
    arrows.add(arrow);
    Rect box = arrow.bounds();
    for (long bx = bucket(box.x()); bx <= bucket(box.maxX()); bx++) {
      for (long by = bucket(box.y()); by <= bucket(box.maxY()); by++) {
        arrowBuckets.computeIfAbsent(key(bx, by), k -> new ArrayList<>()).add(arrow);
      }
    }
  }

  /** True when a routing leg would cut through a tile (the trigger's included). */
  private boolean blocked(Rect leg) {
    if (CanvasGeometry.tileRect(GridPosition.TRIGGER).overlapsInterior(leg)) {
      return true;
    }
    // routing asks this thousands of times per build, so it scans buckets without sorting a list
    for (long bx = bucket(leg.x() - CanvasGeometry.TILE); bx <= bucket(leg.maxX()); bx++) {
      for (long by = bucket(leg.y() - CanvasGeometry.TILE); by <= bucket(leg.maxY()); by++) {
        for (Operation op : tiles.getOrDefault(key(bx, by), List.of())) {
          if (CanvasGeometry.tileRect(op.position()).overlapsInterior(leg)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  public Flow flow() {
    return flow;
  }

  public @Nullable Operation operation(String id) {
    return byId.get(id);
  }

  /** The world rect covering the trigger and every tile. */
  public Rect extent() {
    return extent;
  }

  /** Operations not reachable from the trigger: the renderer greys them out. */
  public boolean isLoner(String operationId) {
    return !reachable.contains(operationId);
  }

  /** Operations entered through a reject arrow: their header uses the secondary colour. */
  public boolean isRejectChild(String operationId) {
    return rejectChildren.contains(operationId);
  }

  public List<Arrow> arrows() {
    return List.copyOf(arrows);
  }

  /** Operation tiles meeting {@code rect}, in file order (the order they are drawn, last on top). */
  public List<Operation> tilesIn(Rect rect) {
    List<Operation> found = new ArrayList<>();
    for (long bx = bucket(rect.x() - CanvasGeometry.TILE); bx <= bucket(rect.maxX()); bx++) {
      for (long by = bucket(rect.y() - CanvasGeometry.TILE); by <= bucket(rect.maxY()); by++) {
        for (Operation op : tiles.getOrDefault(key(bx, by), List.of())) {
          if (CanvasGeometry.tileRect(op.position()).intersects(rect)) {
            found.add(op);
          }
        }
      }
    }
    found.sort(Comparator.comparingInt(op -> order.get(op.id())));
    return found;
  }

  /** Arrows whose bounding box meets {@code rect}, each once, in link order. */
  public List<Arrow> arrowsIn(Rect rect) {
    Set<Arrow> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Arrow> found = new ArrayList<>();
    for (long bx = bucket(rect.x()); bx <= bucket(rect.maxX()); bx++) {
      for (long by = bucket(rect.y()); by <= bucket(rect.maxY()); by++) {
        for (Arrow arrow : arrowBuckets.getOrDefault(key(bx, by), List.of())) {
          if (arrow.bounds().intersects(rect) && seen.add(arrow)) {
            found.add(arrow);
          }
        }
      }
    }
    found.sort(Comparator.comparingInt(arrowOrder::get));
    return found;
  }

  /** The topmost operation tile under a world point, or null (the trigger is not an operation). */
  public @Nullable Operation tileAt(double x, double y) {
    List<Operation> under = tilesIn(new Rect(x, y, 0, 0));
    return under.isEmpty() ? null : under.get(under.size() - 1);
  }

  /** The operation whose input point is nearest within {@code radius} (editor.md §5.4), or null. */
  public @Nullable Operation nearestInput(double x, double y, double radius) {
    Operation best = null;
    double bestDistance = radius;
    for (Operation op : tilesIn(new Rect(x - radius, y - radius, 2 * radius, 2 * radius).grow(CanvasGeometry.TILE))) {
      Point2D input = CanvasGeometry.inputPoint(op.position());
      double distance = input.distance(x, y);
      if (distance <= bestDistance) {
        best = op;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** What a press at a world point lands on: handles first, then the topmost tile body. */
  public HitTarget hitAt(double x, double y) {
    double r = CanvasGeometry.HANDLE_RADIUS;
    List<Operation> near = tilesIn(new Rect(x - r, y - r, 2 * r, 2 * r));
    for (int i = near.size() - 1; i >= 0; i--) {
      Operation op = near.get(i);
      if (within(CanvasGeometry.handle(op.position(), CanvasGeometry.RESOLVE), x, y)) {
        return new HitTarget.ResolveHandle(op.id());
      }
      if (within(CanvasGeometry.handle(op.position(), CanvasGeometry.REJECT), x, y)) {
        return new HitTarget.RejectHandle(op.id());
      }
      if (within(CanvasGeometry.inputPoint(op.position()), x, y)) {
        return new HitTarget.InputDot(op.id());
      }
    }
    if (within(CanvasGeometry.handle(GridPosition.TRIGGER, CanvasGeometry.RESOLVE), x, y)) {
      return new HitTarget.ResolveHandle(null);
    }
    Operation tile = tileAt(x, y);
    if (tile != null) {
      return new HitTarget.Tile(tile.id());
    }
    if (CanvasGeometry.tileRect(GridPosition.TRIGGER).contains(x, y)) {
      return HitTarget.TRIGGER;
    }
    return HitTarget.EMPTY;
  }

  private static boolean within(Point2D handle, double x, double y) {
    return handle.distance(x, y) <= CanvasGeometry.HANDLE_RADIUS;
  }

  private static long bucket(double world) {
    return (long) Math.floor(world / BUCKET);
  }

  /**
   * Packs a bucket's coordinates into a key whose hash spreads: HashMap keeps only the low bits of
   * (high word xor low word xor low >>> 16), so {@code bx << 32 | by} or {@code bx * 65536 + by}
   * would put whole diagonals of buckets into one bin. A large odd multiplier mixes bx in.
   */
  private static long key(long bx, long by) {
    return bx * 1_000_003L + by;
  }
}
