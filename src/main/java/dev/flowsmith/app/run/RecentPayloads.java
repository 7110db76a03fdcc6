package dev.flowsmith.app.run;

import dev.flowsmith.format.AtomicFiles;
import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last {@value #LIMIT} trigger inputs per flow id, newest first, without repeats, kept in
 * {@code recent-payloads.json} in the config folder: {@code {"<flowId>": [<input fields>, …]}}.
 * Written atomically on every change; an unreadable file starts the list afresh (it is only a
 * convenience, never worth an error).
 */
public final class RecentPayloads {

  public static final int LIMIT = 10;
  public static final String FILE_NAME = "recent-payloads.json";

  private final Path file;
  private final Map<String, List<JsonValue>> byFlow = new LinkedHashMap<>();

  private RecentPayloads(Path file) {
    this.file = file;
  }

  /** Reads the list kept in {@code configDir} (none yet: empty). */
  public static RecentPayloads load(Path configDir) {
    RecentPayloads recent = new RecentPayloads(configDir.resolve(FILE_NAME));
    try {
      if (Files.isRegularFile(recent.file)
          && JsonText.parseValue(Files.readString(recent.file)) instanceof JsonObject stored) {
        stored.members().forEach((flowId, list) -> {
          if (list instanceof JsonArray array) {
            recent.byFlow.put(flowId, new ArrayList<>(array.elements().subList(0, Math.min(LIMIT, array.size()))));
          }
        });
      }
    } catch (IOException | FlowFormatException unreadable) {
      recent.byFlow.clear();
    }
    return recent;
  }

  /** The inputs used for {@code flowId}, newest first. */
  public synchronized List<JsonValue> of(String flowId) {
    return List.copyOf(byFlow.getOrDefault(flowId, List.of()));
  }

  /** Puts {@code input} first (moving it if it was there already), keeps {@value #LIMIT}, and saves. */
  public synchronized void remember(String flowId, JsonValue input) throws IOException {
    List<JsonValue> list = byFlow.computeIfAbsent(flowId, id -> new ArrayList<>());
    list.remove(input);
    list.add(0, input);
    while (list.size() > LIMIT) {
      list.remove(list.size() - 1);
    }
    save();
  }

  private void save() throws IOException {
    JsonObject.Builder all = JsonObject.builder();
    byFlow.forEach((flowId, list) -> all.put(flowId, new JsonArray(list)));
    Files.createDirectories(file.getParent());
    AtomicFiles.write(file, JsonText.pretty(all.build()));
  }
}
