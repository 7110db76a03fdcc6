package dev.flowsmith.workspace.flowtest;

import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.JsonValue.JsonString;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Follows operation key renames into a workspace's tests, as the editor's key rename follows them
 * into templates: in the tests of that flow, chain paths that start with the key ({@code old},
 * {@code old.x}, {@code old[0]}; {@code $last} and {@code $trigger…} are not keys), {@code mock}
 * entries, and the key list {@code expect.steps}. Files are rewritten
 * canonically ({@link FlowTestWriter}), only when something changed; malformed files are skipped.
 */
public final class TestKeyRenames {

  /** One rewritten place: file, test name and what was renamed there ({@code mock}, {@code chain.old.x} …). */
  public record Change(Path file, String test, String where) {}

  private TestKeyRenames() {}

  /** Renames one key in the tests of {@code flowId}; returns what changed. */
  public static List<Change> rename(Path workspace, String flowId, String oldKey, String newKey)
      throws IOException {
    return renameAll(workspace, flowId, Map.of(oldKey, newKey));
  }

  /**
   * Renames several keys at once (old → new), so swapped keys ({@code a → b}, {@code b → a}) come
   * out right; returns what changed.
   */
  public static List<Change> renameAll(Path workspace, String flowId, Map<String, String> renames)
      throws IOException {
    Map<String, String> effective = new LinkedHashMap<>(renames);
    effective.entrySet().removeIf(e -> e.getKey().equals(e.getValue()));
    Path dir = workspace.resolve(FlowTestWriter.TESTS_DIR);
    List<Change> changes = new ArrayList<>();
    if (effective.isEmpty() || !Files.isDirectory(dir)) {
      return changes;
    }
    List<Path> files;
    try (var stream = Files.list(dir)) {
      files = stream.filter(p -> p.getFileName().toString().endsWith(FlowTestWriter.SUFFIX)).sorted().toList();
    }
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      JsonObject root;
      try {
        FlowTestReader.parse(text, file);
        root = (JsonObject) JsonText.parse(text, file.toString()).root();
      } catch (FlowFormatException malformed) {
        continue;
      }
      if (!root.string("flow").orElse("").equals(flowId)) {
        continue;
      }
      List<Change> found = new ArrayList<>();
      List<JsonValue> tests = new ArrayList<>();
      for (JsonValue test : ((JsonArray) root.get("tests").orElseThrow()).elements()) {
        tests.add(renameIn((JsonObject) test, effective, file, found));
      }
      if (!found.isEmpty()) {
        FlowTestWriter.write(file, flowId, tests);
        changes.addAll(found);
      }
    }
    return changes;
  }

  private static JsonObject renameIn(JsonObject test, Map<String, String> renames, Path file, List<Change> found) {
    String name = test.string("name").orElse("");
    JsonObject out = test;
    if (test.get("mock").orElse(null) instanceof JsonObject mock) {
      JsonObject renamed = renameMembers(mock, renames, path -> renameKey(path, renames));
      if (!renamed.equals(mock)) {
        found.add(new Change(file, name, "mock"));
        out = out.with("mock", renamed);
      }
    }
    if (test.get("expect").orElse(null) instanceof JsonObject expect) {
      JsonObject newExpect = expect;
      if (expect.get("chain").orElse(null) instanceof JsonObject chain) {
        JsonObject.Builder renamed = JsonObject.builder();
        chain.members().forEach((path, value) -> {
          String now = renamePath(path, renames);
          if (!now.equals(path)) {
            found.add(new Change(file, name, "chain." + path));
          }
          renamed.put(now, value);
        });
        newExpect = newExpect.with("chain", renamed.build());
      }
      for (String list : List.of("steps")) {
        if (expect.get(list).orElse(null) instanceof JsonArray keys) {
          List<JsonValue> renamed = new ArrayList<>();
          for (JsonValue key : keys.elements()) {
            renamed.add(key instanceof JsonString s ? JsonValue.of(renameKey(s.value(), renames)) : key);
          }
          JsonArray now = new JsonArray(renamed);
          if (!now.equals(keys)) {
            found.add(new Change(file, name, list));
            newExpect = newExpect.with(list, now);
          }
        }
      }
      out = out.with("expect", newExpect);
    }
    return out;
  }

  private static JsonObject renameMembers(JsonObject object, Map<String, String> renames,
      java.util.function.UnaryOperator<String> rename) {
    JsonObject.Builder out = JsonObject.builder();
    object.members().forEach((key, value) -> out.put(rename.apply(key), value));
    return out.build();
  }

  private static String renameKey(String key, Map<String, String> renames) {
    return renames.getOrDefault(key, key);
  }

  /** The path with its first name renamed when that name is a renamed key. */
  static String renamePath(String path, Map<String, String> renames) {
    int end = 0;
    while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
      end++;
    }
    String first = path.substring(0, end);
    String renamed = renames.get(first);
    return renamed == null ? path : renamed + path.substring(end);
  }
}
