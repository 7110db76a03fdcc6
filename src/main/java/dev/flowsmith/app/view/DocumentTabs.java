package dev.flowsmith.app.view;

import dev.flowsmith.app.viewmodel.DocumentViewModel;
import dev.flowsmith.app.viewmodel.MainViewModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;

/**
 * The row of tabs above the canvas, one per open flow. It holds no content: the canvas below
 * shows the active document. The tab list mirrors {@link MainViewModel#documents()}, the selected
 * tab mirrors the active document, and a tab's × goes through {@link MainViewModel#close}, which
 * asks about unsaved changes (the tab stays when the user cancels).
 */
public final class DocumentTabs extends TabPane {

  /** Put after the flow name of a tab with unsaved changes. */
  public static final String DIRTY_MARK = " •";

  private final MainViewModel vm;
  private final Map<DocumentViewModel, Tab> tabs = new HashMap<>();
  private boolean syncing;

  public DocumentTabs(MainViewModel vm) {
    this.vm = vm;
    setId("document-tabs");
    getStyleClass().add("document-tabs");
    setTabClosingPolicy(TabClosingPolicy.ALL_TABS);
    // a tab dragged along the row moves its flow in the open list, so Ctrl+Tab follows the new order
    setTabDragPolicy(TabDragPolicy.REORDER);
    setFocusTraversable(false);
    vm.documents().addListener((ListChangeListener<DocumentViewModel>) change -> sync());
    getTabs().addListener((ListChangeListener<Tab>) change -> {
      if (!syncing) {
        vm.reorderTabs(getTabs().stream().map(tab -> (DocumentViewModel) tab.getUserData()).toList());
      }
    });
    vm.documentProperty().addListener((obs, old, doc) -> select(doc));
    getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
      if (!syncing && tab != null) {
        vm.activate((DocumentViewModel) tab.getUserData());
      }
    });
    sync();
    managedProperty().bind(visibleProperty());
    visibleProperty().bind(Bindings.isNotEmpty(vm.documents()));
  }

  /** The tab of {@code doc}, if it is open. */
  public Tab tabOf(DocumentViewModel doc) {
    return tabs.get(doc);
  }

  private void sync() {
    syncing = true;
    try {
      List<DocumentViewModel> docs = List.copyOf(vm.documents());
      tabs.keySet().retainAll(docs);
      List<Tab> wanted = docs.stream().map(doc -> tabs.computeIfAbsent(doc, this::tab)).toList();
      // after a drag the row already has the new order; setting it again would restart the drag's tab
      if (!getTabs().equals(wanted)) {
        getTabs().setAll(wanted);
      }
    } finally {
      syncing = false;
    }
    select(vm.documentProperty().get());
  }

  private void select(DocumentViewModel doc) {
    Tab tab = doc == null ? null : tabs.get(doc);
    if (tab != null && getSelectionModel().getSelectedItem() != tab) {
      syncing = true;
      try {
        getSelectionModel().select(tab);
      } finally {
        syncing = false;
      }
    }
  }

  private Tab tab(DocumentViewModel doc) {
    Tab tab = new Tab();
    tab.setUserData(doc);
    tab.getStyleClass().add("document-tab");
    tab.textProperty().bind(Bindings.createStringBinding(
        () -> doc.flow().name() + (doc.isDirty() ? DIRTY_MARK : ""), doc.flowProperty(), doc.dirtyProperty()));
    Tooltip tip = new Tooltip();
    tip.textProperty().bind(Bindings.createStringBinding(() -> {
      var path = doc.sourcePathProperty().get();
      return path == null ? "Not saved yet" : path.toString();
    }, doc.sourcePathProperty()));
    tab.setTooltip(tip);
    // the view-model decides (it may ask); the TabPane must not remove the tab by itself
    tab.setOnCloseRequest(event -> {
      event.consume();
      vm.close(doc);
    });
    return tab;
  }
}
