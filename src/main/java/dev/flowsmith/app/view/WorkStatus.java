package dev.flowsmith.app.view;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableNumberValue;
import javafx.beans.value.ObservableStringValue;

/**
 * What the status bar says about long work: a local run, a run on the server, a pull or push,
 * the flow tests. Each kind of work is tracked with its running flag, its message and its
 * progress (0 to 1, or -1 when the end is unknown); while one runs, the bar shows the first in
 * the order they were tracked. Nothing running: an empty text and a progress of 0 (no bar).
 */
final class WorkStatus {

  private record Work(ObservableBooleanValue running, ObservableStringValue message,
      ObservableNumberValue progress) {}

  private final List<Work> works = new ArrayList<>();
  private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);

  /**
   * @param progress 0 to 1, or a negative number for "under way, end unknown"
   */
  WorkStatus track(ObservableBooleanValue running, ObservableStringValue message, ObservableNumberValue progress) {
    Work work = new Work(running, message, progress);
    works.add(work);
    running.addListener(obs -> update());
    message.addListener(obs -> update());
    progress.addListener(obs -> update());
    update();
    return this;
  }

  ReadOnlyStringProperty textProperty() {
    return text.getReadOnlyProperty();
  }

  /** -1 (indeterminate) while work of unknown length runs, 0 when idle. */
  ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  private void update() {
    for (Work work : works) {
      if (work.running().get()) {
        String message = work.message().get();
        text.set(message == null ? "" : message);
        double done = work.progress().doubleValue();
        // a progress of 0 hides the bar: work that has just started shows as under way
        progress.set(done < 0 || done == 0 ? -1 : Math.min(done, 1));
        return;
      }
    }
    text.set("");
    progress.set(0);
  }
}
