package dev.flowsmith.workspace.server;

import dev.flowsmith.format.AtomicFiles;
import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.FlowReader;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@value #FILE}: per server URL, per flow id, the content hash of what was last pulled or
 * pushed ({@code {"servers": {URL: {FLOW_ID: {"hash": …, "name": …}}}}}). The hash is the
 * base a three-way state needs: which side moved since.
 */
final class SyncRecord {

  static final String FILE = ".flowsmith/sync.json";

  private final Path file;
  private final String server;
  private final Map<String, JsonValue> servers;
  private final Map<String, JsonValue> flows;

  private SyncRecord(Path file, String server, Map<String, JsonValue> servers, Map<String, JsonValue> flows) {
    this.file = file;
    this.server = server;
    this.servers = servers;
    this.flows = flows;
  }

  /** The record of {@code url} in {@code workspace} (empty when there is none yet). */
  static SyncRecord load(Path workspace, URI url) throws DirectusCallException {
    Path file = workspace.resolve(FILE);
    String server = TokenStore.key(url);
    Map<String, JsonValue> servers = new LinkedHashMap<>();
    if (Files.isRegularFile(file)) {
      try {
        JsonValue root = JsonText.parseValue(FlowReader.readText(file));
        if (!(root instanceof JsonObject object) || !(object.get("servers").orElse(JsonObject.EMPTY)
            instanceof JsonObject named)) {
          throw DirectusCallException.config(file + ": expected {\"servers\": {URL: {FLOW_ID: {\"hash\": …}}}}; "
              + "delete the file to start afresh (the next push then asks for --force where flows differ)");
        }
        servers.putAll(named.members());
      } catch (IOException | FlowFormatException unreadable) {
        throw DirectusCallException.config("cannot read " + file + ": " + unreadable.getMessage());
      }
    }
    Map<String, JsonValue> flows = new LinkedHashMap<>();
    if (servers.get(server) instanceof JsonObject mine) {
      flows.putAll(mine.members());
    }
    return new SyncRecord(file, server, servers, flows);
  }

  Optional<String> hash(String flowId) {
    return flows.get(flowId) instanceof JsonObject entry ? entry.string("hash") : Optional.empty();
  }

  void put(String flowId, String name, String hash) {
    flows.put(flowId, JsonObject.builder().put("hash", hash).put("name", name).build());
  }

  void save() throws IOException {
    servers.put(server, new JsonObject(new java.util.TreeMap<>(flows)));
    AtomicFiles.write(file, JsonText.pretty(JsonObject.builder().put("servers", new JsonObject(servers)).build()));
  }
}
