package dev.flowsmith.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.model.Flow;
import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.Operation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaveTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");

  @TempDir
  Path folder;

  private final AtomicReference<Flow> current = new AtomicReference<>(flow("Draft"));
  private final AtomicBoolean dirty = new AtomicBoolean();

  private static Flow flow(String name) {
    return Flow.create("f1", name).withOperations(List.of(
        Operation.create("o1", "log_it", "log", new GridPosition(19, 1), "f1")));
  }

  private Autosave autosave() {
    return new Autosave(folder, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void writesDirtyDocumentsAndRemovesThemWhenClean() {
    Autosave autosave = autosave();
    autosave.track("doc1", current::get, dirty::get);

    assertThat(autosave.tick()).isEmpty();
    assertThat(folder.resolve("doc1.json")).doesNotExist();

    dirty.set(true);
    autosave.tick();
    assertThat(folder.resolve("doc1.json")).exists();
    assertThat(folder.resolve("doc1.meta")).exists();

    dirty.set(false);
    autosave.tick();
    assertThat(folder.resolve("doc1.json")).doesNotExist();
    assertThat(folder.resolve("doc1.meta")).doesNotExist();
  }

  @Test
  void closingADocumentRemovesItsAutosave() {
    Autosave autosave = autosave();
    dirty.set(true);
    autosave.track("doc1", current::get, dirty::get);
    autosave.tick();

    assertThat(autosave.untrack("doc1")).isEmpty();

    assertThat(folder.resolve("doc1.json")).doesNotExist();
    autosave.tick();
    assertThat(folder.resolve("doc1.json")).doesNotExist();
  }

  @Test
  void aCrashedSessionsWorkComesBackIdentical() throws Exception {
    Path original = folder.resolve("flows/draft.json");
    Autosave crashed = autosave();
    dirty.set(true);
    crashed.track("doc1", current::get, dirty::get, () -> original);
    crashed.tick();
    current.set(flow("Draft, edited later"));
    crashed.tick();
    crashed.track("weird/id:2", () -> flow("Other"), () -> true);
    crashed.tick();

    Autosave restarted = autosave();
    List<Autosave.Recovered> pending = restarted.pending();

    assertThat(pending).extracting(Autosave.Recovered::documentId).containsExactlyInAnyOrder("doc1", "weird/id:2");
    Autosave.Recovered doc1 = pending.stream().filter(r -> r.documentId().equals("doc1")).findFirst().orElseThrow();
    assertThat(doc1.readable()).isTrue();
    assertThat(doc1.flow()).isEqualTo(flow("Draft, edited later"));
    assertThat(doc1.originalPath()).isEqualTo(original.toAbsolutePath());
    assertThat(doc1.savedAt()).isEqualTo(NOW);

    restarted.discard(doc1);
    assertThat(restarted.pending()).extracting(Autosave.Recovered::documentId).containsExactly("weird/id:2");
    assertThat(folder.resolve("doc1.meta")).doesNotExist();
  }

  @Test
  void aCorruptAutosaveIsReportedNotThrown() throws Exception {
    Files.writeString(folder.resolve("broken.json"), "{\"id\": \"f\", \"name\": ");
    Files.writeString(folder.resolve("broken.meta"), "not json");

    List<Autosave.Recovered> pending = autosave().pending();

    assertThat(pending).singleElement().satisfies(r -> {
      assertThat(r.readable()).isFalse();
      assertThat(r.documentId()).isEqualTo("broken");
      assertThat(r.problem()).contains("broken.json").contains("malformed JSON");
    });
    autosave().discard(pending.get(0));
    assertThat(folder).isEmptyDirectory();
  }

  @Test
  void anEmptyOrMissingFolderHasNothingPending() {
    assertThat(new Autosave(folder.resolve("never-created"), Clock.systemUTC()).pending()).isEmpty();
    assertThat(autosave().pending()).isEmpty();
  }
}
