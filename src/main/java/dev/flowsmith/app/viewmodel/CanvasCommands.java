package dev.flowsmith.app.viewmodel;

/**
 * What the View menu asks of the canvas: zoom and fit. The canvas implements it; the action
 * registry only sees this interface, so menus stay free of nodes.
 */
public interface CanvasCommands {

  void zoomIn();

  void zoomOut();

  /** Back to 100 %. */
  void zoomReset();

  /** Fits the whole flow into the view. */
  void zoomToFit();

  /** Opens the searchable list of operation types and adds the chosen one at the view's centre. */
  void addOperation();
}
