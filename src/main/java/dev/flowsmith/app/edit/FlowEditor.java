package dev.flowsmith.app.edit;

import dev.flowsmith.model.AutoLayout;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.Link;
import dev.flowsmith.model.Operation;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.jspecify.annotations.Nullable;

/**
 * The editing view-model of one open flow: the flow (through its {@link UndoStack}), the
 * selection, and every edit a gesture, menu or panel can make. Each edit is one entry on the
 * undo stack; a refused edit changes nothing and leaves its reason in {@link #messageProperty()}
 * so the window can show it (never silence). No JavaFX nodes here (STYLE.md rule 6).
 */
public final class FlowEditor {

  private final UndoStack stack;
  private final ReadOnlyObjectWrapper<Selection> selection = new ReadOnlyObjectWrapper<>(this, "selection",
      Selection.NONE);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

  public FlowEditor(Flow initial) {
    stack = new UndoStack(initial);
    // an undo can take away selected tiles; the selection never names what is not there
    stack.flowProperty().addListener((obs, old, now) -> pruneSelection(now));
  }

  public UndoStack undoStack() {
    return stack;
  }

  public Flow flow() {
    return stack.flow();
  }

  public ReadOnlyObjectProperty<Flow> flowProperty() {
    return stack.flowProperty();
  }

  // ---- selection ------------------------------------------------------------------------

  public Selection selection() {
    return selection.get();
  }

  public ReadOnlyObjectProperty<Selection> selectionProperty() {
    return selection.getReadOnlyProperty();
  }

  public void select(Set<String> operationIds) {
    selection.set(Selection.of(existing(operationIds)));
  }

  public void selectOperation(String operationId) {
    select(Set.of(operationId));
  }

  /** Shift-click: adds the operation to the selection, or takes it out if it was in. */
  public void toggleSelected(String operationId) {
    Set<String> ids = new HashSet<>(selection().operations());
    if (!ids.remove(operationId)) {
      ids.add(operationId);
    }
    selection.set(new Selection(existing(ids), selection().trigger()));
  }

  public void selectTrigger() {
    selection.set(Selection.triggerOnly());
  }

  public void selectAll() {
    Set<String> ids = new HashSet<>();
    flow().operations().forEach(op -> ids.add(op.id()));
    selection.set(Selection.of(ids));
  }

  public void clearSelection() {
    selection.set(Selection.NONE);
  }

  private Set<String> existing(Set<String> ids) {
    Set<String> present = new HashSet<>();
    for (Operation op : flow().operations()) {
      if (ids.contains(op.id())) {
        present.add(op.id());
      }
    }
    return present;
  }

  private void pruneSelection(Flow now) {
    Selection current = selection.get();
    if (current.operations().isEmpty()) {
      return;
    }
    Set<String> kept = new HashSet<>();
    for (String id : current.operations()) {
      if (now.operationById(id).isPresent()) {
        kept.add(id);
      }
    }
    if (kept.size() != current.operations().size()) {
      selection.set(new Selection(kept, current.trigger()));
    }
  }

  // ---- messages -------------------------------------------------------------------------

  /** The reason the last edit was refused (or another note for the status bar); empty after a success. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public String message() {
    return message.get();
  }

  private boolean refuse(EditRefusedException refused) {
    message.set(refused.getMessage());
    return false;
  }

  /** Puts an edited flow on the undo stack; {@code mergeKey} folds successive steps into one. */
  public void apply(String description, Flow after, @Nullable Object mergeKey) {
    if (after.equals(flow())) {
      return; // a field re-committing its value is not an edit, and must not hide the last refusal
    }
    message.set("");
    stack.push(description, after, mergeKey);
  }

  /** Applies {@code change} to the current flow as one step (flow settings, trigger options). */
  public void edit(String description, UnaryOperator<Flow> change, @Nullable Object mergeKey) {
    apply(description, change.apply(flow()), mergeKey);
  }

  /** Ends a run of merged steps (a field lost focus, a drag ended). */
  public void preventMerge() {
    stack.preventMerge();
  }

  public boolean undo() {
    message.set("");
    return stack.undo();
  }

  public boolean redo() {
    message.set("");
    return stack.redo();
  }

