package dev.flowsmith.app.view;

import dev.flowsmith.app.history.HistoryPanel;
import dev.flowsmith.app.history.RunDiffView;
import dev.flowsmith.app.runtime.AppRuntime;
import dev.flowsmith.app.viewmodel.DocumentViewModel;
import dev.flowsmith.model.Flow;
import dev.flowsmith.workspace.history.RunLogStore;
import dev.flowsmith.workspace.history.RunRecord;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.jspecify.annotations.Nullable;

/**
 * The History tab: the open flow's runs from every trigger source, kept in the workspace. Opening
 * a run shows it in the run panel (and its path on the canvas); Compare docks a diff of two runs
 * in its own tab.
 */
final class HistoryArea {

  private final Tab tab = new Tab("History");
  private final Tab compare = new Tab("Compare");
  private final TabPane tabs;
  private final ObservableValue<@Nullable DocumentViewModel> document;
  private final Consumer<RunRecord> open;
  private @Nullable HistoryPanel panel;
  private @Nullable Consumer<RunRecord> onSaveAsTest;

  HistoryArea(AppRuntime runtime, ObservableValue<@Nullable DocumentViewModel> document, TabPane tabs,
      Consumer<RunRecord> open) {
    this.tabs = tabs;
    this.document = document;
    this.open = open;
    tab.setId("history-tab");
    compare.setId("compare-tab");
    show(runtime.historyProperty().get());
    runtime.historyProperty().addListener((obs, old, store) -> show(store));
    document.addListener((obs, old, doc) -> {
      HistoryPanel current = panel;
      if (current != null) {
        current.refresh();
      }
    });
  }

  Tab tab() {
    return tab;
  }

  private @Nullable Flow currentFlow() {
    DocumentViewModel doc = document.getValue();
    return doc == null ? null : doc.flow();
  }

  private void show(@Nullable RunLogStore store) {
    if (panel != null) {
      panel.dispose();
      panel = null;
    }
    if (store == null) {
      tab.setContent(new Label("The workspace folder cannot be read, so there is no run history."));
      return;
    }
    HistoryPanel created = new HistoryPanel(store, this::currentFlow, open);
    created.setOnCompare(this::compare);
    if (onSaveAsTest != null) {
      created.setOnSaveAsTest(onSaveAsTest);
    }
    panel = created;
    tab.setContent(created);
  }

  /** History's Save as Test… (for every history panel the workspace gets). */
  void setOnSaveAsTest(Consumer<RunRecord> save) {
    onSaveAsTest = save;
    if (panel != null) {
      panel.setOnSaveAsTest(save);
    }
  }

  /** A line above the runs (what Save as Test… did). */
  void notice(String text) {
    if (panel != null) {
      panel.notice(text);
    }
  }

  /** The older run on the left, as the history panel hands them over. */
  void compare(RunRecord a, RunRecord b) {
    compare.setContent(new RunDiffView(a, b));
    if (!tabs.getTabs().contains(compare)) {
      tabs.getTabs().add(compare);
    }
    tabs.getSelectionModel().select(compare);
  }
}
