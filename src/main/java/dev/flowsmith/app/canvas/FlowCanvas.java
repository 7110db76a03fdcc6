package dev.flowsmith.app.canvas;

import dev.flowsmith.model.Operation;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import org.jspecify.annotations.Nullable;

/**
 * The flow canvas: one {@link Canvas} painted by {@link FlowRenderer} from {@link #stateProperty()}
 * through a {@link Viewport}. Changes to the state, the view, the size or the theme only mark the
 * canvas dirty; it repaints once per turn of the FX thread, however many changes came in.
 *
 * <p>It owns the view gestures (pan, zoom, keys); editing gestures plug in through
 * {@link #setGestureHandler}, which gets every primary press first.
 */
public final class FlowCanvas extends Region {

  /** One wheel notch (40 px of scroll delta) zooms by about 10 %. */
  private static final double WHEEL_ZOOM_BASE = Math.pow(1.1, 1 / 40.0);
  private static final double KEY_ZOOM = 1.25;

  private enum Drag { NONE, PAN, HANDLER }

  private final Canvas canvas = new Canvas();
  private final ObjectProperty<@Nullable CanvasState> state = new SimpleObjectProperty<>(this, "state");
  private final Viewport viewport = new Viewport();
  private static final long PULSE_PERIOD_NANOS = 1_200_000_000L;
  private static final long PULSE_FRAME_NANOS = 33_000_000L;

  private final FlowRenderer renderer = new FlowRenderer();
  /** Animates the running tile's border while a run is on one; stopped otherwise, so an idle canvas costs nothing. */
  private final AnimationTimer pulse = new AnimationTimer() {
    private long lastFrame;

    @Override
    public void handle(long now) {
      // about 30 frames a second is smooth for a 1.2 s breathing border
      if (now - lastFrame < PULSE_FRAME_NANOS) {
        return;
      }
      lastFrame = now;
      double phase = (now % PULSE_PERIOD_NANOS) / (double) PULSE_PERIOD_NANOS;
      renderer.setPulse((1 - Math.cos(2 * Math.PI * phase)) / 2);
      requestRedraw();
    }
  };
  private boolean pulsing;
  private final StyleProbes probes = new StyleProbes();
  private final Minimap minimap = new Minimap(this::centreOn);
  /** View › Minimap: the user may hide it; shown, it still appears only when the flow overflows. */
  private final javafx.beans.property.BooleanProperty minimapShown =
      new javafx.beans.property.SimpleBooleanProperty(this, "minimapShown", true);
  /** 0 bottom-right, 1 bottom-left, 2 top-right, 3 top-left: the first corner that covers no tile. */
  private int minimapCorner;
  /** The minimap's size as a share of its stylesheet size: smaller where the full size would cover a tile. */
  private double minimapScale = 1;
  /** Shown only while some corner, at some size, has room for it without covering a tile. */
  private boolean minimapHasRoom = true;
  private @Nullable CanvasStyle style;
  private @Nullable CanvasGestureHandler gestureHandler;
  private @Nullable RenderStats lastStats;
  private boolean redrawQueued;
  /** A flow was just shown and the canvas had no size yet to decide whether it fits at 100 %. */
  private boolean openFitPending;
  private Drag drag = Drag.NONE;
  private double lastX;
  private double lastY;

  public FlowCanvas() {
    minimapShown.addListener((obs, was, now) -> requestRedraw());
    getStyleClass().add("flow-canvas");
    setId("flow-canvas");
    setFocusTraversable(true);
    canvas.setMouseTransparent(true);
    getChildren().addAll(canvas, minimap, probes);
    state.addListener((obs, old, now) -> {
      // another flow starts at 100 % in the corner, or fitted when it does not fit at 100 %;
      // an edit of the same flow keeps the view
      if (now != null && (old == null || !old.flow().id().equals(now.flow().id()))) {
        viewport.reset();
        openFitPending = true;
        fitIfOpening();
      }
      animateRunning(now != null && now.marks().containsValue(TileMark.RUNNING));
      requestRedraw();
    });
    viewport.revisionProperty().addListener(obs -> requestRedraw());
    probes.onChange(this::refreshStyle);
    sceneProperty().addListener((obs, old, now) -> refreshStyle());
    addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
    addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
    addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
    addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    addEventHandler(ZoomEvent.ZOOM, e -> {
      viewport.zoomAt(e.getX(), e.getY(), e.getZoomFactor());
      e.consume();
    });
    addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
  }

