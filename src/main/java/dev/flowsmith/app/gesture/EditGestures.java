package dev.flowsmith.app.gesture;

import dev.flowsmith.app.canvas.CanvasGeometry;
import dev.flowsmith.app.canvas.CanvasGestureHandler;
import dev.flowsmith.app.canvas.ConnectPreview;
import dev.flowsmith.app.canvas.FlowCanvas;
import dev.flowsmith.app.canvas.HitTarget;
import dev.flowsmith.app.canvas.Rect;
import dev.flowsmith.app.canvas.TileIndex;
import dev.flowsmith.app.canvas.TileSpacing;
import dev.flowsmith.app.edit.FlowEditor;
import dev.flowsmith.app.edit.MoveSession;
import dev.flowsmith.app.panel.TypePicker;
import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.Link;
import dev.flowsmith.model.Operation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.jspecify.annotations.Nullable;

/**
 * The editing gestures of the canvas (editor.md §5.4 and §6, plus what Directus lacks): drag a
 * tile (or the selected group) to move it, Shift-click to add to the selection, Shift-drag on
 * empty space for a rubber band, drag from a resolve/reject handle to an input to connect, drop
 * it on empty space to create a connected operation there, click an empty handle to add a child
 * at the Studio's spot, drag an arrow's end (the input dot) elsewhere to re-attach or away to
 * detach. Every completed gesture is one step on the editor's undo stack.
 */
public final class EditGestures implements CanvasGestureHandler {

  /** Below this many screen pixels of pointer travel a press and release is a click. */
  private static final double CLICK_SLOP = 4;

  private final FlowCanvas canvas;
  private final EditorCanvasState state;
  private final TypePicker picker;
  private @Nullable FlowEditor editor;

  private @Nullable Gesture gesture;

  /** What the current press turned into. */
  private sealed interface Gesture {}

  /** A drag of tiles; {@code from} holds where each started, to find the nearest spot that keeps the gap. */
  private record Move(MoveSession session, Point2D start, Map<String, GridPosition> from) implements Gesture {}

  /** A drag from a handle; {@code reattaching} is the child whose incoming arrow is being moved. */
  private record Connect(@Nullable String from, Link.Kind kind, Point2D start, @Nullable String reattaching)
      implements Gesture {}

  private record Band(Point2D start, Set<String> before) implements Gesture {}

  private record Click() implements Gesture {}

  public EditGestures(FlowCanvas canvas, EditorCanvasState state, TypePicker picker) {
    this.canvas = canvas;
    this.state = state;
    this.picker = picker;
  }

  public void setEditor(@Nullable FlowEditor newEditor) {
    editor = newEditor;
    gesture = null;
  }

  @Override
  public boolean pressed(MouseEvent e, HitTarget hit, Point2D world) {
    FlowEditor ed = editor;
    if (ed == null || e.getButton() != MouseButton.PRIMARY) {
      return false;
    }
    if (hit instanceof HitTarget.Tile tile) {
      pressTile(ed, tile.operationId(), e.isShiftDown() || e.isShortcutDown(), world);
    } else if (hit instanceof HitTarget.TriggerTile) {
      ed.selectTrigger();
      gesture = new Click();
    } else if (hit instanceof HitTarget.ResolveHandle handle) {
      gesture = new Connect(handle.operationId(), handle.operationId() == null ? Link.Kind.ENTRY : Link.Kind.RESOLVE,
          world, null);
    } else if (hit instanceof HitTarget.RejectHandle handle) {
      gesture = new Connect(handle.operationId(), Link.Kind.REJECT, world, null);
    } else if (hit instanceof HitTarget.InputDot input) {
      pressInput(ed, input.operationId(), world);
    } else {
      if (!e.isShiftDown()) {
        ed.clearSelection();
        return false; // the canvas pans
      }
      gesture = new Band(world, Set.copyOf(ed.selection().operations()));
    }
    return true;
  }

  private void pressTile(FlowEditor ed, String id, boolean additive, Point2D world) {
    if (additive) {
      ed.toggleSelected(id);
      gesture = new Click();
      return;
    }
    if (!ed.selection().operations().contains(id)) {
      ed.selectOperation(id);
    }
    Map<String, GridPosition> from = new HashMap<>();
    for (String moving : ed.selection().operations()) {
      ed.flow().operationById(moving).ifPresent(op -> from.put(moving, op.position()));
    }
    gesture = new Move(ed.beginMove(ed.selection().operations()), world, Map.copyOf(from));
  }

  /** Pressing an input dot picks up the end of its incoming arrow; with none, it acts as the tile. */
  private void pressInput(FlowEditor ed, String id, Point2D world) {
    List<Link> incoming = ed.flow().graph().incoming(id);
    if (incoming.isEmpty()) {
      pressTile(ed, id, false, world);
      return;
    }
    Link link = incoming.get(0);
    gesture = new Connect(link.from(), link.kind(), world, id);
  }

