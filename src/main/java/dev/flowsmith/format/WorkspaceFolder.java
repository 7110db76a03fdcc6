package dev.flowsmith.format;

import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A workspace on disk: {@code flows/<name>.json}, one canonical document per flow, plus
 * {@code workspace.json} for settings that later features add (env allow-list, SMTP, webhook
 * port). Settings this version does not know are kept and written back unchanged.
 *
 * <p>A broken flow file does not stop the workspace from opening: it is listed in
 * {@link #problems()} and its file is left alone.
 */
public final class WorkspaceFolder {

  public static final String SETTINGS_FILE = "workspace.json";
  public static final String FLOWS_DIR = "flows";

  private final Path root;
  private JsonObject settings;
  private final Map<String, Path> fileByFlowId = new LinkedHashMap<>();
  private final Map<String, Flow> flowsById = new LinkedHashMap<>();
  private final List<FlowFormatException> problems = new ArrayList<>();

  private WorkspaceFolder(Path root, JsonObject settings) {
    this.root = root;
    this.settings = settings;
  }

  /** True if {@code dir} looks like a workspace: it has a workspace.json or a flows folder. */
  public static boolean isWorkspace(Path dir) {
    return Files.isDirectory(dir)
        && (Files.isRegularFile(dir.resolve(SETTINGS_FILE)) || Files.isDirectory(dir.resolve(FLOWS_DIR)));
  }

  /** Creates an empty workspace in {@code dir} (which may exist), or opens it if it already is one. */
  public static WorkspaceFolder create(Path dir) throws IOException, FlowFormatException {
    if (isWorkspace(dir)) {
      return open(dir);
    }
    Files.createDirectories(dir.resolve(FLOWS_DIR));
    AtomicFiles.write(dir.resolve(SETTINGS_FILE), JsonText.pretty(JsonObject.EMPTY));
    return open(dir);
  }

  /** Opens a workspace; a malformed workspace.json is an error, malformed flow files are problems. */
  public static WorkspaceFolder open(Path dir) throws IOException, FlowFormatException {
    if (!isWorkspace(dir)) {
      throw new FlowFormatException(dir.toString(), null, null,
          "not a workspace: expected " + SETTINGS_FILE + " or a " + FLOWS_DIR + "/ folder");
    }
    Path settingsFile = dir.resolve(SETTINGS_FILE);
    JsonObject settings = JsonObject.EMPTY;
    if (Files.isRegularFile(settingsFile)) {
      ParsedJson parsed = JsonText.parse(FlowReader.readText(settingsFile), settingsFile.toString());
      if (!(parsed.root() instanceof JsonObject object)) {
        throw parsed.error(JsonPath.ROOT, "workspace settings must be an object, found " + parsed.root().typeName());
      }
      settings = object;
    }
    WorkspaceFolder workspace = new WorkspaceFolder(dir, settings);
    workspace.loadFlows();
    return workspace;
  }

  private void loadFlows() throws IOException {
    Path flowsDir = root.resolve(FLOWS_DIR);
    if (!Files.isDirectory(flowsDir)) {
      return;
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(flowsDir)) {
      files = listing.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    for (Path file : files) {
      try {
        Flow flow = FlowReader.read(file).single();
        if (flowsById.containsKey(flow.id())) {
          problems.add(new FlowFormatException(file.toString(), null, "$.id",
              "flow id " + flow.id() + " is also used by " + fileByFlowId.get(flow.id()).getFileName()));
          continue;
        }
        flowsById.put(flow.id(), flow);
        fileByFlowId.put(flow.id(), file);
      } catch (FlowFormatException broken) {
        problems.add(broken);
      }
    }
  }

  public Path root() {
    return root;
  }

  public JsonObject settings() {
    return settings;
  }

  /** The flows, in file-name order. */
  public List<Flow> flows() {
    return List.copyOf(flowsById.values());
  }

  public Optional<Flow> flow(String id) {
    return Optional.ofNullable(flowsById.get(id));
  }

  public Optional<Path> fileOf(String flowId) {
    return Optional.ofNullable(fileByFlowId.get(flowId));
  }

  /** Flow files that could not be read, each with its located message. */
  public List<FlowFormatException> problems() {
    return Collections.unmodifiableList(problems);
  }

  /** Saves a flow atomically to its file, or to a new {@code flows/<name>.json} if it is new. */
  public Path saveFlow(Flow flow) throws IOException {
    Path file = fileByFlowId.get(flow.id());
    if (file == null) {
      file = freeFileName(flow);
    }
    AtomicFiles.write(file, FlowWriter.canonical(flow));
    flowsById.put(flow.id(), flow);
    fileByFlowId.put(flow.id(), file);
    return file;
  }

  public void deleteFlow(String flowId) throws IOException {
    Path file = fileByFlowId.remove(flowId);
    flowsById.remove(flowId);
    if (file != null) {
      Files.deleteIfExists(file);
    }
  }

  /** Replaces one setting and writes workspace.json atomically, keeping every other setting. */
  public void saveSetting(String name, JsonValue value) throws IOException {
    settings = settings.with(name, value);
    AtomicFiles.write(root.resolve(SETTINGS_FILE), JsonText.pretty(settings));
  }

  private Path freeFileName(Flow flow) {
    String base = slug(flow.name());
    if (base.isEmpty()) {
      base = flow.id();
    }
    Path dir = root.resolve(FLOWS_DIR);
    Path candidate = dir.resolve(base + ".json");
    for (int n = 2; Files.exists(candidate) || fileByFlowId.containsValue(candidate); n++) {
      candidate = dir.resolve(base + "-" + n + ".json");
    }
    return candidate;
  }

  /** "Notify author on publish" → "notify-author-on-publish". */
  public static String slug(String name) {
    String lower = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return lower.replaceAll("^-+|-+$", "");
  }
}
