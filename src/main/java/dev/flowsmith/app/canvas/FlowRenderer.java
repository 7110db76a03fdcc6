package dev.flowsmith.app.canvas;

import dev.flowsmith.model.Flow;
import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.Link;
import dev.flowsmith.model.Operation;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.transform.Affine;
import org.jspecify.annotations.Nullable;

/**
 * Draws a {@link CanvasState} through a {@link Viewport} (STYLE rule 11): background, grid dots,
 * arrows under the tiles, tiles, then the live connector and rubber band. Only what meets the
 * visible world rect is touched, so a frame costs the same for 50 or 5,000 operations. The only
 * state kept between frames is caches: the tile index per flow value, measured text, the grid tile.
 */
public final class FlowRenderer {

  /** Below this scale text is unreadable and the costliest part, so tiles are plain named cards. */
  public static final double DETAIL_SCALE = 0.4;
  /**
   * Below this scale a tile is under 42 screen pixels: even its name is unreadable, so tiles are
   * plain coloured blocks and arrows plain one-pixel polylines (the level of detail that keeps a fit
   * of thousands of operations cheap to draw).
   */
  public static final double SIMPLE_SCALE = 0.15;
  /** Grid dots closer than this on screen would be a grey haze. */
  public static final double GRID_SCALE = 0.5;
  private static final double CORNER = 8;
  private static final double CHEVRON = 8;
  private static final double[] REJECT_DASHES = {6, 4};

  private final TileRenderer tiles = new TileRenderer();
  private @Nullable TileIndex index;
  private @Nullable Paint gridPattern;
  private @Nullable Paint gridPatternSource;

  /** The index of {@code flow}, rebuilt only when a different flow value arrives. */
  public TileIndex indexFor(Flow flow) {
    TileIndex current = index;
    if (current == null || current.flow() != flow) {
      current = TileIndex.build(flow);
      index = current;
      tiles.forgetOverviews();
    }
    return current;
  }

  /** Lets Trigger Flow tiles show a flow's name instead of its UUID. */
  /** Sets the running tile's pulse phase (0–1) for the next frames. */
  public void setPulse(double phase) {
    tiles.setPulse(phase);
  }

  public void setFlowNames(Function<String, @Nullable String> lookup) {
    tiles.setFlowNames(lookup);
  }

  public RenderStats render(GraphicsContext gc, CanvasState state, Viewport viewport, double width, double height,
      CanvasStyle style) {
    long started = System.nanoTime();
    TileIndex tileIndex = indexFor(state.flow());
    gc.save();
    gc.setTransform(new Affine());
    gc.setGlobalAlpha(1);
    gc.setFill(style.background());
    gc.fillRect(0, 0, width, height);
    double scale = viewport.scale();
    // whole-pixel translation keeps 1 px borders crisp at 100 % (pixel snapping); the error is under half a pixel
    gc.setTransform(scale, 0, 0, scale, Math.round(viewport.translateX()), Math.round(viewport.translateY()));
    Rect visible = viewport.visibleWorld(width, height);
    boolean grid = scale >= GRID_SCALE;
    if (grid) {
      gc.setFill(gridPattern(style));
      // the pattern is anchored at the world origin, so snapping the rect to cells keeps dots on the grid
      double left = Math.floor(visible.x() / CanvasGeometry.CELL) * CanvasGeometry.CELL;
      double top = Math.floor(visible.y() / CanvasGeometry.CELL) * CanvasGeometry.CELL;
      gc.fillRect(left, top, visible.maxX() - left + CanvasGeometry.CELL, visible.maxY() - top + CanvasGeometry.CELL);
    }
    boolean inactive = !Flow.ACTIVE.equals(state.flow().status());
    List<Arrow> arrows = tileIndex.arrowsIn(visible);
    gc.setLineCap(StrokeLineCap.ROUND);
    if (scale < SIMPLE_SCALE) {
      return renderSimple(gc, state, tileIndex, arrows, visible, scale, style, started);
    }
    for (Arrow arrow : arrows) {
      CanvasStyle.Stroke stroke = arrowStroke(arrow.link().kind(), arrow.subdued() || inactive, style);
      double widthFactor = state.highlightedLinks().contains(arrow.link()) ? 2 : 1;
      drawArrow(gc, arrow.route(), stroke, stroke.width() * widthFactor, arrow.link().kind() == Link.Kind.REJECT);
    }
    boolean detailed = scale >= DETAIL_SCALE;
    boolean trigger = CanvasGeometry.tileRect(GridPosition.TRIGGER).grow(CanvasGeometry.HANDLE_RADIUS)
        .intersects(visible);
    if (trigger) {
      tiles.drawTrigger(gc, state, style, detailed);
    }
    // handles stick out of the tile by their radius, so a tile just off screen may still show one
    List<Operation> visibleTiles = tileIndex.tilesIn(visible.grow(CanvasGeometry.HANDLE_RADIUS));
    for (Operation op : visibleTiles) {
      tiles.drawOperation(gc, op, tileIndex, state, style, detailed);
    }
    drawPreview(gc, state, tileIndex, style);
    drawRubberBand(gc, state.rubberBand(), style, scale);
    gc.restore();
    return new RenderStats(visibleTiles.size(), arrows.size(), trigger, grid, detailed, System.nanoTime() - started);
  }

