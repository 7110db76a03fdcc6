package dev.flowsmith.app.viewmodel;

import dev.flowsmith.app.edit.FlowEditor;
import dev.flowsmith.format.SourceFormat;
import dev.flowsmith.model.Flow;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.jspecify.annotations.Nullable;

/**
 * One open flow: the flow as it is now, where it came from, where Save writes it, and whether
 * it changed since the last save. Dirty means "not at the save mark" (STYLE.md rule 8): every
 * change moves the revision on, a save marks the revision it wrote.
 */
public final class DocumentViewModel {

  private final FlowEditor editor;
  private final ReadOnlyObjectWrapper<@Nullable Path> sourcePath;
  private final ReadOnlyObjectWrapper<@Nullable SourceFormat> sourceFormat;
  private final ReadOnlyObjectWrapper<SaveTarget> saveTarget;
  private final ReadOnlyLongWrapper savedRevision = new ReadOnlyLongWrapper(this, "savedRevision", 0);
  private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");

  private DocumentViewModel(Flow flow, @Nullable Path sourcePath, @Nullable SourceFormat sourceFormat,
      SaveTarget saveTarget) {
    this.editor = new FlowEditor(flow);
    this.sourcePath = new ReadOnlyObjectWrapper<>(this, "sourcePath", sourcePath);
    this.sourceFormat = new ReadOnlyObjectWrapper<>(this, "sourceFormat", sourceFormat);
    this.saveTarget = new ReadOnlyObjectWrapper<>(this, "saveTarget", saveTarget);
    dirty.bind(editor.undoStack().revisionProperty().isNotEqualTo(savedRevision));
  }

  /** A flow read from {@code sourcePath}; it starts clean because the file still holds it. */
  public static DocumentViewModel opened(Flow flow, Path sourcePath, SourceFormat format, SaveTarget target) {
    return new DocumentViewModel(flow, sourcePath, format, target);
  }

  /** A flow that exists only in memory (File › New). Empty, so there is nothing to lose yet. */
  public static DocumentViewModel created(Flow flow) {
    return new DocumentViewModel(flow, null, null, SaveTarget.NONE);
  }

  /** A flow that exists only in memory and has never been saved anywhere (recovered work): dirty from the start. */
  public static DocumentViewModel unsaved(Flow flow) {
    DocumentViewModel doc = new DocumentViewModel(flow, null, null, SaveTarget.NONE);
    doc.savedRevision.set(-1);
    return doc;
  }

  /** Replaces the flow with an edited one as one undoable step. */
  public void update(Flow changed) {
    update("Edit flow", changed);
  }

  /** Replaces the flow as one undoable step named {@code description}. */
  public void update(String description, Flow changed) {
    editor.replace(description, changed);
  }

  /** The editor of this document: selection, edits and the undo stack. */
  public FlowEditor editor() {
    return editor;
  }

  /** Records a successful save of the current revision as a canonical file. */
  public void markSaved(Path file, SaveTarget target) {
    sourcePath.set(file);
    sourceFormat.set(SourceFormat.CANONICAL);
    saveTarget.set(target);
    savedRevision.set(editor.undoStack().revision());
  }

  public Flow flow() {
    return editor.flow();
  }

  public ReadOnlyObjectProperty<Flow> flowProperty() {
    return editor.flowProperty();
  }

  public ReadOnlyObjectProperty<@Nullable Path> sourcePathProperty() {
    return sourcePath.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<@Nullable SourceFormat> sourceFormatProperty() {
    return sourceFormat.getReadOnlyProperty();
  }

  public SaveTarget saveTarget() {
    return saveTarget.get();
  }

  public ReadOnlyObjectProperty<SaveTarget> saveTargetProperty() {
    return saveTarget.getReadOnlyProperty();
  }

  public ReadOnlyLongProperty revisionProperty() {
    return editor.undoStack().revisionProperty();
  }

  public boolean isDirty() {
    return dirty.get();
  }

  public ReadOnlyBooleanProperty dirtyProperty() {
    return dirty.getReadOnlyProperty();
  }
}