  @Override
  public void dragged(MouseEvent e, Point2D world) {
    FlowEditor ed = editor;
    if (ed == null || gesture == null) {
      return;
    }
    if (gesture instanceof Move move) {
      // a spot too close to another tile (its handles would hide) snaps to the nearest one that keeps the gap
      int[] shift = TileSpacing.nearestShift(index(), move.from(), cells(world.getX() - move.start().getX()),
          cells(world.getY() - move.start().getY()));
      if (shift != null) {
        move.session().moveTo(shift[0], shift[1]);
      }
    } else if (gesture instanceof Connect connect) {
      if (!isClick(connect.start(), world)) {
        state.setConnectPreview(preview(connect, world));
      }
    } else if (gesture instanceof Band band) {
      Rect rect = Rect.spanning(band.start().getX(), band.start().getY(), world.getX(), world.getY());
      state.setRubberBand(rect);
      Set<String> selected = new HashSet<>(band.before());
      for (Operation op : index().tilesIn(rect)) {
        selected.add(op.id());
      }
      ed.select(selected);
    }
  }

  @Override
  public void released(MouseEvent e, Point2D world) {
    FlowEditor ed = editor;
    Gesture ended = gesture;
    gesture = null;
    state.setConnectPreview(null);
    state.setRubberBand(null);
    if (ed == null || ended == null) {
      return;
    }
    if (ended instanceof Move move) {
      move.session().finish();
    } else if (ended instanceof Connect connect) {
      releaseConnect(ed, connect, world, e);
    }
  }

  private void releaseConnect(FlowEditor ed, Connect connect, Point2D world, MouseEvent e) {
    if (isClick(connect.start(), world)) {
      if (connect.reattaching() == null && target(ed, connect) == null) {
        // editor.md §5.4: a click on an empty handle adds a child at the auto-placement spot
        GridPosition at = childSlot(ed, connect, null);
        pickType(e, type -> ed.create(type, at, true, connect.from(), connect.kind()).ifPresent(canvas::revealOperation));
      } else if (connect.reattaching() != null) {
        ed.selectOperation(connect.reattaching());
      }
      return;
    }
    Operation dropTarget = dropTarget(connect, world);
    if (connect.reattaching() != null) {
      if (dropTarget == null) {
        ed.detachIncoming(connect.reattaching());
      } else {
        ed.reattach(connect.reattaching(), dropTarget.id());
      }
      return;
    }
    if (dropTarget != null) {
      ed.connect(connect.from(), connect.kind(), dropTarget.id());
      return;
    }
    // dropped on empty space: the new tile goes to the Studio's rhythm slot nearest the drop, and into view
    GridPosition at = childSlot(ed, connect, (int) Math.round(world.getX() / CanvasGeometry.CELL) + 1);
    pickType(e, type -> ed.create(type, at, true, connect.from(), connect.kind()).ifPresent(canvas::revealOperation));
  }

  private GridPosition childSlot(FlowEditor ed, Connect connect, @Nullable Integer wantedColumn) {
    GridPosition parent = connect.from() == null ? GridPosition.TRIGGER
        : ed.flow().operationById(connect.from()).map(Operation::position).orElse(GridPosition.TRIGGER);
    return TileSpacing.childSlot(index(), parent, connect.kind(), wantedColumn);
  }

  private void pickType(MouseEvent e, java.util.function.Consumer<String> create) {
    picker.show(canvas, e.getScreenX(), e.getScreenY(), create, () -> { });
  }

  /** The tile an arrow dropped at {@code world} connects to: the nearest input, else the tile under it. */
  private @Nullable Operation dropTarget(Connect connect, Point2D world) {
    Operation near = index().nearestInput(world.getX(), world.getY(), CanvasGeometry.SNAP_RADIUS);
    if (near == null) {
      near = index().tileAt(world.getX(), world.getY());
    }
    if (near != null && near.id().equals(connect.from())) {
      return null;
    }
    return near;
  }

  private @Nullable String target(FlowEditor ed, Connect connect) {
    if (connect.from() == null) {
      return ed.flow().operation();
    }
    Operation source = ed.flow().operationById(connect.from()).orElse(null);
    if (source == null) {
      return null;
    }
    return connect.kind() == Link.Kind.REJECT ? source.reject() : source.resolve();
  }

  private ConnectPreview preview(Connect connect, Point2D world) {
    Operation snapped = index().nearestInput(world.getX(), world.getY(), CanvasGeometry.SNAP_RADIUS);
    if (snapped != null && !snapped.id().equals(connect.from())) {
      Point2D input = CanvasGeometry.inputPoint(snapped.position());
      return new ConnectPreview(connect.from(), connect.kind(), input, true);
    }
    double x = Math.round(world.getX() / CanvasGeometry.CELL) * (double) CanvasGeometry.CELL;
    double y = Math.round(world.getY() / CanvasGeometry.CELL) * (double) CanvasGeometry.CELL;
    return new ConnectPreview(connect.from(), connect.kind(), new Point2D(x, y), false);
  }

  /** The canvas builds the index for the flow it shows; gestures only run while one is shown. */
  private TileIndex index() {
    return Objects.requireNonNull(canvas.tileIndex(), "no flow on the canvas");
  }

  private boolean isClick(Point2D start, Point2D world) {
    double slop = CLICK_SLOP / canvas.viewport().scale();
    return start.distance(world) < slop;
  }

  /** editor.md §6.2: movement is in whole cells, pointer delta ÷ 20, rounded. */
  private static int cells(double worldDelta) {
    return (int) Math.round(worldDelta / CanvasGeometry.CELL);
  }
}
