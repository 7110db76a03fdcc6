package dev.flowsmith.app.viewmodel;

import dev.flowsmith.app.edit.FlowEditor;
import dev.flowsmith.format.FlowWriter;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableValue;
import org.jspecify.annotations.Nullable;

/**
 * The Edit menu of whichever document is open: undo/redo with the step's name, the clipboard,
 * delete, select all and tidy layout. Everything goes to the open document's {@link FlowEditor},
 * so each is one step on its undo stack.
 */
public final class EditCommands {

  private final ReadOnlyObjectProperty<@Nullable DocumentViewModel> document;
  private final TextClipboard clipboard;
  private final BooleanBinding canUndo;
  private final BooleanBinding canRedo;
  private final StringBinding undoLabel;
  private final StringBinding redoLabel;
  private final BooleanBinding hasOperationSelection;

  public EditCommands(ReadOnlyObjectProperty<@Nullable DocumentViewModel> document, TextClipboard clipboard) {
    this.document = document;
    this.clipboard = clipboard;
    ObservableValue<@Nullable FlowEditor> editor = document.map(DocumentViewModel::editor);
    canUndo = bool(editor, e -> e.undoStack().canUndoProperty());
    canRedo = bool(editor, e -> e.undoStack().canRedoProperty());
    undoLabel = label("Undo", editor, e -> e.undoStack().undoDescriptionProperty());
    redoLabel = label("Redo", editor, e -> e.undoStack().redoDescriptionProperty());
    hasOperationSelection = bool(editor,
        e -> e.selectionProperty().map(s -> !s.operations().isEmpty()));
  }

  private static BooleanBinding bool(ObservableValue<@Nullable FlowEditor> editor,
      Function<FlowEditor, ObservableValue<Boolean>> property) {
    ObservableValue<Boolean> value = editor.flatMap(property).orElse(false);
    return Bindings.createBooleanBinding(() -> Boolean.TRUE.equals(value.getValue()), value);
  }

  private static StringBinding label(String verb, ObservableValue<@Nullable FlowEditor> editor,
      Function<FlowEditor, ObservableValue<String>> description) {
    ObservableValue<String> value = editor.flatMap(description).orElse("");
    return Bindings.createStringBinding(() -> value.getValue().isEmpty() ? verb : verb + " " + value.getValue(),
        value);
  }

  /** Runs {@code command} on the open document's editor; with no document open, does nothing. */
  private void withEditor(Consumer<FlowEditor> command) {
    DocumentViewModel doc = document.get();
    if (doc != null) {
      command.accept(doc.editor());
    }
  }

  public void undo() {
    withEditor(FlowEditor::undo);
  }

  public void redo() {
    withEditor(FlowEditor::redo);
  }

  public void cut() {
    withEditor(editor -> {
      if (!editor.selection().operations().isEmpty()) {
        clipboard.setText(editor.cutSelection());
      }
    });
  }

  public void copy() {
    withEditor(editor -> {
      if (!editor.selection().operations().isEmpty()) {
        clipboard.setText(editor.copySelection());
      }
    });
  }

  /** Pastes operations copied here, in another flow, or as JSON from Directus. */
  public void paste() {
    withEditor(editor -> clipboard.text().ifPresent(text -> editor.paste(text, null)));
  }

  public void duplicate() {
    withEditor(FlowEditor::duplicateSelection);
  }

  public void delete() {
    withEditor(FlowEditor::deleteSelection);
  }

  public void selectAll() {
    withEditor(FlowEditor::selectAll);
  }

  public void autoLayout() {
    withEditor(FlowEditor::autoLayout);
  }

  /** The whole flow as canonical JSON, ready to paste into a file or another tool. */
  public void copyFlowJson() {
    withEditor(editor -> clipboard.setText(FlowWriter.canonical(editor.flow())));
  }

  /** Replaces the open flow's content with a flow from the clipboard (one undo step). */
  public void pasteFlowJson() {
    withEditor(editor -> clipboard.text().ifPresent(editor::replaceWithFlowText));
  }

  public BooleanBinding canUndo() {
    return canUndo;
  }

  public BooleanBinding canRedo() {
    return canRedo;
  }

  public StringBinding undoLabel() {
    return undoLabel;
  }

  public StringBinding redoLabel() {
    return redoLabel;
  }

  public BooleanBinding hasOperationSelection() {
    return hasOperationSelection;
  }
}