  public ObjectProperty<@Nullable CanvasState> stateProperty() {
    return state;
  }

  public @Nullable CanvasState getState() {
    return state.get();
  }

  public void setState(@Nullable CanvasState value) {
    state.set(value);
  }

  public Viewport viewport() {
    return viewport;
  }

  /** The style of the last frame; null before the canvas has been in a styled scene. */
  public @Nullable CanvasStyle style() {
    return style;
  }

  /** What the last frame drew; null before the first frame. */
  public @Nullable RenderStats lastStats() {
    return lastStats;
  }

  public void setGestureHandler(@Nullable CanvasGestureHandler handler) {
    gestureHandler = handler;
  }

  /** Lets Trigger Flow tiles show the called flow's name. */
  public void setFlowNames(Function<String, @Nullable String> lookup) {
    renderer.setFlowNames(lookup);
    requestRedraw();
  }

  private void animateRunning(boolean running) {
    if (running && !pulsing) {
      pulse.start();
    } else if (!running && pulsing) {
      pulse.stop();
      renderer.setPulse(0);
    }
    pulsing = running;
  }

  /** True while a tile is marked running and its border pulses. */
  public boolean isPulsing() {
    return pulsing;
  }

  /** Re-reads colours and fonts from the stylesheets, e.g. after the theme changed. */
  public void refreshStyle() {
    style = null;
    requestRedraw();
  }

  public Point2D screenToWorld(double x, double y) {
    return viewport.screenToWorld(x, y);
  }

  /**
   * The spatial index of the shown flow, built on first use per flow value; the editor uses it
   * for the 40 px input snap ({@link TileIndex#nearestInput}). Null when no flow is shown.
   */
  public @Nullable TileIndex tileIndex() {
    CanvasState current = state.get();
    return current == null ? null : renderer.indexFor(current.flow());
  }

  /** What lies under a point given in this node's coordinates. */
  public HitTarget hitAt(double x, double y) {
    CanvasState current = state.get();
    if (current == null) {
      return HitTarget.EMPTY;
    }
    Point2D world = viewport.screenToWorld(x, y);
    return renderer.indexFor(current.flow()).hitAt(world.getX(), world.getY());
  }

  public void zoomIn() {
    viewport.zoomAt(getWidth() / 2, getHeight() / 2, KEY_ZOOM);
  }

  public void zoomOut() {
    viewport.zoomAt(getWidth() / 2, getHeight() / 2, 1 / KEY_ZOOM);
  }

  /**
   * Fits a freshly shown flow to the view when it does not fit at 100 % (it stays at 100 % in the
   * corner otherwise); waits for the first layout that gives the canvas a size.
   */
  private void fitIfOpening() {
    CanvasState current = state.get();
    if (!openFitPending || current == null || getWidth() <= 0 || getHeight() <= 0) {
      return;
    }
    openFitPending = false;
    Rect extent = renderer.indexFor(current.flow()).extent();
    Rect visible = viewport.visibleWorld(getWidth(), getHeight()).grow(-Viewport.FIT_MARGIN);
    if (!(visible.contains(extent.x(), extent.y()) && visible.contains(extent.maxX(), extent.maxY()))) {
      zoomToFit();
    }
  }

  public void zoomReset() {
    viewport.reset();
  }

