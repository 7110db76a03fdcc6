package dev.flowsmith.app.run;

import dev.flowsmith.app.runtime.AppRuntime;
import dev.flowsmith.engine.Cancellation;
import dev.flowsmith.engine.run.FlowRunException;
import dev.flowsmith.engine.run.RunListener;
import dev.flowsmith.engine.run.RunResult;
import dev.flowsmith.engine.run.RunStart;
import dev.flowsmith.engine.run.StepRecord;
import dev.flowsmith.engine.run.StepStatus;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.Operation;
import dev.flowsmith.workspace.history.RunRecord;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.jspecify.annotations.Nullable;

/**
 * The run panel's view-model (STYLE.md rule 6: no nodes). Runs a flow on its own single run
 * thread, never on the JavaFX thread, and mirrors the engine's step events (rule 5) into
 * properties on {@code fxThread} ({@code Platform::runLater} in the app, {@code Runnable::run}
 * in tests). A breakpoint blocks the run thread in {@link RunListener#beforeStep} until
 * Continue, Step or Stop; Stop fires the run's {@link Cancellation}.
 */
public final class RunController implements AutoCloseable {

  private final AppRuntime runtime;
  private final Executor fx;
  private final ExecutorService runThread = Executors.newSingleThreadExecutor(task -> {
    Thread thread = new Thread(task, "flowsmith-run");
    thread.setDaemon(true);
    return thread;
  });

  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
  private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(this, "paused");
  private final ReadOnlyObjectWrapper<@Nullable String> pausedBefore = new ReadOnlyObjectWrapper<>(this,
      "pausedBefore");
  private final ReadOnlyObjectWrapper<@Nullable String> currentOperation = new ReadOnlyObjectWrapper<>(this,
      "currentOperation");
  private final ReadOnlyObjectWrapper<@Nullable JsonObject> chainSoFar = new ReadOnlyObjectWrapper<>(this,
      "chainSoFar");
  private final ReadOnlyObjectWrapper<@Nullable RunRecord> record = new ReadOnlyObjectWrapper<>(this, "record");
  private final ReadOnlyObjectWrapper<@Nullable String> error = new ReadOnlyObjectWrapper<>(this, "error");
  private final ReadOnlyObjectWrapper<@Nullable String> rejection = new ReadOnlyObjectWrapper<>(this, "rejection");
  private final ReadOnlyObjectWrapper<@Nullable Flow> flow = new ReadOnlyObjectWrapper<>(this, "flow");
  private final ReadOnlyObjectWrapper<RunOverlay> overlay = new ReadOnlyObjectWrapper<>(this, "overlay",
      RunOverlay.NONE);
  private final ObservableList<LiveStep> steps = FXCollections.observableArrayList();
  private final ObservableSet<String> breakpoints = FXCollections.observableSet();

  /** The run thread reads these; the FX thread writes them. */
  private final Set<String> breakpointsSeen = ConcurrentHashMap.newKeySet();
  private final PauseGate gate = new PauseGate();
  private volatile Cancellation cancellation = Cancellation.none();

  public RunController(AppRuntime runtime, Executor fxThread) {
    this.runtime = runtime;
    this.fx = fxThread;
    breakpoints.addListener((SetChangeListener<String>) change -> {
      if (change.wasAdded()) {
        breakpointsSeen.add(change.getElementAdded());
      }
      if (change.wasRemoved()) {
        breakpointsSeen.remove(change.getElementRemoved());
      }
    });
  }

  /**
   * Runs {@code target} with {@code input} on the run thread. Call on the FX thread. Does nothing
   * while a run is going. The future completes when the run is over and its last state is posted.
   */
  public CompletableFuture<Void> start(Flow target, TriggerInput input) {
    if (running.get()) {
      return CompletableFuture.completedFuture(null);
    }
    Cancellation stop = new Cancellation();
    cancellation = stop;
    gate.reset();
    steps.clear();
    record.set(null);
    error.set(null);
    rejection.set(null);
    chainSoFar.set(null);
    flow.set(target);
    running.set(true);
    overlay.set(RunOverlay.NONE);
    JsValue trigger = TriggerSamples.trigger(target, input);
    JsValue accountability = TriggerSamples.accountability(input.type());
    return CompletableFuture.runAsync(() -> run(target, trigger, accountability, stop), runThread);
  }

  private void run(Flow target, JsValue trigger, JsValue accountability, Cancellation stop) {
    StepBridge bridge = new StepBridge(target, stop);
    try {
      RunResult result = runtime.launchFromApp(target, trigger, accountability, bridge, stop);
      RunRecord done = RunRecord.from(result, "app");
      fx.execute(() -> finished(target, done, null));
    } catch (FlowRunException | IOException | FlowFormatException | RuntimeException failed) {
      String message = failed instanceof FlowRunException ? "The flow cannot run: " + failed.getMessage()
          : "The run failed: " + failed.getMessage();
      fx.execute(() -> finished(target, null, message));
    }
  }

  private void finished(Flow target, @Nullable RunRecord done, @Nullable String problem) {
    record.set(done);
    error.set(problem);
    running.set(false);
    paused.set(false);
    pausedBefore.set(null);
    currentOperation.set(null);
    overlay.set(RunOverlay.of(target, steps, null, true));
  }

