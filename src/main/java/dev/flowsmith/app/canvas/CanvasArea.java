package dev.flowsmith.app.canvas;

import dev.flowsmith.model.Flow;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import org.jspecify.annotations.Nullable;

/**
 * The centre of the window: a scrollable surface with the 20 px grid (drawn by the stylesheet)
 * and the trigger tile at cell (1, 1). Operation tiles, arrows and dragging come with the canvas
 * editor; until then the surface is sized for the flow's tiles so its extent is already right.
 */
public final class CanvasArea extends StackPane {

  private final Pane surface = new Pane();
  private final TriggerTile trigger = new TriggerTile();
  private final ScrollPane scroller;
  private final Label placeholder = new Label("No flow open.\nUse File › New, Open File… or Open Workspace….");

  public CanvasArea(ObservableValue<@Nullable Flow> flow) {
    getStyleClass().add("canvas-area");
    surface.getStyleClass().add("flow-canvas");
    surface.setId("flow-canvas");
    surface.getChildren().add(trigger);
    StackPane frame = new StackPane(surface);
    frame.getStyleClass().add("canvas-frame");
    scroller = new ScrollPane(frame);
    scroller.getStyleClass().add("canvas-scroller");
    // Fitting lets the grid fill a window larger than the flow; a larger flow scrolls.
    scroller.setFitToWidth(true);
    scroller.setFitToHeight(true);
    placeholder.getStyleClass().add("canvas-placeholder");
    getChildren().addAll(scroller, placeholder);
    flow.addListener((obs, old, now) -> show(now));
    show(flow.getValue());
  }

  private void show(@Nullable Flow flow) {
    placeholder.setVisible(flow == null);
    scroller.setVisible(flow != null);
    if (flow == null) {
      return;
    }
    trigger.show(flow);
    CanvasGeometry.Size size = CanvasGeometry.canvasSize(flow, false);
    surface.setMinSize(size.width(), size.height());
  }
}
