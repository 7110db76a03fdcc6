package dev.flowsmith.app.history;

import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.model.Flow;
import dev.flowsmith.workspace.history.RunLogStore;
import dev.flowsmith.workspace.history.RunRecord;
import java.io.IOException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The run history of the open flow (editor.md §11): newest first under day headings, each run with
 * its relative time, source, status, duration and step count. Open, Compare (two runs), Delete,
 * Prune… and "Paste Directus log…". Follows the store: runs stored on any thread show up here.
 *
 * <p>The panel does not know when the open flow changes; its owner calls {@link #refresh()} then.
 */
public final class HistoryPanel extends VBox {

  private final RunLogStore store;
  private final Supplier<@Nullable Flow> currentFlow;
  private final Consumer<RunRecord> open;
  private final ListView<HistoryItem> list = new ListView<>();
  private final Label title = new Label();
  private final Label message = new Label();
  private final Button openButton = button("Open", "history-open");
  private final Button compareButton = button("Compare", "history-compare");
  private final Button deleteButton = button("Delete", "history-delete");
  private final Button pruneButton = button("Prune…", "history-prune");
  private final Button pasteButton = button("Paste Directus log…", "history-paste");
  private final Button saveTestButton = button("Save as Test…", "history-save-test");
  private final CheckBox failedOnly = new CheckBox("Failed only");
  private final Runnable unsubscribe;
  private final Timeline ticker;
  private BiConsumer<RunRecord, RunRecord> onCompare = RunDiffView::showWindow;
  private @Nullable Consumer<RunRecord> onSaveAsTest;
  private Clock clock = Clock.systemDefaultZone();

  public HistoryPanel(RunLogStore store, Supplier<@Nullable Flow> currentFlow, Consumer<RunRecord> open) {
    this.store = store;
    this.currentFlow = currentFlow;
    this.open = open;
    setId("history-panel");
    getStyleClass().add("history-panel");
    title.getStyleClass().add("history-title");
    message.setId("history-message");
    message.getStyleClass().add("history-message");
    message.setWrapText(true);
    message.managedProperty().bind(message.visibleProperty());
    message.setVisible(false);
    list.setId("history-list");
    list.getStyleClass().add("history-list");
    list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    list.setCellFactory(view -> new HistoryCell(() -> clock));
    Label empty = new Label("no logs");
    empty.getStyleClass().add("history-empty");
    list.setPlaceholder(empty);
    list.getSelectionModel().getSelectedItems().addListener((ListChangeListener<HistoryItem>) change -> updateButtons());
    list.setOnMouseClicked(event -> {
      if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
        openSelected();
      }
    });
    list.setOnKeyPressed(event -> {
      if (event.getCode() == KeyCode.ENTER) {
        openSelected();
      } else if (event.getCode() == KeyCode.DELETE) {
        deleteSelected();
      }
    });
    VBox.setVgrow(list, Priority.ALWAYS);
    openButton.setOnAction(event -> openSelected());
    compareButton.setOnAction(event -> compareSelected());
    deleteButton.setOnAction(event -> deleteSelected());
    pruneButton.setOnAction(event -> askPrune());
    pasteButton.setOnAction(event -> showPasteDialog());
    saveTestButton.setOnAction(event -> saveSelectedAsTest());
    saveTestButton.managedProperty().bind(saveTestButton.visibleProperty());
    saveTestButton.setVisible(false);
    // engine.md §8.3: Directus's "show failed only" keeps the runs whose last step rejected
    failedOnly.setId("history-failed-only");
    failedOnly.selectedProperty().addListener((obs, old, now) -> refresh());
    FlowPane buttons = new FlowPane(openButton, compareButton, saveTestButton, deleteButton, pruneButton,
        pasteButton, failedOnly);
    buttons.getStyleClass().add("history-buttons");
    getChildren().setAll(title, buttons, message, list);
    // stores call back on their writer thread; the list lives on the FX thread
    unsubscribe = store.addListener(flowId -> Platform.runLater(() -> {
      Flow flow = currentFlow.get();
      if (flow != null && flow.id().equals(flowId)) {
        refresh();
      }
    }));
    // "5 minutes ago" gets old: redraw the cells now and then while the panel is shown
    ticker = new Timeline(new KeyFrame(Duration.seconds(30), event -> list.refresh()));
    ticker.setCycleCount(Timeline.INDEFINITE);
    sceneProperty().addListener((obs, old, scene) -> {
      if (scene == null) {
        ticker.stop();
      } else {
        ticker.play();
      }
    });
    refresh();
  }

  private static Button button(String text, String id) {
    Button button = new Button(text);
    button.setId(id);
    return button;
  }

  /** Re-reads the open flow's runs, keeping the selection where the runs are still there. */
  public void refresh() {
    Flow flow = currentFlow.get();
    message.setVisible(false);
    Set<String> selected = selectedRuns().stream().map(RunLogStore.Entry::runId).collect(Collectors.toSet());
    List<RunLogStore.Entry> entries = List.of();
    if (flow != null) {
      try {
        entries = store.list(flow.id());
      } catch (IOException unreadable) {
        showMessage("Could not read the run history: " + unreadable.getMessage());
      }
    }
    title.setText(flow == null ? "Runs" : "Runs of “" + flow.name() + "” (" + entries.size() + ")");
    List<RunLogStore.Entry> shown = failedOnly.isSelected()
        ? entries.stream().filter(entry -> entry.status().equals("reject")).toList() : entries;
    list.getItems().setAll(HistoryItem.grouped(shown, clock.instant(), clock.getZone()));
    for (int i = 0; i < list.getItems().size(); i++) {
      if (list.getItems().get(i) instanceof HistoryItem.Run run && selected.contains(run.entry().runId())) {
        list.getSelectionModel().select(i);
      }
    }
    pasteButton.setDisable(flow == null);
    pruneButton.setDisable(entries.isEmpty());
    updateButtons();
  }

  /** The selected runs, newest first (day headings are never part of it). */
  public List<RunLogStore.Entry> selectedRuns() {
    return list.getSelectionModel().getSelectedItems().stream()
        .filter(HistoryItem.Run.class::isInstance).map(item -> ((HistoryItem.Run) item).entry())
        .sorted(Comparator.comparing(RunLogStore.Entry::startedAt).reversed()).toList();
  }

  /**
   * What Compare does with the two selected runs, older first (A) and newer second (B). The
   * default opens a {@link RunDiffView} in a window of its own; the main window may dock it instead.
   */
  public void setOnCompare(BiConsumer<RunRecord, RunRecord> onCompare) {
    this.onCompare = onCompare;
  }

  /** What Save as Test… does with the selected run (the button shows once this is set). */
  public void setOnSaveAsTest(Consumer<RunRecord> onSave) {
    this.onSaveAsTest = onSave;
    saveTestButton.setVisible(true);
    updateButtons();
  }

  private void saveSelectedAsTest() {
    List<RunLogStore.Entry> runs = selectedRuns();
    Consumer<RunRecord> save = onSaveAsTest;
    if (runs.size() == 1 && save != null) {
      RunRecord record = load(runs.get(0));
      if (record != null) {
        save.accept(record);
      }
    }
  }

  /** Stops following the store (when the workspace closes). */
  public void dispose() {
    unsubscribe.run();
    ticker.stop();
  }

  void setClock(Clock clock) {
    this.clock = clock;
    refresh();
  }

  ListView<HistoryItem> list() {
    return list;
  }

  private void updateButtons() {
    int runs = selectedRuns().size();
    openButton.setDisable(runs != 1);
    saveTestButton.setDisable(runs != 1);
    compareButton.setDisable(runs != 2);
    deleteButton.setDisable(runs == 0);
  }

  private void openSelected() {
    List<RunLogStore.Entry> runs = selectedRuns();
    if (runs.size() == 1) {
      RunRecord record = load(runs.get(0));
      if (record != null) {
        open.accept(record);
      }
    }
  }

  private void compareSelected() {
    List<RunLogStore.Entry> runs = selectedRuns();
    if (runs.size() == 2) {
      RunRecord newer = load(runs.get(0));
      RunRecord older = load(runs.get(1));
      if (newer != null && older != null) {
        onCompare.accept(older, newer);
      }
    }
  }

  private void deleteSelected() {
    try {
      for (RunLogStore.Entry entry : selectedRuns()) {
        store.delete(entry);
      }
    } catch (IOException failed) {
      showMessage("Could not delete: " + failed.getMessage());
    }
    refresh();
  }

  private void askPrune() {
    Flow flow = currentFlow.get();
    if (flow == null) {
      return;
    }
    TextInputDialog ask = new TextInputDialog("10");
    ask.setTitle("Prune runs");
    ask.setHeaderText("Keep the newest runs of “" + flow.name() + "” and delete the older ones.");
    ask.setContentText("Runs to keep:");
    ask.getDialogPane().setId("history-prune-dialog");
    if (getScene() != null) {
      ask.initOwner(getScene().getWindow());
    }
    ask.showAndWait().ifPresent(answer -> {
      try {
        store.prune(flow.id(), Math.max(0, Integer.parseInt(answer.trim())));
      } catch (NumberFormatException notANumber) {
        showMessage("Not a number of runs: " + answer);
      } catch (IOException failed) {
        showMessage("Could not prune: " + failed.getMessage());
      }
      refresh();
    });
  }

  /** Opens the paste dialog without blocking; an imported run is stored (source "directus") and opened. */
  void showPasteDialog() {
    Flow flow = currentFlow.get();
    if (flow == null) {
      return;
    }
    PasteLogDialog dialog = new PasteLogDialog(flow);
    if (getScene() != null) {
      dialog.initOwner(getScene().getWindow());
      dialog.getDialogPane().getStylesheets().setAll(getScene().getStylesheets());
    }
    dialog.setOnHidden(event -> {
      RunRecord record = dialog.getResult();
      if (record == null) {
        return;
      }
      try {
        // Directus logged it, so its flow was tracked (accountability all) when it ran
        store.add(record, true);
      } catch (IOException failed) {
        showMessage("Could not store the pasted run: " + failed.getMessage());
      }
      refresh();
      open.accept(record);
    });
    dialog.show();
  }

  private @Nullable RunRecord load(RunLogStore.Entry entry) {
    try {
      return store.load(entry);
    } catch (IOException | FlowFormatException unreadable) {
      showMessage("Could not read the run: " + unreadable.getMessage());
      return null;
    }
  }

  /** Shows a line above the list (what Save as Test… wrote). */
  public void notice(String text) {
    showMessage(text);
  }

  private void showMessage(String text) {
    message.setText(text);
    message.setVisible(true);
  }
}