  // ---- structure ------------------------------------------------------------------------

  /** Connects handle {@code kind} of {@code fromId} (null = the trigger) to {@code toId}. */
  public boolean connect(@Nullable String fromId, Link.Kind kind, String toId) {
    try {
      apply("Connect", FlowEdits.connect(flow(), fromId, kind, toId), null);
      return true;
    } catch (EditRefusedException refused) {
      return refuse(refused);
    }
  }

  public void disconnect(@Nullable String fromId, Link.Kind kind) {
    apply("Detach arrow", FlowEdits.disconnect(flow(), fromId, kind), null);
  }

  /** Moves the end of the arrow that comes into {@code toId} onto {@code newTargetId}, as one step. */
  public boolean reattach(String toId, String newTargetId) {
    List<Link> incoming = flow().graph().incoming(toId);
    if (incoming.isEmpty() || toId.equals(newTargetId)) {
      return false;
    }
    Link link = incoming.get(0);
    try {
      Flow detached = FlowEdits.detachIncoming(flow(), toId);
      apply("Move arrow", FlowEdits.connect(detached, link.from(), link.kind(), newTargetId), null);
      return true;
    } catch (EditRefusedException refused) {
      return refuse(refused);
    }
  }

  public void detachIncoming(String toId) {
    apply("Detach arrow", FlowEdits.detachIncoming(flow(), toId), null);
  }

  /**
   * Creates an operation of {@code type} at {@code at}, linked from handle {@code kind} of
   * {@code fromId} when {@code link} is true, and selects it.
   *
   * @return the new operation's id, or empty when the link was refused (nothing created)
   */
  public Optional<String> create(String type, GridPosition at, boolean link, @Nullable String fromId,
      Link.Kind kind) {
    try {
      FlowEdits.Created created = FlowEdits.create(flow(), type, at, link, fromId, kind);
      apply("Add operation", created.flow(), null);
      selectOperation(created.operationId());
      return Optional.of(created.operationId());
    } catch (EditRefusedException refused) {
      refuse(refused);
      return Optional.empty();
    }
  }

  /** Creates a child of the handle at the Studio's auto-placement spot (editor.md §3). */
  public Optional<String> createChild(String type, @Nullable String fromId, Link.Kind kind) {
    return create(type, FlowEdits.childPosition(flow(), fromId, kind), true, fromId, kind);
  }

  public void delete(Set<String> operationIds) {
    if (operationIds.isEmpty()) {
      return;
    }
    String what = operationIds.size() == 1 ? "Delete operation" : "Delete " + operationIds.size() + " operations";
    apply(what, FlowEdits.delete(flow(), operationIds), null);
  }

  public void deleteSelection() {
    delete(selection().operations());
  }

  /** Starts a drag of these tiles; all its steps become one undo entry. */
  public MoveSession beginMove(Set<String> operationIds) {
    stack.preventMerge();
    return new MoveSession(this, flow(), Set.copyOf(operationIds));
  }

  /** Nudges the selected tiles by whole cells (arrow keys). */
  public boolean moveSelectionBy(int dx, int dy) {
    try {
      apply("Move", FlowEdits.move(flow(), selection().operations(), dx, dy), null);
      return true;
    } catch (EditRefusedException refused) {
      return refuse(refused);
    }
  }

  // ---- one operation's fields -----------------------------------------------------------

  /** Renames; successive keystrokes in the name field are one undo step. */
  public void rename(String operationId, @Nullable String name) {
    String stored = name == null || name.isEmpty() ? null : name;
    apply("Rename operation", flow().withOperation(operationId, op -> op.withName(stored)),
        List.of(operationId, "name"));
  }

  /** Changes the key; with {@code updateReferences} every {@code {{ old… }}} follows. */
  public boolean changeKey(String operationId, String key, boolean updateReferences) {
    try {
      apply("Change key", FlowEdits.rekey(flow(), operationId, key, updateReferences), List.of(operationId, "key"));
      return true;
    } catch (EditRefusedException refused) {
      return refuse(refused);
    }
  }

