package dev.flowsmith.app.view;

import dev.flowsmith.app.edit.FlowEditor;
import dev.flowsmith.app.gesture.EditorCanvasState;
import dev.flowsmith.app.run.RecentPayloads;
import dev.flowsmith.app.run.RunController;
import dev.flowsmith.app.run.RunDialog;
import dev.flowsmith.app.run.RunOverlay;
import dev.flowsmith.app.run.RunPanel;
import dev.flowsmith.app.run.ServerRunController;
import dev.flowsmith.app.run.ServerRunProgress;
import dev.flowsmith.app.run.TriggerInput;
import dev.flowsmith.app.run.TriggerSamples;
import dev.flowsmith.app.runtime.AppRuntime;
import dev.flowsmith.app.viewmodel.DocumentViewModel;
import dev.flowsmith.app.viewmodel.RunCommands;
import dev.flowsmith.app.viewmodel.TextClipboard;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.app.server.ServerConnection;
import dev.flowsmith.workspace.history.RunRecord;
import dev.flowsmith.app.run.LiveStep;
import dev.flowsmith.app.tests.TestRow;
import dev.flowsmith.workspace.flowtest.Difference;
import dev.flowsmith.workspace.flowtest.FlowTestResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;

/**
 * Connects the run panel to the window: the Run menu's commands, the run's path and the
 * breakpoints on the canvas, and stepping through steps moving the canvas selection. Runs never
 * execute on the JavaFX thread (RunController has its own).
 */
final class RunArea implements RunCommands {

  private final RunSessions sessions;
  private final AppRuntime runtime;
  private final TextClipboard clipboard;
  private final RecentPayloads recent;
  private final ObservableValue<@Nullable DocumentViewModel> document;
  private final EditorCanvasState canvas;
  private final Window owner;
  private final ServerRunController serverRuns;
  private final Supplier<Optional<ServerConnection>> server;
  private Runnable onRunEnded = () -> { };
  private BiConsumer<RunRecord, RunRecord> onServerCompare = (local, server) -> {};
  private final BooleanProperty inspectorFocused = new SimpleBooleanProperty(this, "inspectorFocused");
  // held here: a binding over an observable keeps only a weak listener on it, so an expression made per
  // call and only listened to would be collected, and its listeners (the Run tab coming to the front) lost
  private @Nullable BooleanExpression running;
  private @Nullable BooleanExpression paused;

  RunArea(AppRuntime runtime, RecentPayloads recent, ObservableValue<@Nullable DocumentViewModel> document,
      ObservableList<DocumentViewModel> open, EditorCanvasState canvas, TextClipboard clipboard, Window owner,
      Supplier<Optional<ServerConnection>> server) {
    this.server = server;
    this.runtime = runtime;
    this.clipboard = clipboard;
    this.recent = recent;
    this.document = document;
    this.canvas = canvas;
    this.owner = owner;
    this.serverRuns = new ServerRunController(() -> runtime.historyProperty().get(), Platform::runLater);
    this.sessions = new RunSessions(document, open, this::newSession);
    // another tab: its own run path, inspector and breakpoints (after the canvas took the new flow)
    sessions.activeProperty().addListener((obs, old, now) -> Platform.runLater(() -> {
      showOverlay(controller().overlay());
      showBreakpoints();
    }));
  }

  /** A tab's own run controller and panel; it draws on the canvas only while its tab is active. */
  private RunSessions.Session newSession() {
    RunController controller = new RunController(runtime, Platform::runLater);
    RunPanel panel = new RunPanel(controller, clipboard, this::run, this::selectOnCanvas);
    panel.addStrip(new ServerRunProgress(serverRuns));
    controller.overlayProperty().addListener((obs, old, now) -> {
      if (sessions == null || sessions.isActive(controller)) {
        showOverlay(now);
      }
    });
    controller.runningProperty().addListener((obs, was, now) -> {
      if (now) {
        panel.clearDifferences();
      } else {
        onRunEnded.run();
      }
    });
    controller.breakpoints().addListener((SetChangeListener<String>) change -> {
      if (sessions == null || sessions.isActive(controller)) {
        showBreakpoints();
      }
    });
    return new RunSessions.Session(controller, panel);
  }

  /** Whether a run is going in any tab (the runtime must not be swapped under it). */
  boolean anyRunning() {
    return sessions.anyRunning();
  }

  /** Told when a run in any tab has ended. */
  void setOnRunEnded(Runnable listener) {
    this.onRunEnded = listener;
  }

  /** The active tab's run panel. */
  RunPanel panel() {
    return sessions.active().panel();
  }

  /** The active tab's run panel, as it changes with the tab. */
  ObservableValue<RunPanel> panelProperty() {
    return sessions.activeProperty().map(RunSessions.Session::panel);
  }

  /** The active tab's run controller. */
  RunController controller() {
    return sessions.active().controller();
  }

  /** One flag of the active tab's run, following the tab. */
  private BooleanExpression activeFlag(java.util.function.Function<RunController, ObservableValue<Boolean>> flag) {
    return BooleanExpression.booleanExpression(
        sessions.activeProperty().flatMap(session -> flag.apply(session.controller())).orElse(false));
  }

