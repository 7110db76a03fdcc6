package dev.flowsmith.app.viewmodel;

import dev.flowsmith.format.AtomicFiles;
import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.FlowReader;
import dev.flowsmith.format.FlowWriter;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Crash protection for unsaved work. Every {@link #INTERVAL} the app calls {@link #tick()} (on the
 * FX thread, so the suppliers read view-model state on its own thread); each dirty document is
 * written to {@code <folder>/<id>.json} as canonical JSON, with a sidecar {@code <id>.meta}
 * naming its file and the time. A clean or closed document's autosave is deleted, so whatever is
 * left at start-up was left by a session that ended without saving: {@link #pending()}.
 *
 * <p>Writes are atomic (a crash mid-write keeps the previous autosave) and problems are collected,
 * never thrown: losing an autosave must not take the editor down with it.
 */
public final class Autosave {

  public static final Duration INTERVAL = Duration.ofSeconds(30);

  private static final String FLOW_SUFFIX = ".json";
  private static final String META_SUFFIX = ".meta";
  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,100}");

  /**
   * A document left by an earlier session.
   *
   * @param flow the autosaved flow, or null when the file could not be read ({@code problem} says why)
   * @param originalPath the file the document was opened from or last saved to; null for a new document
   */
  public record Recovered(String documentId, @Nullable Flow flow, @Nullable Path originalPath, Instant savedAt,
      @Nullable String problem, Path file) {

    public boolean readable() {
      return flow != null;
    }
  }

  private record Tracked(Supplier<Flow> current, BooleanSupplier dirty, Supplier<@Nullable Path> path) {}

  private final Path folder;
  private final Clock clock;
  private final Map<String, Tracked> tracked = new LinkedHashMap<>();
  /** What each document's autosave file holds now, so an unchanged document is not rewritten every tick. */
  private final Map<String, Flow> written = new LinkedHashMap<>();

  public Autosave(Path folder, Clock clock) {
    this.folder = folder;
    this.clock = clock;
  }

  public void track(String documentId, Supplier<Flow> current, BooleanSupplier dirty) {
    track(documentId, current, dirty, () -> null);
  }

  /** @param path the document's file now (it changes on Save As); null while it has none */
  public void track(String documentId, Supplier<Flow> current, BooleanSupplier dirty,
      Supplier<@Nullable Path> path) {
    tracked.put(documentId, new Tracked(current, dirty, path));
  }

  /** The document was closed: it no longer needs protecting, whatever its state. */
  public List<String> untrack(String documentId) {
    tracked.remove(documentId);
    return delete(documentId);
  }

  /** Writes every dirty document that changed since its last autosave; deletes clean ones' files. */
  public List<String> tick() {
    List<String> problems = new ArrayList<>();
    tracked.forEach((id, document) -> {
      if (!document.dirty().getAsBoolean()) {
        problems.addAll(delete(id));
        return;
      }
      Flow flow = document.current().get();
      if (flow.equals(written.get(id))) {
        return;
      }
      try {
        // flow first: a crash between the two writes leaves a flow without fresh metadata, never the reverse
        AtomicFiles.write(flowFile(id), FlowWriter.canonical(flow));
        AtomicFiles.write(metaFile(id), meta(id, document.path().get()));
        written.put(id, flow);
      } catch (IOException failed) {
        problems.add("Could not autosave \"" + flow.name() + "\": " + failed.getMessage());
      }
    });
    return problems;
  }

  /** Autosaves in the folder that no document of this session tracks, oldest first. */
  public List<Recovered> pending() {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<Recovered> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(FLOW_SUFFIX)).sorted().toList()) {
        String name = file.getFileName().toString();
        String fileKey = name.substring(0, name.length() - FLOW_SUFFIX.length());
        Recovered recovered = recover(fileKey, file);
        if (!tracked.containsKey(recovered.documentId())) {
          found.add(recovered);
        }
      }
    } catch (IOException unreadable) {
      return List.of();
    }
    found.sort(Comparator.comparing(Recovered::savedAt));
    return found;
  }

  /** Deletes a recovered autosave (restored into a document, or thrown away by the user). */
  public void discard(Recovered recovered) throws IOException {
    Files.deleteIfExists(recovered.file());
    Path file = recovered.file();
    String name = file.getFileName().toString();
    Files.deleteIfExists(file.resolveSibling(name.substring(0, name.length() - FLOW_SUFFIX.length()) + META_SUFFIX));
  }

  private Recovered recover(String fileKey, Path file) {
    String documentId = fileKey;
    Path original = null;
    Instant savedAt = Instant.EPOCH;
    try {
      savedAt = Files.getLastModifiedTime(file).toInstant();
      Path meta = file.resolveSibling(fileKey + META_SUFFIX);
      if (Files.exists(meta)) {
        JsonObject fields = (JsonObject) JsonText.parseValue(Files.readString(meta, StandardCharsets.UTF_8));
        documentId = fields.string("document").orElse(documentId);
        original = fields.string("original").map(Path::of).orElse(null);
        savedAt = fields.string("saved_at").map(Instant::parse).orElse(savedAt);
      }
    } catch (IOException | FlowFormatException | ClassCastException | DateTimeParseException badMeta) {
      // the sidecar only adds comfort: the flow itself is still worth offering
    }
    try {
      Flow flow = FlowReader.read(file).single();
      return new Recovered(documentId, flow, original, savedAt, null, file);
    } catch (FlowFormatException | IOException | RuntimeException corrupt) {
      return new Recovered(documentId, null, original, savedAt, "The autosave " + file.getFileName()
          + " cannot be read: " + corrupt.getMessage(), file);
    }
  }

  private String meta(String documentId, @Nullable Path original) {
    JsonObject meta = JsonObject.builder()
        .put("document", documentId)
        .put("original", JsonValue.ofNullable(original == null ? null : original.toAbsolutePath().toString()))
        .put("saved_at", clock.instant().toString())
        .build();
    return JsonText.pretty(meta);
  }

  private List<String> delete(String documentId) {
    written.remove(documentId);
    try {
      Files.deleteIfExists(flowFile(documentId));
      Files.deleteIfExists(metaFile(documentId));
      return List.of();
    } catch (IOException failed) {
      return List.of("Could not remove the autosave of a saved document: " + failed.getMessage());
    }
  }

  private Path flowFile(String documentId) {
    return folder.resolve(fileKey(documentId) + FLOW_SUFFIX);
  }

  private Path metaFile(String documentId) {
    return folder.resolve(fileKey(documentId) + META_SUFFIX);
  }

  /** A file-name-safe key: the id itself when it is plain, else a stable UUID of it (the sidecar keeps the id). */
  private static String fileKey(String documentId) {
    return SAFE_NAME.matcher(documentId).matches() ? documentId
        : UUID.nameUUIDFromBytes(documentId.getBytes(StandardCharsets.UTF_8)).toString();
  }
}
