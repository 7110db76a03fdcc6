package dev.flowsmith.app.view;

import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import org.jspecify.annotations.Nullable;

/**
 * Focus mode (View › Focus Inspector): the run panel takes the window. The workspace list, the
 * canvas and the side panel are taken out of the layout, not just hidden, so the split panes give
 * their width to the inspector; leaving the mode puts them back with the dividers where they were.
 */
final class InspectorFocus {

  private final BorderPane root;
  private final SplitPane centre;
  private final SplitPane split;
  private @Nullable Node left;
  private @Nullable Node editor;
  private @Nullable Node side;
  private double[] centreDividers = new double[0];
  private double[] splitDividers = new double[0];

  /**
   * @param centre the canvas above the bottom tabs
   * @param split {@code centre} beside the side panel
   */
  InspectorFocus(BooleanProperty focused, BorderPane root, SplitPane centre, SplitPane split, TabPane bottomTabs,
      Tab run) {
    this.root = root;
    this.centre = centre;
    this.split = split;
    focused.addListener((obs, was, now) -> {
      if (now) {
        enter();
        bottomTabs.getSelectionModel().select(run);
      } else {
        leave();
      }
    });
  }

  private void enter() {
    centreDividers = centre.getDividerPositions();
    splitDividers = split.getDividerPositions();
    left = root.getLeft();
    root.setLeft(null);
    editor = centre.getItems().size() > 1 ? centre.getItems().remove(0) : null;
    side = split.getItems().size() > 1 ? split.getItems().remove(split.getItems().size() - 1) : null;
  }

  private void leave() {
    if (left != null) {
      root.setLeft(left);
    }
    if (editor != null) {
      centre.getItems().add(0, editor);
      centre.setDividerPositions(centreDividers);
    }
    if (side != null) {
      split.getItems().add(side);
      split.setDividerPositions(splitDividers);
    }
    left = null;
    editor = null;
    side = null;
  }
}
