package dev.flowsmith.workspace.flowtest;

import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.format.ParsedJson;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonBoolean;
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
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code tests/*.test.json} file: {@code {"flow": id, "tests": [case…]}}. Errors name the
 * file, line, column and JSON path.
 */
public final class FlowTestReader {

  private static final Set<String> FILE_KEYS = Set.of("flow", "tests");
  private static final Set<String> CASE_KEYS = Set.of("name", "trigger", "mock", "now", "items",
      "accountability", "env", "network", "skip", "expect");

  private FlowTestReader() {}

  public static FlowTestFile read(Path file) throws FlowFormatException, IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return parse(text, file);
  }

  public static FlowTestFile parse(String text, Path file) throws FlowFormatException {
    ParsedJson parsed = JsonText.parse(text, file.toString());
    if (!(parsed.root() instanceof JsonObject root)) {
      throw parsed.error("$", "a test file must be an object with \"flow\" and \"tests\"");
    }
    unknownKeys(parsed, root, "$", FILE_KEYS);
    String flowId = string(parsed, root, "$", "flow", true);
    JsonValue tests = root.get("tests").orElse(null);
    if (!(tests instanceof JsonArray array)) {
      throw parsed.error("$.tests", tests == null ? "missing \"tests\" (an array of test cases)"
          : "\"tests\" must be an array, not " + tests.typeName());
    }
    List<FlowTestCase> cases = new ArrayList<>();
    Set<String> names = new java.util.HashSet<>();
    for (int i = 0; i < array.elements().size(); i++) {
      String path = "$.tests[" + i + "]";
      if (!(array.elements().get(i) instanceof JsonObject test)) {
        throw parsed.error(path, "a test case must be an object");
      }
      FlowTestCase testCase = readCase(parsed, test, path);
      if (!names.add(testCase.name())) {
        throw parsed.error(path + ".name", "duplicate test name \"" + testCase.name() + "\"");
      }
      cases.add(testCase);
    }
    return new FlowTestFile(file, flowId, cases);
  }

  private static FlowTestCase readCase(ParsedJson parsed, JsonObject test, String path)
      throws FlowFormatException {
    unknownKeys(parsed, test, path, CASE_KEYS);
    String name = string(parsed, test, path, "name", true);
    JsonValue trigger = test.get("trigger").orElse(JsonValue.JsonObject.EMPTY);
    Map<String, JsonValue> mocks = new LinkedHashMap<>();
    JsonObject mock = object(parsed, test, path, "mock");
    for (Map.Entry<String, JsonValue> entry : mock.members().entrySet()) {
      String mockPath = path + ".mock." + entry.getKey();
      if (!(entry.getValue() instanceof JsonObject m)
          || m.has("resolve") == m.has("reject") || m.size() != 1) {
        throw parsed.error(mockPath,
            "a mock must be {\"resolve\": value} or {\"reject\": error}");
      }
      mocks.put(entry.getKey(), entry.getValue());
    }
    String now = string(parsed, test, path, "now", false);
    if (now != null) {
      try {
        java.time.Instant.parse(now);
      } catch (java.time.format.DateTimeParseException e) {
        throw parsed.error(path + ".now", "\"now\" must be an ISO-8601 instant like "
            + "2026-01-31T12:00:00Z, not \"" + now + "\"");
      }
    }
    JsonObject items = object(parsed, test, path, "items");
    for (Map.Entry<String, JsonValue> entry : items.members().entrySet()) {
      String itemsPath = path + ".items." + entry.getKey();
      if (!(entry.getValue() instanceof JsonArray rows)) {
        throw parsed.error(itemsPath, "items of a collection must be an array of rows");
      }
      for (int i = 0; i < rows.size(); i++) {
        if (!(rows.elements().get(i) instanceof JsonObject)) {
          throw parsed.error(itemsPath + "[" + i + "]", "a row must be an object");
        }
      }
    }
    Map<String, String> env = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> entry : object(parsed, test, path, "env").members().entrySet()) {
      if (!(entry.getValue() instanceof JsonString s)) {
        throw parsed.error(path + ".env." + entry.getKey(), "env values must be strings");
      }
      env.put(entry.getKey(), s.value());
    }
    JsonObject expect = object(parsed, test, path, "expect");
    unknownKeys(parsed, expect, path + ".expect", Expectations.KEYS);
    return new FlowTestCase(name, trigger, mocks, now, items,
        test.get("accountability").orElse(null), env, bool(parsed, test, path, "network"),
        bool(parsed, test, path, "skip"), expect);
  }

  private static void unknownKeys(ParsedJson parsed, JsonObject object, String path,
      Set<String> known) throws FlowFormatException {
    for (String key : object.members().keySet()) {
      if (!known.contains(key)) {
        throw parsed.error(path + "." + key, "unknown field \"" + key + "\" (expected one of "
            + known.stream().sorted().toList() + ")");
      }
    }
  }

  private static @Nullable String string(ParsedJson parsed, JsonObject object, String path,
      String key, boolean required) throws FlowFormatException {
    JsonValue value = object.get(key).orElse(null);
    if (value == null) {
      if (required) {
        throw parsed.error(path, "missing \"" + key + "\"");
      }
      return null;
    }
    if (!(value instanceof JsonString s)) {
      throw parsed.error(path + "." + key, "\"" + key + "\" must be a string, not "
          + value.typeName());
    }
    return s.value();
  }

  private static JsonObject object(ParsedJson parsed, JsonObject object, String path, String key)
      throws FlowFormatException {
    JsonValue value = object.get(key).orElse(JsonObject.EMPTY);
    if (!(value instanceof JsonObject o)) {
      throw parsed.error(path + "." + key, "\"" + key + "\" must be an object, not "
          + value.typeName());
    }
    return o;
  }

  private static boolean bool(ParsedJson parsed, JsonObject object, String path, String key)
      throws FlowFormatException {
    JsonValue value = object.get(key).orElse(JsonValue.FALSE);
    if (!(value instanceof JsonBoolean b)) {
      throw parsed.error(path + "." + key, "\"" + key + "\" must be true or false");
    }
    return b.value();
  }
}
