package dev.flowsmith.app.history;

import dev.flowsmith.workspace.history.RunLogStore;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Set;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.jspecify.annotations.Nullable;

/**
 * One line of the history list. A day heading is a plain styled label; a run shows relative time,
 * source, status, duration and step count. Status and "not tracked by Directus" are pseudo-classes
 * on the cell ({@code :resolve}, {@code :reject}, {@code :failed}, {@code :untracked}); the colours
 * are in the stylesheet.
 */
final class HistoryCell extends ListCell<HistoryItem> {

  static final PseudoClass DAY = PseudoClass.getPseudoClass("day");
  static final PseudoClass UNTRACKED = PseudoClass.getPseudoClass("untracked");
  private static final Set<String> STATUSES = Set.of("resolve", "reject", "unknown", "thrown", "cancelled", "empty");

  private final Supplier<Clock> clock;
  private final Label time = label("history-time");
  private final Label source = label("history-source");
  private final Label status = label("history-status");
  private final Label duration = label("history-duration");
  private final Label steps = label("history-steps");
  private final HBox row;

  HistoryCell(Supplier<Clock> clock) {
    this.clock = clock;
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    row = new HBox(time, gap, source, status, duration, steps);
    row.getStyleClass().add("history-row");
    getStyleClass().add("history-cell");
  }

  private static Label label(String styleClass) {
    Label label = new Label();
    label.getStyleClass().add(styleClass);
    label.setMinWidth(Region.USE_PREF_SIZE);
    return label;
  }

  @Override
  protected void updateItem(@Nullable HistoryItem item, boolean empty) {
    super.updateItem(item, empty);
    STATUSES.forEach(s -> pseudoClassStateChanged(PseudoClass.getPseudoClass(s), false));
    pseudoClassStateChanged(PseudoClass.getPseudoClass("failed"), false);
    pseudoClassStateChanged(DAY, item instanceof HistoryItem.Day);
    pseudoClassStateChanged(UNTRACKED, false);
    setTooltip(null);
    if (empty || item == null) {
      setText(null);
      setGraphic(null);
      return;
    }
    if (item instanceof HistoryItem.Day day) {
      setText(day.title());
      setGraphic(null);
      return;
    }
    RunLogStore.Entry entry = ((HistoryItem.Run) item).entry();
    Clock now = clock.get();
    ZoneId zone = now.getZone();
    time.setText(HistoryText.relative(entry.startedAt(), now.instant()));
    source.setText(entry.source());
    status.setText(entry.status());
    duration.setText(HistoryText.duration(entry.durationMicros()));
    steps.setText(HistoryText.steps(entry.stepCount()));
    if (STATUSES.contains(entry.status())) {
      pseudoClassStateChanged(PseudoClass.getPseudoClass(entry.status()), true);
    }
    // engine.md §8.3: only a run whose last step resolved counts as a success
    pseudoClassStateChanged(PseudoClass.getPseudoClass("failed"), !entry.status().equals("resolve"));
    pseudoClassStateChanged(UNTRACKED, !entry.tracked());
    String tip = HistoryText.exact(entry.startedAt(), zone) + "\nrun " + entry.runId()
        + (entry.tracked() ? "" : "\nThe flow's accountability is not \"all\": Directus would not have logged this run.");
    setTooltip(new Tooltip(tip));
    setText(null);
    setGraphic(row);
  }
}