  /** Shows a stored or pasted run (run history's Open) in the same panel; ignored while a run goes. */
  public void show(RunRecord stored, Flow target) {
    if (running.get()) {
      return;
    }
    flow.set(target);
    steps.setAll(LiveStep.of(stored));
    record.set(stored);
    error.set(null);
    chainSoFar.set(null);
    rejection.set(steps.stream().filter(LiveStep::rejected).reduce((a, b) -> b)
        .map(s -> RunErrors.describe(s.key(), s.type(), s.value())).orElse(null));
    overlay.set(RunOverlay.of(target, steps, null, true));
  }

  /** Lets a paused run go on to the next breakpoint. */
  public void continueRun() {
    gate.resume(false);
  }

  /** Lets a paused run execute one step and pause before the next operation. */
  public void stepToNext() {
    gate.resume(true);
  }

  /** Cancels the run: a sleep or request returns at once, the loop ends after the current step. */
  public void stop() {
    cancellation.cancel();
    gate.resume(false);
  }

  /** Adds or removes a breakpoint on an operation (the Toggle Breakpoint action, F9). */
  public void toggleBreakpoint(String operationId) {
    if (!breakpoints.remove(operationId)) {
      breakpoints.add(operationId);
    }
  }

  /** Operation ids a run pauses before; the canvas draws them (operation ids are unique per document). */
  public ObservableSet<String> breakpoints() {
    return breakpoints;
  }

  public ObservableList<LiveStep> steps() {
    return FXCollections.unmodifiableObservableList(steps);
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty pausedProperty() {
    return paused.getReadOnlyProperty();
  }

  /** The operation a paused run waits before. */
  public ReadOnlyObjectProperty<@Nullable String> pausedBeforeProperty() {
    return pausedBefore.getReadOnlyProperty();
  }

  /** The operation executing now (or paused before): the canvas marks it running. */
  public ReadOnlyObjectProperty<@Nullable String> currentOperationProperty() {
    return currentOperation.getReadOnlyProperty();
  }

  /** While paused: the chain after the last finished step (before the first: the initial chain). */
  public ReadOnlyObjectProperty<@Nullable JsonObject> chainSoFarProperty() {
    return chainSoFar.getReadOnlyProperty();
  }

  /** The finished run in the run-history shape, or null while running / after a fatal error. */
  public ReadOnlyObjectProperty<@Nullable RunRecord> recordProperty() {
    return record.getReadOnlyProperty();
  }

  /** A run that could not run at all (a loop, a dangling link, no workspace), as text. */
  public ReadOnlyObjectProperty<@Nullable String> errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** The last rejected step as one line: {@code step <key> (<type>) rejected: <message> [code] [status]}. */
  public ReadOnlyObjectProperty<@Nullable String> rejectionProperty() {
    return rejection.getReadOnlyProperty();
  }

  /** The flow whose run is shown. */
  public ReadOnlyObjectProperty<@Nullable Flow> flowProperty() {
    return flow.getReadOnlyProperty();
  }

  /** Marks and followed links for {@code EditorCanvasState.setRunOverlay}. */
  public ReadOnlyObjectProperty<RunOverlay> overlayProperty() {
    return overlay.getReadOnlyProperty();
  }

  public RunOverlay overlay() {
    return overlay.get();
  }

  /** Stops a run still going and ends the run thread. */
  @Override
  public void close() {
    stop();
    runThread.shutdownNow();
  }

  /** The engine's events for this run, on the run thread; state changes go through {@link #fx}. */
  private final class StepBridge implements RunListener {
    private final Flow target;
    private final Cancellation stop;
    private volatile @Nullable String topRunId;
    private volatile JsObject env = JsObject.EMPTY;
    private volatile JsonObject lastChain = JsonObject.EMPTY;

    StepBridge(Flow target, Cancellation stop) {
      this.target = target;
      this.stop = stop;
    }

    @Override
    public void runStarted(RunStart start) {
      if (topRunId == null && start.parentRunId() == null) {
        topRunId = start.runId();
        env = start.initialChain().get("$env") instanceof JsObject object ? object : JsObject.EMPTY;
        lastChain = LiveStep.chain(start.initialChain(), env);
      }
    }

    @Override
    public void beforeStep(String runId, Operation operation) {
      if (!runId.equals(topRunId) || stop.isCancelled()) {
        return;
      }
      String id = operation.id();
      if (gate.shouldPause(breakpointsSeen.contains(id))) {
        JsonObject chain = lastChain;
        fx.execute(() -> {
          current(id);
          chainSoFar.set(chain);
          pausedBefore.set(id);
          paused.set(true);
        });
        gate.await();
        fx.execute(() -> {
          paused.set(false);
          pausedBefore.set(null);
          chainSoFar.set(null);
        });
      }
    }

    @Override
    public void stepStarted(String runId, Operation operation, JsValue renderedOptions) {
      if (runId.equals(topRunId)) {
        String id = operation.id();
        fx.execute(() -> current(id));
      }
    }

    @Override
    public void stepFinished(String runId, StepRecord step) {
      if (!runId.equals(topRunId)) {
        return;
      }
      LiveStep live = LiveStep.from(step, env);
      lastChain = live.chainAfter();
      String rejected = step.status() == StepStatus.RESOLVE ? null
          : RunErrors.describe(step.key(), step.type(), step.value());
      fx.execute(() -> {
        steps.add(live);
        if (rejected != null) {
          rejection.set(rejected);
        }
        current(null);
      });
    }

    private void current(@Nullable String id) {
      currentOperation.set(id);
      overlay.set(RunOverlay.of(target, steps, id, false));
    }
  }
}
