package dev.flowsmith.app.canvas;

import dev.flowsmith.model.Flow;
import dev.flowsmith.model.GridPosition;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The trigger tile (editor.md §4.2): header "Trigger", the trigger type as title, its overview
 * lines, and an Active/Inactive footer. Look comes from flowsmith.css; {@code :inactive} dims it.
 */
final class TriggerTile extends VBox {

  private static final PseudoClass INACTIVE = PseudoClass.getPseudoClass("inactive");

  private final Label title = new Label();
  private final VBox overview = new VBox();
  private final Label status = new Label();

  TriggerTile() {
    getStyleClass().addAll("tile", "trigger-tile");
    setId("trigger-tile");
    Region icon = new Region();
    icon.getStyleClass().addAll("tile-icon", "icon-bolt");
    Label type = new Label("Trigger");
    type.getStyleClass().add("tile-type");
    HBox header = new HBox(icon, type);
    header.getStyleClass().add("tile-header");

    title.getStyleClass().add("tile-title");
    overview.getStyleClass().add("tile-overview");
    VBox body = new VBox(title, overview);
    body.getStyleClass().add("tile-body");
    VBox.setVgrow(body, Priority.ALWAYS);

    Region dot = new Region();
    dot.getStyleClass().add("status-dot");
    status.getStyleClass().add("tile-status");
    HBox footer = new HBox(dot, status);
    footer.getStyleClass().add("tile-footer");

    getChildren().addAll(header, body, footer);
    // Tiles are a fixed 14 × 14 cells; that is geometry, not style, so it is set here.
    setMinSize(CanvasGeometry.TILE, CanvasGeometry.TILE);
    setPrefSize(CanvasGeometry.TILE, CanvasGeometry.TILE);
    setMaxSize(CanvasGeometry.TILE, CanvasGeometry.TILE);
    relocate(CanvasGeometry.left(GridPosition.TRIGGER), CanvasGeometry.top(GridPosition.TRIGGER));
  }

  void show(Flow flow) {
    title.setText(TriggerOverview.title(flow));
    overview.getChildren().clear();
    for (TriggerOverview.Line line : TriggerOverview.lines(flow)) {
      Label label = new Label(line.label());
      label.getStyleClass().add("overview-label");
      Label value = new Label(line.value());
      value.getStyleClass().add("overview-value");
      overview.getChildren().addAll(label, value);
    }
    boolean active = Flow.ACTIVE.equals(flow.status());
    status.setText(active ? "Active" : "Inactive");
    pseudoClassStateChanged(INACTIVE, !active);
  }
}
