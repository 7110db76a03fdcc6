package dev.flowsmith.app.gesture;

import dev.flowsmith.app.canvas.CanvasState;
import dev.flowsmith.app.canvas.ConnectPreview;
import dev.flowsmith.app.canvas.LintMarks;
import dev.flowsmith.app.canvas.Rect;
import dev.flowsmith.app.canvas.TileMark;
import dev.flowsmith.app.edit.FlowEditor;
import dev.flowsmith.app.edit.Selection;
import dev.flowsmith.engine.operation.StandardOperations;
import dev.flowsmith.format.lint.LintProblem;
import dev.flowsmith.format.lint.Linter;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.Link;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Builds what the canvas draws from the open editor: its flow and selection, the lint problems
 * (recomputed shortly after edits stop, so a drag does not lint every step), and the transient
 * parts of a gesture (connect preview, rubber band). Also holds the problems list the window shows.
 */
public final class EditorCanvasState {

  private static final Duration LINT_DELAY = Duration.millis(150);
  private static final Executor LINT_THREAD = Executors.newSingleThreadExecutor(work -> {
    Thread thread = new Thread(work, "flowsmith-lint");
    thread.setDaemon(true);
    return thread;
  });

  private final ReadOnlyObjectWrapper<@Nullable CanvasState> state = new ReadOnlyObjectWrapper<>(this, "state");
  private final ObservableList<LintProblem> problems = FXCollections.observableArrayList();
  private final PauseTransition lintLater = new PauseTransition(LINT_DELAY);
  private final ChangeListener<Flow> onFlow = (obs, old, now) -> flowChanged(now);
  private final ChangeListener<Selection> onSelection = (obs, old, now) -> update(s -> s.withSelection(
      now.operations(), now.trigger()));
  private @Nullable FlowEditor editor;
  private @Nullable Flow lintedFlow;
  private final Linter linter = new Linter(StandardOperations.types());
  private Map<String, Boolean> coverage = Map.of();

  public EditorCanvasState() {
    lintLater.setOnFinished(event -> lintInBackground());
  }

  /** Follows another document's editor (or none). */
  public void setEditor(@Nullable FlowEditor newEditor) {
    if (editor != null) {
      editor.flowProperty().removeListener(onFlow);
      editor.selectionProperty().removeListener(onSelection);
    }
    editor = newEditor;
    lintedFlow = null;
    lintLater.stop();
    if (newEditor == null) {
      state.set(null);
      problems.clear();
      return;
    }
    newEditor.flowProperty().addListener(onFlow);
    newEditor.selectionProperty().addListener(onSelection);
    Selection selection = newEditor.selection();
    state.set(CanvasState.of(newEditor.flow()).withSelection(selection.operations(), selection.trigger())
        .withCoverage(coverage));
    lintInBackground();
  }

  private void flowChanged(Flow now) {
    update(s -> s.withFlow(now));
    lintLater.playFromStart();
  }

  /**
   * Lints off the JavaFX thread: a 5,000-operation flow takes about half a second, which would
   * freeze the canvas after every pause in editing. The result is dropped if the flow changed.
   */
  private void lintInBackground() {
    FlowEditor ed = editor;
    if (ed == null || ed.flow() == lintedFlow) {
      return;
    }
    Flow flow = ed.flow();
    LINT_THREAD.execute(() -> {
      List<LintProblem> found = linter.lint(flow);
      Platform.runLater(() -> {
        if (editor == ed && ed.flow() == flow) {
          show(flow, found);
        }
      });
    });
  }

  private void show(Flow flow, List<LintProblem> found) {
    lintedFlow = flow;
    problems.setAll(found);
    update(s -> s.withLint(LintMarks.from(flow, found)));
  }

  /** Lints the current flow now, on this thread; opening a flow and tests use it. */
  public void lintNow() {
    FlowEditor ed = editor;
    if (ed == null) {
      return;
    }
    Flow flow = ed.flow();
    if (flow == lintedFlow) {
      return;
    }
    show(flow, linter.lint(flow));
  }

  public void setConnectPreview(@Nullable ConnectPreview preview) {
    update(s -> s.withConnectPreview(preview));
  }

  /** The run panel's breakpoints of the open flow, drawn on their tiles. */
  public void setBreakpoints(Set<String> operationIds) {
    update(s -> s.withBreakpoints(operationIds));
  }

  /** Coverage marks from a test run: operation id → covered; an empty map hides them. */
  public void setCoverage(Map<String, Boolean> covered) {
    coverage = Map.copyOf(covered);
    update(s -> s.withCoverage(coverage));
  }

  public void setRubberBand(@Nullable Rect band) {
    update(s -> s.withRubberBand(band));
  }

  /**
   * Shows a run's path on the canvas: tile marks and the arrows it followed. The overlay stays
   * through flow edits ({@link CanvasState#withFlow} keeps it); pass empty ones to clear it.
   */
  public void setRunOverlay(Map<String, TileMark> marks, Set<Link> links) {
    update(s -> s.withMarks(marks).withHighlightedLinks(links));
  }

  private void update(java.util.function.UnaryOperator<CanvasState> change) {
    CanvasState current = state.get();
    if (current != null) {
      state.set(change.apply(current));
    }
  }

  public ReadOnlyObjectProperty<@Nullable CanvasState> stateProperty() {
    return state.getReadOnlyProperty();
  }

  /** The lint problems of the open flow, for the problems list. */
  public ObservableList<LintProblem> problems() {
    return problems;
  }
}
