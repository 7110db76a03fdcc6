package dev.flowsmith.app.canvas;

import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;

/**
 * The editor's hook into the canvas's mouse input. {@link FlowCanvas} offers every primary press
 * here first; a handler that takes it receives the drag and release, and the canvas does not pan.
 * World points are in world pixels (the same space as {@link CanvasGeometry}).
 */
public interface CanvasGestureHandler {

  /** @return true to take this press and the drag that follows it */
  boolean pressed(MouseEvent e, HitTarget hit, Point2D world);

  void dragged(MouseEvent e, Point2D world);

  void released(MouseEvent e, Point2D world);
}
