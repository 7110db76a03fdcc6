package dev.flowsmith.app.viewmodel;

import dev.flowsmith.format.AtomicFiles;
import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.FlowReader;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The File › Recent list, newest first, persisted as {@code recent.json}
 * ({@code {"recent": [{"path": …, "kind": "file"|"workspace"}]}}). The list is a convenience:
 * an unreadable file starts an empty list and a failed write is ignored rather than shown.
 */
public final class RecentFiles {

  public static final int LIMIT = 10;
  public static final String FILE_NAME = "recent.json";

  private final Path file;
  private final ObservableList<RecentEntry> entries = FXCollections.observableArrayList();
  private final ObservableList<RecentEntry> readOnly = FXCollections.unmodifiableObservableList(entries);

  private RecentFiles(Path file) {
    this.file = file;
  }

  /** Reads the list kept in {@code configDir}, or starts an empty one. */
  public static RecentFiles load(Path configDir) {
    RecentFiles recent = new RecentFiles(configDir.resolve(FILE_NAME));
    recent.entries.setAll(recent.read());
    return recent;
  }

  public ObservableList<RecentEntry> entries() {
    return readOnly;
  }

  /** Puts {@code path} first, dropping an older entry for the same path and anything past {@link #LIMIT}. */
  public void add(Path path, RecentEntry.Kind kind) {
    RecentEntry entry = new RecentEntry(path, kind);
    List<RecentEntry> next = new ArrayList<>();
    next.add(entry);
    entries.stream().filter(e -> !e.path().equals(entry.path())).limit(LIMIT - 1L).forEach(next::add);
    entries.setAll(next);
    write();
  }

  public void remove(Path path) {
    Path normal = path.toAbsolutePath().normalize();
    if (entries.removeIf(e -> e.path().equals(normal))) {
      write();
    }
  }

  public void clear() {
    entries.clear();
    write();
  }

  private List<RecentEntry> read() {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    List<RecentEntry> read = new ArrayList<>();
    try {
      JsonValue root = JsonText.parse(FlowReader.readText(file), file.toString()).root();
      if (root instanceof JsonObject object && object.members().get("recent") instanceof JsonArray list) {
        for (JsonValue item : list.elements()) {
          if (item instanceof JsonObject row && row.string("path").isPresent() && read.size() < LIMIT) {
            RecentEntry.Kind kind = row.string("kind").orElse("file").equals("workspace")
                ? RecentEntry.Kind.WORKSPACE : RecentEntry.Kind.FILE;
            read.add(new RecentEntry(Path.of(row.string("path").orElseThrow()), kind));
          }
        }
      }
    } catch (IOException | FlowFormatException | InvalidPathException unreadable) {
      return List.of();
    }
    return read;
  }

  private void write() {
    List<JsonValue> rows = new ArrayList<>();
    for (RecentEntry entry : entries) {
      rows.add(JsonObject.builder().put("path", entry.path().toString())
          .put("kind", entry.kind().name().toLowerCase(Locale.ROOT)).build());
    }
    try {
      AtomicFiles.write(file, JsonText.pretty(JsonObject.builder().put("recent", new JsonArray(rows)).build()));
    } catch (IOException ignored) {
      // A read-only config folder must not stop the user opening files; the list just is not kept.
    }
  }
}
