package dev.flowsmith.app.panel;

import dev.flowsmith.app.edit.FlowEditor;
import dev.flowsmith.model.Flow;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;

/**
 * A panel that shows part of the editor's flow and refreshes when it changes (an edit of its
 * own, an undo, a change on the canvas) until it is disposed.
 */
abstract class FlowPanel {

  protected final FlowEditor editor;
  private final ChangeListener<Flow> flowListener = (obs, old, now) -> refresh();

  protected FlowPanel(FlowEditor editor) {
    this.editor = editor;
    editor.flowProperty().addListener(flowListener);
  }

  public abstract Node node();

  /** Shows the editor's current flow. */
  protected abstract void refresh();

  /** Stops following the editor (the document was closed or another one opened). */
  public void dispose() {
    editor.flowProperty().removeListener(flowListener);
  }
}
