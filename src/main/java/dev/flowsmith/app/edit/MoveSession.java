package dev.flowsmith.app.edit;

import dev.flowsmith.model.Flow;
import java.util.Set;

/**
 * One drag of one or more tiles. Each {@link #moveTo} is relative to where the drag started, so
 * rounding never accumulates; a position that would land a tile on another is skipped (the tiles
 * stay at the last allowed spot). All steps are one undo entry.
 */
public final class MoveSession {

  private final FlowEditor editor;
  private final Flow start;
  private final Set<String> ids;
  private final Object mergeKey = new Object();
  private int dx;
  private int dy;

  MoveSession(FlowEditor editor, Flow start, Set<String> ids) {
    this.editor = editor;
    this.start = start;
    this.ids = ids;
  }

  /** Moves the tiles to start + (dx, dy) cells. Returns false when that spot was refused. */
  public boolean moveTo(int newDx, int newDy) {
    if (newDx == dx && newDy == dy) {
      return true;
    }
    try {
      Flow moved = FlowEdits.move(start, ids, newDx, newDy);
      editor.apply(ids.size() == 1 ? "Move operation" : "Move " + ids.size() + " operations", moved, mergeKey);
      dx = newDx;
      dy = newDy;
      return true;
    } catch (EditRefusedException refused) {
      return false;
    }
  }

  public Set<String> operationIds() {
    return ids;
  }

  /** Ends the drag; a later drag is a new undo step. */
  public void finish() {
    editor.preventMerge();
  }
}
