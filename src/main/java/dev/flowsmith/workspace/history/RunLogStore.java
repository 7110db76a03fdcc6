package dev.flowsmith.workspace.history;

import dev.flowsmith.engine.run.RunResult;
import dev.flowsmith.format.AtomicFiles;
import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.JsonValue.JsonNumber;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.workspace.WorkspaceRuntime;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The run history of a workspace, one JSON file per run ({@link RunLogCodec}) under
 * {@code runs/<flowId>/<yyyyMMdd'T'HHmmssSSS'Z'>-<runId>.json}, so names sort by start time and
 * the files survive the app. Each flow keeps at most {@code runHistoryLimit} runs (workspace
 * setting, default 100); the oldest go on every add.
 *
 * <p>Live runs come in through {@link #attach}, which writes on one background thread so a slow
 * disk never holds up a webhook's answer. Thread-safe.
 */
public final class RunLogStore implements AutoCloseable {

  public static final String RUNS_DIR = "runs";
  public static final String LIMIT_SETTING = "runHistoryLimit";
  public static final int DEFAULT_LIMIT = 100;

  private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");
  private static final DateTimeFormatter FILE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

  /**
   * What a list shows of a stored run, without its chain; {@link #load} reads the rest.
   *
   * @param tracked false when the flow's accountability was not {@code all} (Directus would not have logged it)
   */
  public record Entry(String flowId, String runId, Instant startedAt, String source, String status,
      long durationMicros, int stepCount, boolean tracked, Path file) {}

  /** A launch that may fail with a checked exception of its own ({@code FlowRunException}). */
  @FunctionalInterface
  public interface Launch<T, E extends Exception> {
    T run() throws E;
  }

  private final WorkspaceFolder folder;
  private final Path root;
  /** Summaries of files already read, so listing a flow parses each file once. */
  private final Map<Path, Entry> summaries = new HashMap<>();
  private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
  private final RunRecorder recorder = new RunRecorder(this);

  public RunLogStore(WorkspaceFolder folder) {
    this.folder = folder;
    this.root = folder.root().resolve(RUNS_DIR);
  }

  /** The most runs a flow keeps: the workspace setting, read on every add so a change applies at once. */
  public int limit() {
    return folder.settings().get(LIMIT_SETTING).orElse(null) instanceof JsonNumber n && n.isIntegral()
        ? (int) Math.max(1, Math.min(Integer.MAX_VALUE, n.longValue())) : DEFAULT_LIMIT;
  }

  /** Stores a run now (on the caller's thread), then drops the flow's oldest runs beyond {@link #limit()}. */
  public Entry add(RunRecord record, boolean tracked) throws IOException {
    Entry entry;
    synchronized (this) {
      Path file = root.resolve(safe(record.flowId())).resolve(fileName(record.startedAt(), record.runId()));
      AtomicFiles.write(file, RunLogCodec.write(record, tracked));
      entry = summary(record, tracked, file);
      summaries.put(file, entry);
      pruneQuietly(record.flowId(), limit());
    }
    changed(record.flowId());
    return entry;
  }

  /** A run to store with {@link #addAll}. */
  public record Pending(RunRecord record, boolean tracked) {}

  /**
   * Stores runs as one group (a busy webhook's queue): per flow only the newest {@link #limit()}
   * of the group are written, since {@link #add} would delete the older ones at once, and the
   * flow's folder is listed, pruned and announced once rather than once per run. What the folder
   * holds afterwards is what adding them one by one, in order, would leave.
   *
   * @return how many runs were written (the rest were older than what the flow keeps)
   */
  public int addAll(List<Pending> runs) throws IOException {
    Map<String, List<Pending>> byFlow = new LinkedHashMap<>();
    for (Pending run : runs) {
      byFlow.computeIfAbsent(run.record().flowId(), id -> new ArrayList<>()).add(run);
    }
    int written = 0;
    for (Map.Entry<String, List<Pending>> flow : byFlow.entrySet()) {
      synchronized (this) {
        int limit = limit();
        List<Pending> kept = newest(flow.getValue(), limit, run -> run.record().startedAt(), run -> run.record().runId());
        Map<Path, byte[]> files = new LinkedHashMap<>();
        Map<Path, Entry> entries = new LinkedHashMap<>();
        Path dir = root.resolve(safe(flow.getKey()));
        for (Pending run : kept) {
          Path file = dir.resolve(fileName(run.record().startedAt(), run.record().runId()));
          files.put(file, RunLogCodec.write(run.record(), run.tracked()).getBytes(StandardCharsets.UTF_8));
          entries.put(file, summary(run.record(), run.tracked(), file));
        }
        AtomicFiles.writeAll(files);
        summaries.putAll(entries);
        written += kept.size();
        pruneQuietly(flow.getKey(), limit);
      }
      changed(flow.getKey());
    }
    return written;
  }

  /**
   * The last {@code limit} of one flow's runs by file name (start time, then id), the ones the
   * store keeps; in their given order. For a group too large for the flow, before it is stored.
   */
  public static <T> List<T> newest(List<T> runs, int limit, Function<T, Instant> startedAt, Function<T, String> runId) {
    if (runs.size() <= limit) {
      return runs;
    }
    record Keyed<T>(String name, int index, T run) {}
    List<Keyed<T>> keyed = new ArrayList<>(runs.size());
    for (int i = 0; i < runs.size(); i++) {
      T run = runs.get(i);
      keyed.add(new Keyed<>(fileName(startedAt.apply(run), runId.apply(run)), i, run));
    }
    keyed.sort(Comparator.comparing(Keyed::name));
    List<Keyed<T>> kept = new ArrayList<>(keyed.subList(keyed.size() - limit, keyed.size()));
    kept.sort(Comparator.comparingInt(Keyed::index));
    return kept.stream().map(Keyed::run).toList();
  }

  /** The flow's stored runs, newest first. */
  public synchronized List<Entry> list(String flowId) throws IOException {
    Path dir = root.resolve(safe(flowId));
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Path> files;
    try (Stream<Path> stream = Files.list(dir)) {
      files = stream.filter(p -> p.getFileName().toString().endsWith(".json"))
          .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
    }
    List<Entry> entries = new ArrayList<>();
    for (Path file : files) {
      Entry entry = summaries.get(file);
      if (entry == null) {
        try {
          String text = Files.readString(file);
          RunLogCodec.Decoded decoded = RunLogCodec.read(text, file.toString());
          remask(file, text, decoded);
          entry = summary(decoded.record(), decoded.tracked(), file);
          summaries.put(file, entry);
        } catch (FlowFormatException | IOException unreadable) {
          continue; // a damaged or foreign file is skipped, not fatal: the rest of the history still shows
        }
      }
      entries.add(entry);
    }
    return entries;
  }

  /**
   * A file of ours whose secrets are in clear (written before Flowsmith masked its runs) is
   * rewritten masked the first time it is listed, so no history file keeps what Directus hides.
   * Files without our extras (a log dropped in by hand) are only masked when read.
   */
  private static void remask(Path file, String text, RunLogCodec.Decoded decoded)
      throws IOException, FlowFormatException {
    if (!(JsonText.parseValue(text) instanceof JsonObject stored) || !stored.has(RunLogCodec.EXTRAS)) {
      return;
    }
    JsonObject masked = RunLogCodec.toJson(decoded.record(), decoded.tracked());
    boolean same = stored.get("data").equals(masked.get("data")) && stored.get("steps").equals(masked.get("steps"));
    if (!same) {
      AtomicFiles.write(file, JsonText.pretty(masked));
    }
  }

  /** The whole run behind an entry. */
  public RunRecord load(Entry entry) throws IOException, FlowFormatException {
    return RunLogCodec.read(Files.readString(entry.file()), entry.file().toString()).record();
  }

  public void delete(Entry entry) throws IOException {
    synchronized (this) {
      Files.deleteIfExists(entry.file());
      summaries.remove(entry.file());
    }
    changed(entry.flowId());
  }

  /** Keeps the newest {@code keepLast} runs of the flow and deletes the rest. */
  public void prune(String flowId, int keepLast) throws IOException {
    synchronized (this) {
      pruneQuietly(flowId, keepLast);
    }
    changed(flowId);
  }

  public void clear(String flowId) throws IOException {
    prune(flowId, 0);
  }

  private void pruneQuietly(String flowId, int keepLast) throws IOException {
    List<Entry> entries = list(flowId);
    for (Entry old : entries.subList(Math.min(Math.max(0, keepLast), entries.size()), entries.size())) {
      Files.deleteIfExists(old.file());
      summaries.remove(old.file());
    }
  }

  /**
   * Calls {@code listener} with the flow id after every change (add, delete, prune), on the thread
   * that made it: a background thread for live runs, so a view hops to its UI thread itself.
   */
  public Runnable addListener(Consumer<String> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  private void changed(String flowId) {
    listeners.forEach(listener -> listener.accept(flowId));
  }

  /**
   * Records every run of {@code runtime} from now on, top-level and nested, whatever started it.
   * Returns the way to stop. See {@link RunRecorder} for how the source is told.
   */
  public Runnable attach(WorkspaceRuntime runtime) {
    return runtime.addListener(recorder);
  }

  /** Stores a finished run with an explicit source, in the background (for runs not made through an attached runtime). */
  public void storeAs(RunResult result, String source) {
    recorder.storeAs(result, source, result.log() != null);
  }

  /**
   * Runs {@code launch} on this thread so that the top-level run it starts is stored with
   * {@code source} instead of the one derived from the flow's trigger: the app wraps its own
   * test runs in {@code launchAs("app", () -> runtime.launch(…))}. Runs that run nests (sub-flows,
   * event flows fired by its item changes) keep their own sources.
   */
  public <T, E extends Exception> T launchAs(String source, Launch<T, E> launch) throws E {
    return recorder.launchAs(source, launch);
  }

  /** Waits until every run handed over so far is on disk (tests, and before the app quits). */
  public void flush() {
    recorder.flush();
  }

  /** Writes what is queued, then stops the background writer. */
  @Override
  public void close() {
    recorder.close();
  }

  static String fileName(Instant startedAt, String runId) {
    return FILE_TIME.format(startedAt) + "-" + safe(runId) + ".json";
  }

  /** Ids become file names: anything but letters, digits, dot, dash and underscore is replaced. */
  static String safe(String id) {
    String cleaned = id;
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-')) {
        cleaned = UNSAFE.matcher(id).replaceAll("_"); // rare: ids are uuids
        break;
      }
    }
    return cleaned.isEmpty() || cleaned.startsWith(".") ? "_" + cleaned : cleaned;
  }

  private static Entry summary(RunRecord record, boolean tracked, Path file) {
    return new Entry(record.flowId(), record.runId(), record.startedAt(), record.source(), record.status(),
        record.durationMicros(), record.steps().size(), tracked, file);
  }
}
