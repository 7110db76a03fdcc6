package dev.flowsmith.app.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.format.SourceLocation;
import dev.flowsmith.workspace.history.RunLogStore;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryTextTest {

  private static final Instant NOW = Instant.parse("2026-05-10T12:00:00Z");

  @Test
  void relativeTimesReadLikeTheDirectusLogList() {
    assertThat(HistoryText.relative(NOW.minusSeconds(10), NOW)).isEqualTo("just now");
    assertThat(HistoryText.relative(NOW.minusSeconds(60), NOW)).isEqualTo("a minute ago");
    assertThat(HistoryText.relative(NOW.minusSeconds(300), NOW)).isEqualTo("5 minutes ago");
    assertThat(HistoryText.relative(NOW.minusSeconds(3600), NOW)).isEqualTo("an hour ago");
    assertThat(HistoryText.relative(NOW.minusSeconds(5 * 3600), NOW)).isEqualTo("5 hours ago");
    assertThat(HistoryText.relative(NOW.minusSeconds(3 * 86_400), NOW)).isEqualTo("3 days ago");
    assertThat(HistoryText.relative(NOW.minusSeconds(400L * 86_400), NOW)).isEqualTo("a year ago");
    assertThat(HistoryText.relative(NOW.plusSeconds(60), NOW)).isEqualTo("in the future");
  }

  @Test
  void durationsAndDays() {
    assertThat(HistoryText.duration(-1)).isEqualTo("—");
    assertThat(HistoryText.duration(850)).isEqualTo("850 µs");
    assertThat(HistoryText.duration(12_300)).isEqualTo("12 ms");
    assertThat(HistoryText.duration(1_420_000)).isEqualTo("1.4 s");
    assertThat(HistoryText.duration(125_000_000)).isEqualTo("2 min 5 s");
    LocalDate today = LocalDate.of(2026, 5, 10);
    assertThat(HistoryText.day(today, today)).isEqualTo("Today");
    assertThat(HistoryText.day(today.minusDays(1), today)).isEqualTo("Yesterday");
    assertThat(HistoryText.day(LocalDate.of(2026, 5, 1), today)).isEqualTo("Friday, 1 May 2026");
  }

  @Test
  void runsAreGroupedUnderOneHeadingPerDay() {
    List<RunLogStore.Entry> entries = List.of(entry("c", NOW.minusSeconds(60)), entry("b", NOW.minusSeconds(7200)),
        entry("a", NOW.minusSeconds(86_400)));

    List<HistoryItem> items = HistoryItem.grouped(entries, NOW, ZoneOffset.UTC);

    assertThat(items).hasSize(5);
    assertThat(items.get(0)).isEqualTo(new HistoryItem.Day(LocalDate.of(2026, 5, 10), "Today"));
    assertThat(items.get(3)).isEqualTo(new HistoryItem.Day(LocalDate.of(2026, 5, 9), "Yesterday"));
  }

  @Test
  void anErrorPositionBecomesACaretOffset() {
    String text = "{\n  \"a\": x\n}";
    assertThat(PasteLogDialog.offsetOf(text, new SourceLocation(2, 8))).isEqualTo(9);
    assertThat(text.charAt(9)).isEqualTo('x');
    assertThat(PasteLogDialog.offsetOf(text, new SourceLocation(9, 1))).isEqualTo(text.length());
  }

  private static RunLogStore.Entry entry(String id, Instant at) {
    return new RunLogStore.Entry("f", id, at, "app", "resolve", 1, 1, true, Path.of(id + ".json"));
  }
}