  /** Shows a stored or pasted run (from the history) in the panel and on the canvas. */
  void show(RunRecord record) {
    FlowEditor editor = editor();
    if (editor != null) {
      panel().clearDifferences();
      controller().show(record, editor.flow());
    }
  }

  /**
   * Opens a failed test's run: its steps and path like any run, the differences listed above the
   * steps, the differing chain paths marked in the inspector, and the step that set the first
   * differing path selected.
   */
  void showTestFailure(FlowTestResult result) {
    FlowEditor editor = editor();
    if (editor == null || result.run() == null || controller().runningProperty().get()) {
      return;
    }
    controller().show(RunRecord.from(result.run(), "test"), editor.flow());
    List<String> chainPaths = result.differences().stream().map(Difference::path)
        .filter(path -> path.startsWith("chain.")).map(path -> path.substring("chain.".length())).toList();
    List<String> lines = new ArrayList<>(result.differences().stream().map(TestRow::describe).toList());
    if (result.message() != null) {
      lines.add(0, result.message());
    }
    panel().showDifferences("Test “" + result.testCase().name() + "” " + (result.message() != null ? "could not pass"
        : "failed") + " (" + result.file().getFileName() + ")", lines, chainPaths);
    String step = result.differences().stream().map(Difference::stepKey).filter(Objects::nonNull).findFirst()
        .orElse(null);
    List<LiveStep> steps = controller().steps();
    int index = steps.size() - 1;
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).key().equals(step)) {
        index = i;
      }
    }
    if (index >= 0) {
      panel().steps().getSelectionModel().select(index);
      panel().steps().scrollTo(index);
    }
  }

  private @Nullable FlowEditor editor() {
    DocumentViewModel doc = document.getValue();
    return doc == null ? null : doc.editor();
  }

  private void selectOnCanvas(String operationId) {
    FlowEditor editor = editor();
    if (editor != null && editor.flow().operationById(operationId).isPresent()) {
      editor.selectOperation(operationId);
    }
  }

  private void showOverlay(RunOverlay overlay) {
    canvas.setRunOverlay(overlay.marks(), overlay.links());
  }

  private void showBreakpoints() {
    canvas.setBreakpoints(Set.copyOf(controller().breakpoints()));
  }

  @Override
  public void run() {
    FlowEditor editor = editor();
    if (editor == null || controller().runningProperty().get()) {
      return;
    }
    Flow flow = editor.flow();
    RunDialog.ask(flow, recent, owner).ifPresent(input -> controller().start(flow, input));
  }

  /**
   * Run on Server: the trigger input as for Run, then the connected server (File › Connect to
   * Directus…, asked for here when none is connected yet), then the server's run off the FX thread; when it is in the history, the same input
   * runs here too and both open side by side in the Compare tab (local left, server right).
   */
  @Override
  public void runOnServer() {
    FlowEditor editor = editor();
    if (editor == null || controller().runningProperty().get() || serverRuns.runningProperty().get()) {
      return;
    }
    Flow flow = editor.flow();
    Optional<TriggerInput> input = RunDialog.ask(flow, recent, owner);
    if (input.isEmpty()) {
      return;
    }
    Optional<ServerConnection> target = server.get();
    if (target.isEmpty()) {
      return;
    }
    JsonValue trigger = JsJson.toModel(TriggerSamples.trigger(flow, input.get()));
    serverRuns.start(flow, trigger, target.get().client(), serverRun -> controller().start(flow, input.get())
        .thenRun(() -> Platform.runLater(() -> {
          RunRecord local = controller().recordProperty().get();
          if (local != null) {
            onServerCompare.accept(local, serverRun);
          }
        })));
  }

  /** Where a server run and the local run beside it are shown (the Compare tab). */
  void setOnServerCompare(BiConsumer<RunRecord, RunRecord> show) {
    this.onServerCompare = show;
  }

  ServerRunController serverRuns() {
    return serverRuns;
  }

  @Override
  public BooleanExpression serverRunning() {
    return serverRuns.runningProperty();
  }

  @Override
  public void continueRun() {
    controller().continueRun();
  }

  @Override
  public void stepToNext() {
    controller().stepToNext();
  }

  @Override
  public void stop() {
    controller().stop();
  }

  @Override
  public void toggleBreakpoint() {
    FlowEditor editor = editor();
    if (editor != null) {
      editor.selection().single().ifPresent(controller()::toggleBreakpoint);
    }
  }

  @Override
  public BooleanExpression canRun() {
    return running().not();
  }

  @Override
  public BooleanExpression running() {
    if (running == null) {
      running = activeFlag(RunController::runningProperty);
    }
    return running;
  }

  @Override
  public BooleanExpression paused() {
    if (paused == null) {
      paused = activeFlag(RunController::pausedProperty);
    }
    return paused;
  }

  @Override
  public BooleanProperty inspectorFocused() {
    return inspectorFocused;
  }

  void close() {
    serverRuns.close();
    sessions.close();
  }
}
