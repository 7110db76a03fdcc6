package dev.flowsmith.app.viewmodel;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The flows open in tabs, in tab order, and which one is active. Each {@link DocumentViewModel}
 * carries its own editor, undo stack, selection and save mark, so tabs never share an edit.
 * No questions are asked here: {@link MainViewModel} asks before it removes a dirty document.
 */
final class OpenDocuments {

  private final ObservableList<DocumentViewModel> documents = FXCollections.observableArrayList();
  private final ObservableList<DocumentViewModel> view = FXCollections.unmodifiableObservableList(documents);
  private final ReadOnlyObjectWrapper<@Nullable DocumentViewModel> active;

  OpenDocuments(ReadOnlyObjectWrapper<@Nullable DocumentViewModel> active) {
    this.active = active;
  }

  ObservableList<DocumentViewModel> list() {
    return view;
  }

  /** Adds {@code doc} as a new tab after the active one, or activates the tab already showing its file. */
  DocumentViewModel open(DocumentViewModel doc) {
    Optional<DocumentViewModel> same = withFile(doc.sourcePathProperty().get());
    if (same.isPresent()) {
      active.set(same.get());
      return same.get();
    }
    DocumentViewModel current = active.get();
    int at = current == null ? documents.size() : documents.indexOf(current) + 1;
    documents.add(at, doc);
    active.set(doc);
    return doc;
  }

  /** Puts {@code fresh} in the tab of {@code old} (a reload), keeping its place; adds it when {@code old} is gone. */
  void replace(DocumentViewModel old, DocumentViewModel fresh) {
    int at = documents.indexOf(old);
    boolean wasActive = active.get() == old;
    if (at < 0) {
      documents.add(fresh);
    } else {
      documents.set(at, fresh);
    }
    if (wasActive || at < 0) {
      active.set(fresh);
    }
  }

  /** The tab showing {@code file}, compared as normalised absolute paths. */
  Optional<DocumentViewModel> withFile(@Nullable Path file) {
    if (file == null) {
      return Optional.empty();
    }
    Path wanted = normal(file);
    return documents.stream().filter(d -> {
      Path own = d.sourcePathProperty().get();
      return own != null && normal(own).equals(wanted);
    }).findFirst();
  }

  /** Removes the tab; its right neighbour (else its left) becomes active when it was. */
  void remove(DocumentViewModel doc) {
    int at = documents.indexOf(doc);
    if (at < 0) {
      return;
    }
    boolean wasActive = active.get() == doc;
    documents.remove(at);
    if (wasActive) {
      active.set(documents.isEmpty() ? null : documents.get(Math.min(at, documents.size() - 1)));
    }
  }

  /**
   * Puts the tabs in {@code order} (a tab dragged to another place); the same tabs, only moved, so
   * the list reports a permutation and no tab is closed and reopened. Any other list is ignored.
   */
  void reorder(java.util.List<DocumentViewModel> order) {
    if (order.size() != documents.size() || !documents.containsAll(order) || order.equals(documents)) {
      return;
    }
    documents.sort(java.util.Comparator.comparingInt(order::indexOf));
  }

  void activate(DocumentViewModel doc) {
    if (documents.contains(doc)) {
      active.set(doc);
    }
  }

  /** Ctrl+Tab ({@code step} 1) and Ctrl+Shift+Tab ({@code step} -1), wrapping round. */
  void cycle(int step) {
    if (documents.isEmpty()) {
      return;
    }
    DocumentViewModel current = active.get();
    int at = current == null ? 0 : documents.indexOf(current);
    active.set(documents.get(Math.floorMod(at + step, documents.size())));
  }

  static Path normal(Path path) {
    return path.toAbsolutePath().normalize();
  }
}
