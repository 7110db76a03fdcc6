package dev.flowsmith.app.canvas;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.geometry.Point2D;

/**
 * Which part of the world the canvas shows: screen = world × scale + translation. Every change
 * bumps {@link #revisionProperty()}, the one thing the canvas listens to in order to redraw.
 */
public final class Viewport {

  /**
   * Low enough that zoom-to-fit shows a flow of many thousands of operations whole (a 3,000-operation
   * flow in rows of 20 needs about 1 %); below {@link FlowRenderer#SIMPLE_SCALE} tiles are plain blocks.
   */
  public static final double MIN_SCALE = 0.002;
  public static final double MAX_SCALE = 2.0;
  /** Space left around the flow by zoom-to-fit, in screen pixels. */
  public static final double FIT_MARGIN = 32;

  private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(this, "scale", 1);
  private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
  private double translateX = FIT_MARGIN;
  private double translateY = FIT_MARGIN;

  public double scale() {
    return scale.get();
  }

  public ReadOnlyDoubleProperty scaleProperty() {
    return scale.getReadOnlyProperty();
  }

  public ReadOnlyLongProperty revisionProperty() {
    return revision.getReadOnlyProperty();
  }

  public double translateX() {
    return translateX;
  }

  public double translateY() {
    return translateY;
  }

  public Point2D screenToWorld(double screenX, double screenY) {
    return new Point2D((screenX - translateX) / scale(), (screenY - translateY) / scale());
  }

  public Point2D worldToScreen(double worldX, double worldY) {
    return new Point2D(worldX * scale() + translateX, worldY * scale() + translateY);
  }

  /** The world rect a view of this size shows. */
  public Rect visibleWorld(double viewWidth, double viewHeight) {
    Point2D topLeft = screenToWorld(0, 0);
    return new Rect(topLeft.getX(), topLeft.getY(), Math.max(0, viewWidth) / scale(),
        Math.max(0, viewHeight) / scale());
  }

  public void set(double newScale, double newTranslateX, double newTranslateY) {
    double clamped = clamp(newScale);
    if (clamped == scale() && newTranslateX == translateX && newTranslateY == translateY) {
      return;
    }
    translateX = newTranslateX;
    translateY = newTranslateY;
    scale.set(clamped);
    revision.set(revision.get() + 1);
  }

  public void panBy(double screenDx, double screenDy) {
    set(scale(), translateX + screenDx, translateY + screenDy);
  }

  /** Scales by {@code factor} (clamped) keeping the world point under the screen point still. */
  public void zoomAt(double screenX, double screenY, double factor) {
    Point2D anchor = screenToWorld(screenX, screenY);
    double next = clamp(scale() * factor);
    set(next, screenX - anchor.getX() * next, screenY - anchor.getY() * next);
  }

  /** Shows all of {@code world} centred, no larger than 100 % so a small flow is not blown up. */
  public void zoomToFit(Rect world, double viewWidth, double viewHeight) {
    double usableWidth = Math.max(1, viewWidth - 2 * FIT_MARGIN);
    double usableHeight = Math.max(1, viewHeight - 2 * FIT_MARGIN);
    double next = clamp(Math.min(1, Math.min(usableWidth / Math.max(1, world.width()),
        usableHeight / Math.max(1, world.height()))));
    set(next, (viewWidth - world.width() * next) / 2 - world.x() * next,
        (viewHeight - world.height() * next) / 2 - world.y() * next);
  }

  /** 100 % with the world origin at the page margin, where a freshly opened flow starts. */
  public void reset() {
    set(1, FIT_MARGIN, FIT_MARGIN);
  }

  /** Pans the least distance that brings {@code world} into view, keeping the scale. */
  public void reveal(Rect world, double viewWidth, double viewHeight) {
    Rect visible = visibleWorld(viewWidth, viewHeight).grow(-FIT_MARGIN / scale());
    double dx = 0;
    double dy = 0;
    if (world.x() < visible.x() || world.width() > visible.width()) {
      dx = visible.x() - world.x();
    } else if (world.maxX() > visible.maxX()) {
      dx = visible.maxX() - world.maxX();
    }
    if (world.y() < visible.y() || world.height() > visible.height()) {
      dy = visible.y() - world.y();
    } else if (world.maxY() > visible.maxY()) {
      dy = visible.maxY() - world.maxY();
    }
    panBy(dx * scale(), dy * scale());
  }

  private static double clamp(double value) {
    return Math.max(MIN_SCALE, Math.min(MAX_SCALE, value));
  }
}