  public void zoomToFit() {
    CanvasState current = state.get();
    if (current != null) {
      viewport.zoomToFit(renderer.indexFor(current.flow()).extent(), getWidth(), getHeight());
    }
  }

  /** Pans the least distance that shows the operation's whole tile; unknown ids are ignored. */
  public void revealOperation(String operationId) {
    CanvasState current = state.get();
    Operation op = current == null ? null : renderer.indexFor(current.flow()).operation(operationId);
    if (op != null) {
      viewport.reveal(CanvasGeometry.tileRect(op.position()), getWidth(), getHeight());
    }
  }

  /** Paints now rather than on the next turn; tests and the benchmark use it. */
  public void redrawNow() {
    redrawQueued = false;
    CanvasState current = state.get();
    if (getScene() == null) {
      return;
    }
    if (style == null) {
      style = probes.read();
    }
    double width = canvas.getWidth();
    double height = canvas.getHeight();
    if (current == null) {
      canvas.getGraphicsContext2D().setFill(style.background());
      canvas.getGraphicsContext2D().fillRect(0, 0, width, height);
      minimap.setVisible(false);
      return;
    }
    lastStats = renderer.render(canvas.getGraphicsContext2D(), current, viewport, width, height, style);
    TileIndex index = renderer.indexFor(current.flow());
    Rect visible = viewport.visibleWorld(width, height);
    boolean overflow = !(visible.contains(index.extent().x(), index.extent().y())
        && visible.contains(index.extent().maxX(), index.extent().maxY()));
    boolean show = overflow && minimapShown.get();
    if (show) {
      double[] place = freePlace(index, width, height);
      minimapHasRoom = place != null;
      if (place != null && (place[0] != minimapCorner || place[1] != minimapScale)) {
        minimapCorner = (int) place[0];
        minimapScale = place[1];
        requestLayout();
        // drawn again at its new size once laid out
        requestRedraw();
      }
    }
    // with every corner covering a tile even at its smallest, the minimap steps aside (View › Minimap stays on)
    minimap.setVisible(show && minimapHasRoom);
    if (minimap.isVisible()) {
      minimap.update(index, visible, style);
    }
  }

  /** Marks the canvas dirty; any number of calls before the next turn cost one frame. */
  public void requestRedraw() {
    if (!redrawQueued) {
      redrawQueued = true;
      Platform.runLater(() -> {
        if (redrawQueued) {
          redrawNow();
        }
      });
    }
  }

  @Override
  protected void layoutChildren() {
    double width = snapSizeX(getWidth());
    double height = snapSizeY(getHeight());
    if (canvas.getWidth() != width || canvas.getHeight() != height) {
      canvas.setWidth(width);
      canvas.setHeight(height);
      requestRedraw();
    }
    fitIfOpening();
    Point2D at = minimapOrigin(minimapCorner, minimapScale, width, height);
    minimap.resizeRelocate(at.getX(), at.getY(), minimapWidth(minimapScale), minimapHeight(minimapScale));
  }

  private static final double MINIMAP_GAP = 12;
  /** The sizes tried, largest first: a smaller overview in a free corner beats a full one over a tile. */
  private static final double[] MINIMAP_SCALES = {1, 0.75, 0.5};

  private double minimapWidth(double scale) {
    return Math.round(minimap.prefWidth(-1) * scale);
  }

  private double minimapHeight(double scale) {
    return Math.round(minimap.prefHeight(-1) * scale);
  }

  private Point2D minimapOrigin(int corner, double scale, double width, double height) {
    double x = corner % 2 == 0 ? width - minimapWidth(scale) - MINIMAP_GAP : MINIMAP_GAP;
    double y = corner < 2 ? height - minimapHeight(scale) - MINIMAP_GAP : MINIMAP_GAP;
    return new Point2D(x, y);
  }

