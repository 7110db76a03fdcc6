package dev.flowsmith.app.canvas;

import dev.flowsmith.model.Operation;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.jspecify.annotations.Nullable;

/**
 * The overview in the canvas's corner: every tile as a small rect and the visible area outlined.
 * Tiles sit on their own layer, redrawn only when the flow changes; moving the view repaints just
 * the outline. Pressing or dragging on it centres the main view there.
 */
final class Minimap extends Region {

  /** World space kept around the flow so the outline can reach past its edges. */
  private static final double MARGIN = 200;

  private final Canvas tileLayer = new Canvas();
  private final Canvas viewLayer = new Canvas();
  private final Consumer<Point2D> centreOn;
  private @Nullable TileIndex drawnIndex;
  private @Nullable CanvasStyle drawnStyle;
  private Rect world = new Rect(0, 0, 1, 1);
  private double mapScale = 1;

  Minimap(Consumer<Point2D> centreOn) {
    this.centreOn = centreOn;
    getStyleClass().add("canvas-minimap");
    setId("canvas-minimap");
    tileLayer.setMouseTransparent(true);
    viewLayer.setMouseTransparent(true);
    getChildren().addAll(tileLayer, viewLayer);
    addEventHandler(MouseEvent.MOUSE_PRESSED, this::centre);
    addEventHandler(MouseEvent.MOUSE_DRAGGED, this::centre);
    // the minimap's own presses must not reach the canvas beneath (no pan, no editing gesture)
    addEventHandler(MouseEvent.ANY, MouseEvent::consume);
  }

  private void centre(MouseEvent e) {
    double inset = snappedLeftInset();
    centreOn.accept(new Point2D(world.x() + (e.getX() - inset) / mapScale,
        world.y() + (e.getY() - snappedTopInset()) / mapScale));
  }

  /** Repaints for this frame; the tile layer only when the flow, style or size changed. */
  void update(TileIndex index, Rect visible, CanvasStyle style) {
    double width = Math.max(1, getWidth() - snappedLeftInset() - snappedRightInset());
    double height = Math.max(1, getHeight() - snappedTopInset() - snappedBottomInset());
    boolean resized = tileLayer.getWidth() != width || tileLayer.getHeight() != height;
    if (resized || index != drawnIndex || style != drawnStyle) {
      for (Canvas layer : new Canvas[] {tileLayer, viewLayer}) {
        layer.setWidth(width);
        layer.setHeight(height);
        layer.relocate(snappedLeftInset(), snappedTopInset());
      }
      drawTiles(index, style, width, height);
      drawnIndex = index;
      drawnStyle = style;
    }
    GraphicsContext gc = viewLayer.getGraphicsContext2D();
    gc.clearRect(0, 0, width, height);
    gc.setStroke(style.minimapView().paint());
    gc.setLineWidth(style.minimapView().width());
    gc.strokeRect((visible.x() - world.x()) * mapScale, (visible.y() - world.y()) * mapScale,
        visible.width() * mapScale, visible.height() * mapScale);
  }

  private void drawTiles(TileIndex index, CanvasStyle style, double width, double height) {
    world = index.extent().grow(MARGIN);
    mapScale = Math.min(width / world.width(), height / world.height());
    GraphicsContext gc = tileLayer.getGraphicsContext2D();
    gc.clearRect(0, 0, width, height);
    gc.setFill(style.minimapTile());
    double size = Math.max(1, CanvasGeometry.TILE * mapScale);
    gc.fillRect(-world.x() * mapScale, -world.y() * mapScale, size, size);
    for (Operation op : index.flow().operations()) {
      gc.fillRect((CanvasGeometry.left(op.position()) - world.x()) * mapScale,
          (CanvasGeometry.top(op.position()) - world.y()) * mapScale, size, size);
    }
  }
}
