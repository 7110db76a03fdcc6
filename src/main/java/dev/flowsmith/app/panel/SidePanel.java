package dev.flowsmith.app.panel;

import dev.flowsmith.app.edit.FlowEditor;
import dev.flowsmith.app.edit.Selection;
import dev.flowsmith.model.Flow;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import org.jspecify.annotations.Nullable;

/**
 * The right-hand panel of the main window: flow settings and trigger setup when the trigger is
 * selected, the operation panel when one operation is, a short note otherwise. It follows the
 * selection of whichever document's {@link FlowEditor} it is given.
 */
public final class SidePanel extends StackPane {

  private final Supplier<List<String>> collections;
  private final Supplier<List<Flow>> flows;
  private final IntSupplier webhookPort;
  private final Label note = new Label();
  private final ChangeListener<Selection> selectionListener = (obs, old, now) -> showSelection();
  private @Nullable FlowEditor editor;
  private @Nullable OperationPanel operationPanel;
  private @Nullable TriggerPanel triggerPanel;
  private @Nullable FlowSettingsPanel settingsPanel;
  private @Nullable TabPane triggerTabs;

  /**
   * @param editor the open document's editor, or null when none is open
   * @param collections the collection names offered by collection pickers (may be empty)
   * @param flows the flows a Trigger Flow operation can call
   * @param webhookPort the port of the local webhook server (the workspace's setting), for the URL a
   *     webhook trigger shows; asked each time a flow is shown
   */
  public SidePanel(@Nullable FlowEditor editor, Supplier<List<String>> collections, Supplier<List<Flow>> flows,
      IntSupplier webhookPort) {
    this.collections = collections;
    this.flows = flows;
    this.webhookPort = webhookPort;
    setId("side-panel");
    getStyleClass().add("side-panel");
    note.setId("side-panel-note");
    note.getStyleClass().add("side-panel-note");
    note.setWrapText(true);
    setEditor(editor);
  }

  /** Follows another document (or none). */
  public void setEditor(@Nullable FlowEditor newEditor) {
    if (editor != null) {
      editor.selectionProperty().removeListener(selectionListener);
    }
    disposePanels();
    editor = newEditor;
    if (newEditor != null) {
      FormContext context = new FormContext(collections, flows, List::of);
      operationPanel = new OperationPanel(newEditor, context);
      triggerPanel = new TriggerPanel(newEditor, context, webhookPort.getAsInt());
      settingsPanel = new FlowSettingsPanel(newEditor);
      newEditor.selectionProperty().addListener(selectionListener);
    }
    showSelection();
  }

  public @Nullable FlowEditor editor() {
    return editor;
  }

  private void disposePanels() {
    if (operationPanel != null) {
      operationPanel.dispose();
    }
    if (triggerPanel != null) {
      triggerPanel.dispose();
    }
    if (settingsPanel != null) {
      settingsPanel.dispose();
    }
    operationPanel = null;
    triggerPanel = null;
    settingsPanel = null;
    triggerTabs = null;
  }

  private void showSelection() {
    FlowEditor current = editor;
    if (current == null || operationPanel == null) {
      showNote("Open a flow to edit it");
      return;
    }
    Selection selection = current.selection();
    if (selection.trigger() && selection.operations().isEmpty()) {
      getChildren().setAll(triggerTabs());
    } else if (selection.single().isPresent()) {
      operationPanel.show(selection.single().get());
      getChildren().setAll(operationPanel.node());
    } else if (selection.isEmpty()) {
      showNote("Select a tile to edit it");
    } else {
      int count = selection.operations().size() + (selection.trigger() ? 1 : 0);
      showNote(count + (selection.trigger() ? " tiles selected" : " operations selected"));
    }
  }

  private Node triggerTabs() {
    if (triggerTabs == null && settingsPanel != null && triggerPanel != null) {
      Tab setup = new Tab("Flow Setup", scrolling(settingsPanel.node()));
      setup.setId("flow-setup-tab");
      Tab trigger = new Tab("Trigger Setup", scrolling(triggerPanel.node()));
      trigger.setId("trigger-setup-tab");
      TabPane tabs = new TabPane(setup, trigger);
      tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
      tabs.getStyleClass().add("side-panel-tabs");
      // the trigger tile is usually selected to set the trigger up
      tabs.getSelectionModel().select(trigger);
      triggerTabs = tabs;
    }
    return triggerTabs;
  }

  private static ScrollPane scrolling(Node content) {
    ScrollPane scroller = new ScrollPane(content);
    scroller.setFitToWidth(true);
    scroller.getStyleClass().add("side-panel-scroller");
    return scroller;
  }

  private void showNote(String text) {
    note.setText(text);
    getChildren().setAll(note);
  }
}
