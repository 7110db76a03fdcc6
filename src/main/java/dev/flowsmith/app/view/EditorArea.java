package dev.flowsmith.app.view;

import dev.flowsmith.app.canvas.FlowCanvas;
import dev.flowsmith.app.canvas.Rect;
import dev.flowsmith.app.canvas.Viewport;
import dev.flowsmith.app.edit.FlowEditor;
import dev.flowsmith.app.gesture.EditGestures;
import dev.flowsmith.app.gesture.EditorCanvasState;
import dev.flowsmith.app.panel.TypePicker;
import dev.flowsmith.app.viewmodel.CanvasCommands;
import dev.flowsmith.app.viewmodel.DocumentViewModel;
import dev.flowsmith.format.lint.LintProblem;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.Link;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import org.jspecify.annotations.Nullable;

/**
 * The centre of the window: the canvas of the open document with its editing gestures, or a
 * hint when nothing is open. It also answers the View menu (zoom) and Edit › Add Operation.
 */
public final class EditorArea extends StackPane implements CanvasCommands {

  private static final Pattern OPERATION_PATH = Pattern.compile("^\\$\\.operations\\[(\\d+)]");

  private final FlowCanvas canvas = new FlowCanvas();
  private final EditorCanvasState state = new EditorCanvasState();
  private final TypePicker picker = new TypePicker();
  private final EditGestures gestures = new EditGestures(canvas, state, picker);
  private final Label placeholder = new Label("No flow open.\nUse File › New, Open File… or Open Workspace…");
  private @Nullable FlowEditor editor;

  public EditorArea(ObservableValue<@Nullable DocumentViewModel> document) {
    getStyleClass().add("canvas-area");
    placeholder.getStyleClass().add("canvas-placeholder");
    getChildren().addAll(canvas, placeholder);
    canvas.stateProperty().bind(state.stateProperty());
    canvas.setGestureHandler(gestures);
    canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    document.addListener((obs, old, doc) -> show(doc));
    show(document.getValue());
  }

  private void show(@Nullable DocumentViewModel doc) {
    editor = doc == null ? null : doc.editor();
    placeholder.setVisible(doc == null);
    canvas.setVisible(doc != null);
    state.setEditor(editor);
    gestures.setEditor(editor);
  }

  /** Arrow keys nudge the selected tiles one cell (Shift: one tile column); Esc drops the selection. */
  private void keyPressed(KeyEvent e) {
    FlowEditor ed = editor;
    if (ed == null || e.isShortcutDown()) {
      return;
    }
    int step = e.isShiftDown() ? 18 : 1;
    boolean handled = switch (e.getCode()) {
      case LEFT -> ed.moveSelectionBy(-step, 0) || true;
      case RIGHT -> ed.moveSelectionBy(step, 0) || true;
      case UP -> ed.moveSelectionBy(0, -step) || true;
      case DOWN -> ed.moveSelectionBy(0, step) || true;
      case ESCAPE -> {
        ed.clearSelection();
        yield true;
      }
      default -> false;
    };
    if (handled && e.getCode() != KeyCode.ESCAPE) {
      ed.preventMerge();
    }
    if (handled) {
      e.consume();
    }
  }

  /** Selects what a lint problem names and brings it into view. */
  public void reveal(LintProblem problem) {
    FlowEditor ed = editor;
    if (ed == null) {
      return;
    }
    Matcher matcher = OPERATION_PATH.matcher(problem.path());
    Flow flow = ed.flow();
    if (matcher.find() && Integer.parseInt(matcher.group(1)) < flow.operations().size()) {
      String id = flow.operations().get(Integer.parseInt(matcher.group(1))).id();
      ed.selectOperation(id);
      canvas.revealOperation(id);
    } else {
      ed.selectTrigger();
      canvas.viewport().reveal(new Rect(0, 0, 280, 280), canvas.getWidth(), canvas.getHeight());
    }
  }

  public FlowCanvas flowCanvas() {
    return canvas;
  }

  public EditorCanvasState canvasState() {
    return state;
  }

  @Override
  public void zoomIn() {
    canvas.zoomIn();
  }

  @Override
  public void zoomOut() {
    canvas.zoomOut();
  }

  @Override
  public void zoomReset() {
    canvas.zoomReset();
  }

  @Override
  public void zoomToFit() {
    canvas.zoomToFit();
  }

  /** Edit › Add Operation: the type list at the centre of the view; the tile lands there, unlinked. */
  @Override
  public void addOperation() {
    FlowEditor ed = editor;
    if (ed == null) {
      return;
    }
    Viewport viewport = canvas.viewport();
    Point2D centre = viewport.screenToWorld(canvas.getWidth() / 2, canvas.getHeight() / 2);
    GridPosition at = new GridPosition(Math.max(1, (int) Math.round(centre.getX() / 20) + 1),
        Math.max(1, (int) Math.round(centre.getY() / 20) + 1));
    Point2D screen = canvas.localToScreen(canvas.getWidth() / 2, canvas.getHeight() / 2);
    picker.show(canvas, screen.getX(), screen.getY(), type -> ed.create(type, at, false, null, Link.Kind.RESOLVE),
        () -> { });
  }
}