  /** Sets one option; an absent value ({@code null}) removes it. Keystrokes in one field merge. */
  public void setOption(String operationId, String optionKey, @Nullable JsonValue value) {
    apply("Edit " + optionKey, flow().withOperation(operationId, op -> {
      JsonValue.JsonObject options = op.optionsObject();
      return op.withOptions(value == null ? options.without(optionKey) : options.with(optionKey, value));
    }), List.of(operationId, "option", optionKey));
  }

  /** Replaces all options (the raw JSON editor of an unknown type). */
  public void setOptions(String operationId, JsonValue options) {
    apply("Edit options", flow().withOperation(operationId, op -> op.withOptions(options)),
        List.of(operationId, "options"));
  }

  /** editor.md §9: switching type empties the options; the new type's defaults are merged in. */
  public void changeType(String operationId, String type) {
    apply("Change type", flow().withOperation(operationId, op -> new Operation(op.id(), op.name(), op.key(), type,
        op.position(), FlowEdits.defaultOptions(type), op.resolve(), op.reject(), op.flow(), op.dateCreated(),
        op.userCreated(), op.extra())), null);
  }

  /** Replaces the whole flow as one step (paste a flow, auto-layout). */
  public void replace(String description, Flow replacement) {
    apply(description, replacement, null);
  }

  // ---- clipboard and layout (editx) -----------------------------------------------------
  // Thin wrappers: the work is in FlowClipboard and AutoLayout, pure and tested without an editor.

  /** The selected operations as canonical flow JSON for the system clipboard; empty when none is selected. */
  public String copySelection() {
    Set<String> ids = selection().operations();
    return ids.isEmpty() ? "" : FlowClipboard.copy(flow(), ids);
  }

  /**
   * Pastes flow or operation JSON (from Flowsmith, a file or Directus) as one step and selects
   * the pasted tiles. Unreadable text changes nothing and leaves the reason in {@link #message()}.
   *
   * @param anchor where the group's top-left goes, or null for 2/2 cells from where it was copied
   */
  public boolean paste(String text, @Nullable GridPosition anchor) {
    FlowClipboard.Pasted pasted;
    try {
      pasted = FlowClipboard.paste(flow(), text, anchor);
    } catch (dev.flowsmith.format.FlowFormatException unreadable) {
      message.set("Nothing pasted: " + unreadable.getMessage());
      return false;
    }
    int n = pasted.newIds().size();
    apply(n == 1 ? "Paste operation" : "Paste " + n + " operations", pasted.flow(), null);
    select(pasted.newIds());
    return true;
  }

  /** Copies the selected operations (with the arrows between them) 2/2 cells away; selects the copies. */
  public void duplicateSelection() {
    FlowClipboard.Pasted copies = FlowClipboard.duplicateGroup(flow(), selection().operations());
    if (copies.newIds().isEmpty()) {
      return;
    }
    int n = copies.newIds().size();
    apply(n == 1 ? "Duplicate operation" : "Duplicate " + n + " operations", copies.flow(), null);
    select(copies.newIds());
  }

  /** Copy, then delete the selection, as one undo step. */
  public String cutSelection() {
    Set<String> ids = selection().operations();
    if (ids.isEmpty()) {
      return "";
    }
    String text = FlowClipboard.copy(flow(), ids);
    apply("Cut", FlowEdits.delete(flow(), ids), null);
    return text;
  }

  /** Tidies every tile onto the Studio's +18/+16 rhythm as one step. */
  public void autoLayout() {
    apply("Auto-layout", AutoLayout.arrange(flow()), null);
  }

  /**
   * Replaces the document's whole content with the flow in {@code text} (any format that holds
   * exactly one flow), keeping this document's flow id so saving still targets the same flow.
   */
  public boolean replaceWithFlowText(String text) {
    Flow read;
    try {
      read = ClipboardText.flow(text);
    } catch (dev.flowsmith.format.FlowFormatException unreadable) {
      message.set("Flow not replaced: " + unreadable.getMessage());
      return false;
    }
    apply("Replace flow from JSON", FlowGroups.rehome(read, flow().id()), null);
    return true;
  }

  /** Extends the selection to every operation joined to it by arrows, in either direction. */
  public void selectConnected() {
    select(FlowGroups.connected(flow(), selection().operations()));
  }
}
