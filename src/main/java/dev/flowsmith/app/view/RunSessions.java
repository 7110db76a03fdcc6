package dev.flowsmith.app.view;

import dev.flowsmith.app.run.RunController;
import dev.flowsmith.app.run.RunPanel;
import dev.flowsmith.app.viewmodel.DocumentViewModel;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * One run state per tab (issue 16): each open document has its own {@link RunController} (its
 * run, steps, overlay and breakpoints) and the {@link RunPanel} showing it, made when the tab is
 * first active and closed with the tab. A run keeps going in its tab while another is shown.
 */
final class RunSessions implements AutoCloseable {

  /** A tab's run and the panel that shows it. */
  record Session(RunController controller, RunPanel panel) {}

  private final Supplier<Session> factory;
  private final Map<DocumentViewModel, Session> byDocument = new HashMap<>();
  /** Shown while no tab is open, so the Run tab and the Run menu always have a panel and a state. */
  private final Session idle;
  private final ReadOnlyObjectWrapper<Session> active;

  RunSessions(ObservableValue<@Nullable DocumentViewModel> document, ObservableList<DocumentViewModel> open,
      Supplier<Session> factory) {
    this.factory = factory;
    this.idle = factory.get();
    this.active = new ReadOnlyObjectWrapper<>(this, "active", of(document.getValue()));
    document.addListener((obs, old, now) -> active.set(of(now)));
    open.addListener((ListChangeListener<DocumentViewModel>) change -> {
      while (change.next()) {
        for (DocumentViewModel gone : change.getRemoved()) {
          if (!open.contains(gone)) {
            Session closed = byDocument.remove(gone);
            if (closed != null) {
              closed.controller().close();
            }
          }
        }
      }
    });
  }

  private Session of(@Nullable DocumentViewModel doc) {
    return doc == null ? idle : byDocument.computeIfAbsent(doc, d -> factory.get());
  }

  Session active() {
    return active.get();
  }

  ReadOnlyObjectProperty<Session> activeProperty() {
    return active.getReadOnlyProperty();
  }

  /** Whether a run is going (or paused) in any tab, not only the active one. */
  boolean anyRunning() {
    return idle.controller().runningProperty().get()
        || byDocument.values().stream().anyMatch(session -> session.controller().runningProperty().get());
  }

  boolean isActive(RunController controller) {
    return active.get().controller() == controller;
  }

  @Override
  public void close() {
    idle.controller().close();
    byDocument.values().forEach(session -> session.controller().close());
    byDocument.clear();
  }
}