  /**
   * Where the minimap hides no tile nor the trigger: {corner, scale} for the largest size that fits
   * in some corner (bottom-right first), or null when every corner covers one even at the smallest.
   */
  private double @Nullable [] freePlace(TileIndex index, double width, double height) {
    for (double scale : MINIMAP_SCALES) {
      for (int corner = 0; corner < 4; corner++) {
        Point2D at = minimapOrigin(corner, scale, width, height);
        Point2D from = viewport.screenToWorld(at.getX(), at.getY());
        Point2D to = viewport.screenToWorld(at.getX() + minimapWidth(scale), at.getY() + minimapHeight(scale));
        Rect area = Rect.spanning(from.getX(), from.getY(), to.getX(), to.getY());
        if (index.tilesIn(area).isEmpty()
            && !CanvasGeometry.tileRect(dev.flowsmith.model.GridPosition.TRIGGER).intersects(area)) {
          return new double[] {corner, scale};
        }
      }
    }
    return null;
  }

  /** Whether the minimap may be shown (View › Minimap). */
  public javafx.beans.property.BooleanProperty minimapShownProperty() {
    return minimapShown;
  }

  /** The minimap's bounds in the canvas, while it is visible; tests use it. */
  public javafx.geometry.Bounds minimapBounds() {
    return minimap.getBoundsInParent();
  }

  public boolean isMinimapVisible() {
    return minimap.isVisible();
  }

  private void centreOn(Point2D world) {
    double scale = viewport.scale();
    viewport.set(scale, getWidth() / 2 - world.getX() * scale, getHeight() / 2 - world.getY() * scale);
  }

  private void pressed(MouseEvent e) {
    requestFocus();
    lastX = e.getX();
    lastY = e.getY();
    Point2D world = viewport.screenToWorld(e.getX(), e.getY());
    if (e.getButton() == MouseButton.MIDDLE) {
      drag = Drag.PAN;
    } else if (e.getButton() == MouseButton.PRIMARY) {
      HitTarget hit = hitAt(e.getX(), e.getY());
      CanvasGestureHandler handler = gestureHandler;
      if (handler != null && handler.pressed(e, hit, world)) {
        drag = Drag.HANDLER;
      } else if (hit instanceof HitTarget.Empty && !e.isShiftDown()) {
        drag = Drag.PAN;
      } else {
        drag = Drag.NONE;
      }
    }
    e.consume();
  }

  private void dragged(MouseEvent e) {
    CanvasGestureHandler handler = gestureHandler;
    if (drag == Drag.PAN) {
      viewport.panBy(e.getX() - lastX, e.getY() - lastY);
    } else if (drag == Drag.HANDLER && handler != null) {
      handler.dragged(e, viewport.screenToWorld(e.getX(), e.getY()));
    }
    lastX = e.getX();
    lastY = e.getY();
    e.consume();
  }

  private void released(MouseEvent e) {
    CanvasGestureHandler handler = gestureHandler;
    if (drag == Drag.HANDLER && handler != null) {
      handler.released(e, viewport.screenToWorld(e.getX(), e.getY()));
    }
    drag = Drag.NONE;
    e.consume();
  }

  private void scrolled(ScrollEvent e) {
    if (e.isControlDown() || e.isShortcutDown()) {
      viewport.zoomAt(e.getX(), e.getY(), Math.pow(WHEEL_ZOOM_BASE, e.getDeltaY()));
    } else {
      viewport.panBy(e.getDeltaX(), e.getDeltaY());
    }
    e.consume();
  }

  private void keyPressed(KeyEvent e) {
    if (!e.isShortcutDown() && !e.isControlDown()) {
      return;
    }
    switch (e.getCode()) {
      case EQUALS, PLUS, ADD -> zoomIn();
      case MINUS, SUBTRACT -> zoomOut();
      case DIGIT0, NUMPAD0 -> zoomReset();
      case DIGIT1, NUMPAD1 -> zoomToFit();
      default -> {
        return;
      }
    }
    e.consume();
  }
}
