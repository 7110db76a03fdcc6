package dev.flowsmith.app.edit;

import dev.flowsmith.model.Flow;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.jspecify.annotations.Nullable;

/**
 * The one undo stack of a document (STYLE.md rules 7 and 8). Flows are immutable, so a command is
 * kept as the flow before and after it: undo restores the one, redo the other, and unchanged
 * operations are shared between the two rather than copied.
 *
 * <p>Every state has a revision number; the document is dirty when the current revision is not
 * the one last saved, so undoing back to the saved state makes it clean again. Successive pushes
 * with the same merge key (the steps of one drag, keystrokes in one field) fold into one entry
 * until {@link #preventMerge()} is called.
 */
public final class UndoStack {

  /** One undoable step. */
  public record Entry(String description, Flow before, Flow after, @Nullable Object mergeKey,
      long revisionBefore, long revisionAfter) {}

  private final List<Entry> entries = new ArrayList<>();
  /** Entries below this index are done; the rest can be redone. */
  private int position;
  private long nextRevision = 1;
  private boolean mergeAllowed;
  private boolean busy;

  private final ReadOnlyObjectWrapper<Flow> flow;
  private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision", 0);
  private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
  private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
  private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper(this, "undoDescription", "");
  private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper(this, "redoDescription", "");

  public UndoStack(Flow initial) {
    flow = new ReadOnlyObjectWrapper<>(this, "flow", Objects.requireNonNull(initial));
  }

  /**
   * Records {@code after} as the result of an edit of the current flow. With a merge key equal to
   * the previous entry's (and no {@link #preventMerge()} since), the previous entry is extended.
   * A push that changes nothing is dropped.
   *
   * @throws IllegalStateException when called from a listener of this stack's own change
   */
  public void push(String description, Flow after, @Nullable Object mergeKey) {
    if (busy) {
      throw new IllegalStateException("an edit was pushed while the undo stack was applying another");
    }
    Flow before = flow.get();
    if (before.equals(after)) {
      return;
    }
    truncateRedo();
    long newRevision = nextRevision++;
    Entry last = position > 0 ? entries.get(position - 1) : null;
    if (mergeKey != null && mergeAllowed && last != null && mergeKey.equals(last.mergeKey())) {
      if (last.before().equals(after)) {
        // the merged steps came back to where they started: nothing left to undo
        entries.remove(--position);
        // the entry below belongs to an earlier run (preventMerge separated them): never extend it
        mergeAllowed = false;
        set(after, last.revisionBefore());
        return;
      }
      entries.set(position - 1, new Entry(last.description(), last.before(), after, mergeKey,
          last.revisionBefore(), newRevision));
    } else {
      entries.add(new Entry(description, before, after, mergeKey, revision.get(), newRevision));
      position++;
    }
    mergeAllowed = mergeKey != null;
    set(after, newRevision);
  }

  /** Ends the current merge run: the next push starts a new entry even with the same key. */
  public void preventMerge() {
    mergeAllowed = false;
  }

  public boolean undo() {
    if (position == 0) {
      return false;
    }
    Entry entry = entries.get(--position);
    mergeAllowed = false;
    set(entry.before(), entry.revisionBefore());
    return true;
  }

  public boolean redo() {
    if (position == entries.size()) {
      return false;
    }
    Entry entry = entries.get(position++);
    mergeAllowed = false;
    set(entry.after(), entry.revisionAfter());
    return true;
  }

  private void truncateRedo() {
    while (entries.size() > position) {
      entries.remove(entries.size() - 1);
    }
  }

  private void set(Flow now, long newRevision) {
    busy = true;
    try {
      revision.set(newRevision);
      flow.set(now);
      canUndo.set(position > 0);
      canRedo.set(position < entries.size());
      undoDescription.set(position > 0 ? entries.get(position - 1).description() : "");
      redoDescription.set(position < entries.size() ? entries.get(position).description() : "");
    } finally {
      busy = false;
    }
  }

  public Flow flow() {
    return flow.get();
  }

  public ReadOnlyObjectProperty<Flow> flowProperty() {
    return flow.getReadOnlyProperty();
  }

  public long revision() {
    return revision.get();
  }

  public ReadOnlyLongProperty revisionProperty() {
    return revision.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canUndoProperty() {
    return canUndo.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canRedoProperty() {
    return canRedo.getReadOnlyProperty();
  }

  /** The description of the step Undo would take back, or empty. */
  public ReadOnlyStringProperty undoDescriptionProperty() {
    return undoDescription.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty redoDescriptionProperty() {
    return redoDescription.getReadOnlyProperty();
  }

  /** The done entries, oldest first; for tests and a history view. */
  public List<Entry> done() {
    return List.copyOf(entries.subList(0, position));
  }
}
