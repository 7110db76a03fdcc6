package dev.flowsmith.app.canvas;

import dev.flowsmith.format.lint.Linter;
import dev.flowsmith.model.Flow;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.jspecify.annotations.Nullable;

/**
 * The centre of the window: the {@link FlowCanvas} showing the current flow with its lint badges,
 * or a hint when no flow is open. Until the editor feeds the canvas its own state (selection,
 * previews), this is the one place that turns a flow into a {@link CanvasState}.
 */
public final class CanvasArea extends StackPane {

  private final FlowCanvas canvas = new FlowCanvas();
  private final Label placeholder = new Label("No flow open.\nUse File › New, Open File… or Open Workspace….");
  private final Linter linter = new Linter();

  public CanvasArea(ObservableValue<@Nullable Flow> flow) {
    getStyleClass().add("canvas-area");
    placeholder.getStyleClass().add("canvas-placeholder");
    getChildren().addAll(canvas, placeholder);
    flow.addListener((obs, old, now) -> show(now));
    show(flow.getValue());
  }

  public FlowCanvas flowCanvas() {
    return canvas;
  }

  private void show(@Nullable Flow flow) {
    placeholder.setVisible(flow == null);
    canvas.setVisible(flow != null);
    if (flow == null) {
      canvas.setState(null);
      return;
    }
    CanvasState previous = canvas.getState();
    CanvasState next = previous != null && previous.flow().id().equals(flow.id())
        ? previous.withFlow(flow) : CanvasState.of(flow);
    canvas.setState(next.withLint(LintMarks.from(flow, linter.lint(flow))));
  }
}
