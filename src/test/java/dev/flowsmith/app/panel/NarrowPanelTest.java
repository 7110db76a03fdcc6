package dev.flowsmith.app.panel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.operation.StandardOperations;
import dev.flowsmith.model.OperationType;
import dev.flowsmith.model.TriggerType;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16: in a 260 px side panel every form fits. No label is cut with an ellipsis, nothing
 * scrolls sideways, and no field reaches past the panel's right edge.
 */
class NarrowPanelTest extends PanelTestBase {

  private static final double WIDTH = 260;

  @Start
  void start(Stage stage) {
    // a stage of its own: the shared one keeps the listeners of main windows earlier test classes made on
    // it (its remembered size among them), which fight the widths this test sets
    setUp(new Stage(), WIDTH);
  }

  @Test
  void everyOperationFormFitsA260PixelPanel() {
    List<String> types = StandardOperations.types().all().stream().map(OperationType::id).toList();
    open(PanelFlows.chain("event", types.toArray(String[]::new)));
    for (int i = 0; i < types.size(); i++) {
      selectOperation("op-" + (i + 1));
      assertFits(types.get(i));
    }
  }

  @Test
  void everyTriggerFormAndFlowSetupFitA260PixelPanel() {
    for (TriggerType trigger : TriggerType.values()) {
      open(PanelFlows.chain(trigger.id(), "log"));
      robot.interact(() -> editor.selectTrigger());
      assertFits("trigger " + trigger.id());
      TabPane tabs = find(".side-panel-tabs", TabPane.class);
      Tab setup = tabs.getTabs().get(0);
      robot.interact(() -> tabs.getSelectionModel().select(setup));
      assertFits("flow setup");
      robot.interact(() -> tabs.getSelectionModel().select(1));
    }
  }

  @Test
  void aNarrowFormUsesOneColumnAndAWideOneTwo() {
    open(PanelFlows.chain("event", "log"));
    selectOperation("op-1");
    settle();
    Node name = find("#operation-name", Node.class);
    Node key = find("#operation-key", Node.class);
    // one column: the key sits below the name, not beside it
    assertThat(key.localToScene(key.getBoundsInLocal()).getMinY())
        .isGreaterThan(name.localToScene(name.getBoundsInLocal()).getMaxY());

    robot.interact(() -> panel.getScene().getWindow().setWidth(520));
    settle();
    assertThat(panel.getWidth()).as("panel width after the window grew").isGreaterThan(FormGrid.ONE_COLUMN_BELOW);
    assertThat(key.localToScene(key.getBoundsInLocal()).getMinY())
        .isEqualTo(name.localToScene(name.getBoundsInLocal()).getMinY());
  }

  private void assertFits(String what) {
    settle();
    double right = panel.getScene().getWidth();
    List<Node> shown = new ArrayList<>();
    collectShown(panel, shown);
    for (Node node : shown) {
      if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()
          && !(node.getParent() instanceof javafx.scene.control.ComboBoxBase<?>)) {
        String displayed = displayedText(labeled);
        assertThat(displayed).as("%s: label %s", what, labeled.getText()).isEqualTo(labeled.getText());
      }
      if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL) {
        assertThat(false).as("%s: a horizontal scroll bar is shown (%s)", what, bar.getParent()).isTrue();
      }
      if (node instanceof Control control && !(node instanceof ScrollBar)) {
        Bounds bounds = control.localToScene(control.getLayoutBounds());
        assertThat(bounds.getMaxX()).as("%s: %s reaches past the panel", what, describe(control))
            .isLessThanOrEqualTo(right + 0.5);
      }
    }
  }

  private void settle() {
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> {
      panel.applyCss();
      panel.layout();
    });
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** The text the skin draws, joined over wrapped lines: ends in "…" when the label is cut. */
  private static String displayedText(Labeled labeled) {
    StringBuilder drawn = new StringBuilder();
    for (Node child : labeled.getChildrenUnmodifiable()) {
      // the skin's text node (a graphic such as a FontIcon is a Text too, but not "text")
      if (child instanceof Text text && text.isVisible() && text.getStyleClass().contains("text")) {
        drawn.append(text.getText());
      }
    }
    return drawn.toString().replace("\n", " ").replaceAll("\\s+", " ").strip()
        .equals(labeled.getText().replaceAll("\\s+", " ").strip()) ? labeled.getText() : drawn.toString();
  }

  private static void collectShown(Node node, List<Node> into) {
    if (!node.isVisible()) {
      return;
    }
    into.add(node);
    if (node instanceof Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        collectShown(child, into);
      }
    }
  }

  private static String describe(Control control) {
    return control.getId() != null ? "#" + control.getId() : control.getClass().getSimpleName()
        + (control instanceof Labeled l ? " '" + l.getText() + "'" : "");
  }
}