  /** The level of detail for tiny tiles: blocks and bare polylines, no text, icons, handles or grid. */
  private RenderStats renderSimple(GraphicsContext gc, CanvasState state, TileIndex tileIndex, List<Arrow> arrows,
      Rect visible, double scale, CanvasStyle style, long started) {
    boolean inactive = !Flow.ACTIVE.equals(state.flow().status());
    // one screen pixel at any scale, so arrows stay visible however far out the view is
    gc.setLineWidth(1 / scale);
    gc.setLineDashes(null);
    for (Arrow arrow : arrows) {
      gc.setStroke(arrowStroke(arrow.link().kind(), arrow.subdued() || inactive, style).paint());
      List<Point2D> points = arrow.route().points();
      double[] xs = new double[points.size()];
      double[] ys = new double[points.size()];
      for (int i = 0; i < xs.length; i++) {
        xs[i] = points.get(i).getX();
        ys[i] = points.get(i).getY();
      }
      gc.strokePolyline(xs, ys, xs.length);
    }
    boolean trigger = CanvasGeometry.tileRect(GridPosition.TRIGGER).intersects(visible);
    if (trigger) {
      tiles.drawTriggerBlock(gc, state, style);
    }
    List<Operation> visibleTiles = tileIndex.tilesIn(visible);
    for (Operation op : visibleTiles) {
      tiles.drawBlock(gc, op, tileIndex, state, style);
    }
    drawRubberBand(gc, state.rubberBand(), style, scale);
    gc.restore();
    return new RenderStats(visibleTiles.size(), arrows.size(), trigger, false, false, System.nanoTime() - started);
  }

  private static CanvasStyle.Stroke arrowStroke(Link.Kind kind, boolean subdued, CanvasStyle style) {
    if (subdued) {
      return style.arrowSubdued();
    }
    return kind == Link.Kind.REJECT ? style.arrowReject() : style.arrowResolve();
  }

  /** Orthogonal legs joined by short quadratic curves, then a chevron head (editor.md §5.3). */
  static void drawArrow(GraphicsContext gc, ArrowRoute route, CanvasStyle.Stroke stroke, double width,
      boolean dashed) {
    List<Point2D> points = route.points();
    gc.setStroke(stroke.paint());
    gc.setLineWidth(width);
    gc.setLineDashes(dashed ? REJECT_DASHES : null);
    gc.beginPath();
    gc.moveTo(points.get(0).getX(), points.get(0).getY());
    for (int i = 1; i < points.size() - 1; i++) {
      Point2D before = points.get(i - 1);
      Point2D corner = points.get(i);
      Point2D after = points.get(i + 1);
      double radius = Math.min(CORNER, Math.min(before.distance(corner), corner.distance(after)) / 2);
      Point2D in = towards(corner, before, radius);
      Point2D out = towards(corner, after, radius);
      gc.lineTo(in.getX(), in.getY());
      gc.quadraticCurveTo(corner.getX(), corner.getY(), out.getX(), out.getY());
    }
    Point2D end = route.end();
    gc.lineTo(end.getX(), end.getY());
    gc.stroke();
    gc.setLineDashes(null);
    Point2D last = points.get(points.size() - 2);
    double dx = Math.signum(end.getX() - last.getX());
    double dy = Math.signum(end.getY() - last.getY());
    // two 8 px strokes at 45° back from the tip
    double back = CHEVRON / Math.sqrt(2);
    gc.strokeLine(end.getX(), end.getY(), end.getX() - back * (dx + dy), end.getY() - back * (dy - dx));
    gc.strokeLine(end.getX(), end.getY(), end.getX() - back * (dx - dy), end.getY() - back * (dy + dx));
  }

  private static Point2D towards(Point2D from, Point2D to, double distance) {
    double length = from.distance(to);
    return length == 0 ? from : from.add(to.subtract(from).multiply(distance / length));
  }

  private static void drawPreview(GraphicsContext gc, CanvasState state, TileIndex index, CanvasStyle style) {
    ConnectPreview preview = state.connectPreview();
    if (preview == null) {
      return;
    }
    GridPosition source = GridPosition.TRIGGER;
    if (preview.fromOperationId() != null) {
      Operation from = index.operation(preview.fromOperationId());
      if (from == null) {
        return;
      }
      source = from.position();
    }
    // the route ends 13 px before its target, so an unsnapped preview aims 13 px past the pointer
    Point2D target = preview.snappedToInput() ? preview.end() : preview.end().add(CanvasGeometry.ARROW_END_GAP, 0);
    ArrowRoute route = CanvasGeometry.route(CanvasGeometry.sourcePoint(source, preview.kind()), target,
        CanvasGeometry.Obstacles.NONE);
    CanvasStyle.Stroke stroke = arrowStroke(preview.kind(), false, style);
    drawArrow(gc, route, stroke, stroke.width(), preview.kind() == Link.Kind.REJECT);
  }

  private static void drawRubberBand(GraphicsContext gc, @Nullable Rect band, CanvasStyle style, double scale) {
    if (band == null) {
      return;
    }
    gc.setFill(style.rubberBandFill());
    gc.fillRect(band.x(), band.y(), band.width(), band.height());
    gc.setStroke(style.rubberBand().paint());
    // the band's border stays one screen pixel wide at any zoom
    gc.setLineWidth(style.rubberBand().width() / scale);
    gc.strokeRect(band.x(), band.y(), band.width(), band.height());
  }

  /** One 20 px cell with a 2 px dot at its corner, tiled by the fill: one call instead of thousands. */
  private Paint gridPattern(CanvasStyle style) {
    if (gridPattern == null || gridPatternSource != style.gridDot()) {
      int cell = CanvasGeometry.CELL;
      WritableImage image = new WritableImage(cell, cell);
      Color dot = style.gridDot() instanceof Color colour ? colour : Color.TRANSPARENT;
      for (int y = 0; y < 2; y++) {
        for (int x = 0; x < 2; x++) {
          image.getPixelWriter().setColor(x, y, dot);
        }
      }
      gridPattern = new ImagePattern(image, -1, -1, cell, cell, false);
      gridPatternSource = style.gridDot();
    }
    return gridPattern;
  }
}
