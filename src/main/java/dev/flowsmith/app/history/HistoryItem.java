package dev.flowsmith.app.history;

import dev.flowsmith.workspace.history.RunLogStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** A line of the history list: a day heading, or a run under it. */
public sealed interface HistoryItem {

  record Day(LocalDate date, String title) implements HistoryItem {}

  record Run(RunLogStore.Entry entry) implements HistoryItem {}

  /** Runs (newest first) under one heading per local day, as the Directus logs sidebar groups them. */
  static List<HistoryItem> grouped(List<RunLogStore.Entry> newestFirst, Instant now, ZoneId zone) {
    LocalDate today = now.atZone(zone).toLocalDate();
    List<HistoryItem> items = new ArrayList<>();
    LocalDate current = null;
    for (RunLogStore.Entry entry : newestFirst) {
      LocalDate day = entry.startedAt().atZone(zone).toLocalDate();
      if (!day.equals(current)) {
        items.add(new Day(day, HistoryText.day(day, today)));
        current = day;
      }
      items.add(new Run(entry));
    }
    return items;
  }
}
