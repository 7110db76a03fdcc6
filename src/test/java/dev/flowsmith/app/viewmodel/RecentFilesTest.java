package dev.flowsmith.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {

  @TempDir Path config;

  @Test
  void persistsNewestFirst() {
    RecentFiles recent = RecentFiles.load(config);
    recent.add(Path.of("/flows/a.json"), RecentEntry.Kind.FILE);
    recent.add(Path.of("/work/ws"), RecentEntry.Kind.WORKSPACE);

    RecentFiles reloaded = RecentFiles.load(config);

    assertThat(reloaded.entries()).containsExactly(
        new RecentEntry(Path.of("/work/ws"), RecentEntry.Kind.WORKSPACE),
        new RecentEntry(Path.of("/flows/a.json"), RecentEntry.Kind.FILE));
    assertThat(config.resolve(RecentFiles.FILE_NAME)).exists();
  }

  @Test
  void reopeningMovesAnEntryToTheTopInsteadOfRepeatingIt() {
    RecentFiles recent = RecentFiles.load(config);
    recent.add(Path.of("/flows/a.json"), RecentEntry.Kind.FILE);
    recent.add(Path.of("/flows/b.json"), RecentEntry.Kind.FILE);
    recent.add(Path.of("/flows/../flows/a.json"), RecentEntry.Kind.FILE);

    assertThat(RecentFiles.load(config).entries()).extracting(RecentEntry::path)
        .containsExactly(Path.of("/flows/a.json"), Path.of("/flows/b.json"));
  }

  @Test
  void keepsTheTenNewest() {
    RecentFiles recent = RecentFiles.load(config);
    IntStream.range(0, 12).forEach(i -> recent.add(Path.of("/flows/" + i + ".json"), RecentEntry.Kind.FILE));

    assertThat(RecentFiles.load(config).entries()).hasSize(RecentFiles.LIMIT)
        .extracting(e -> e.path().getFileName().toString())
        .startsWith("11.json", "10.json").endsWith("2.json");
  }

  @Test
  void anUnreadableListStartsEmptyAndIsRepairedOnTheNextAdd() throws Exception {
    Files.writeString(config.resolve(RecentFiles.FILE_NAME), "{not json");
    RecentFiles recent = RecentFiles.load(config);
    assertThat(recent.entries()).isEmpty();

    recent.add(Path.of("/flows/a.json"), RecentEntry.Kind.FILE);
    assertThat(RecentFiles.load(config).entries()).hasSize(1);
  }

  @Test
  void removeAndClear() {
    RecentFiles recent = RecentFiles.load(config);
    recent.add(Path.of("/flows/a.json"), RecentEntry.Kind.FILE);
    recent.add(Path.of("/flows/b.json"), RecentEntry.Kind.FILE);
    recent.remove(Path.of("/flows/a.json"));
    assertThat(RecentFiles.load(config).entries()).extracting(RecentEntry::path)
        .containsExactly(Path.of("/flows/b.json"));
    recent.clear();
    assertThat(RecentFiles.load(config).entries()).isEmpty();
  }

  @Test
  void aVanishedRecentFileIsReportedAndDropped() {
    ScriptedDialogs dialogs = new ScriptedDialogs();
    RecentFiles recent = RecentFiles.load(config);
    Path gone = config.resolve("gone.json");
    recent.add(gone, RecentEntry.Kind.FILE);
    MainViewModel vm = new MainViewModel(dialogs, dialogs, recent);

    vm.openRecent(recent.entries().get(0));

    assertThat(dialogs.errors).singleElement().asString().contains("no longer exists");
    assertThat(recent.entries()).isEmpty();
  }
}
