package dev.flowsmith.workspace.flowtest;

import dev.flowsmith.format.AtomicFiles;
import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.format.WorkspaceFolder;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes test cases into a workspace's {@code tests/} folder as canonical JSON (2-space indent,
 * the field order: {@code flow, tests}; per test {@code name, trigger, accountability, env,
 * now, items, mock, network, skip, expect}; in {@code expect}: {@code status, steps, chain, items,
 * outbox, error}). A flow's tests go to {@code tests/<flow slug>.test.json} (the slug rule of the
 * workspace's flow files); a test of the same name there is replaced in place, otherwise it is
 * appended. The other tests of the file are kept as they were, only re-indented.
 */
public final class FlowTestWriter {

  public static final String TESTS_DIR = "tests";
  public static final String SUFFIX = ".test.json";

  private static final List<String> CASE_ORDER = List.of("name", "trigger", "accountability", "env", "now",
      "items", "mock", "network", "skip", "expect");
  private static final List<String> EXPECT_ORDER = List.of("status", "steps", "chain", "items", "outbox",
      "error");

  private FlowTestWriter() {}

  /**
   * Adds (or replaces, by name) {@code testCase} in the flow's test file and returns that file.
   *
   * @throws FlowFormatException when the existing file is malformed (it is left as it is)
   */
  public static Path save(Path workspace, Flow flow, FlowTestCase testCase) throws IOException, FlowFormatException {
    Path file = fileFor(workspace, flow);
    List<JsonValue> tests = new ArrayList<>();
    if (Files.exists(file)) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      FlowTestReader.parse(text, file);
      JsonObject root = (JsonObject) JsonText.parse(text, file.toString()).root();
      tests.addAll(((JsonArray) root.get("tests").orElseThrow()).elements());
    }
    JsonObject written = toJson(testCase);
    int same = -1;
    for (int i = 0; i < tests.size(); i++) {
      if (tests.get(i) instanceof JsonObject test && test.get("name").equals(written.get("name"))) {
        same = i;
      }
    }
    if (same >= 0) {
      tests.set(same, written);
    } else {
      tests.add(written);
    }
    Files.createDirectories(file.getParent());
    write(file, flow.id(), tests);
    return file;
  }

  /**
   * The flow's test file: {@code tests/<slug>.test.json}, or {@code <slug>-2…} when that name is
   * taken by a file of another flow (two flows with one name).
   */
  public static Path fileFor(Path workspace, Flow flow) throws IOException {
    String base = WorkspaceFolder.slug(flow.name());
    if (base.isEmpty()) {
      base = flow.id();
    }
    Path dir = workspace.resolve(TESTS_DIR);
    for (int n = 1; ; n++) {
      Path candidate = dir.resolve(base + (n == 1 ? "" : "-" + n) + SUFFIX);
      if (!Files.exists(candidate) || flowOf(candidate).equals(flow.id())) {
        return candidate;
      }
    }
  }

  private static String flowOf(Path file) throws IOException {
    try {
      if (JsonText.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString()).root()
          instanceof JsonObject root) {
        return root.string("flow").orElse("");
      }
      return "";
    } catch (FlowFormatException malformed) {
      // a broken file of this name: not knowingly this flow's, so it is left alone
      return "";
    }
  }

  /** Writes a whole test file canonically. */
  static void write(Path file, String flowId, List<JsonValue> tests) throws IOException {
    List<JsonValue> ordered = tests.stream().map(FlowTestWriter::canonicalCase).toList();
    JsonObject root = JsonObject.builder().put("flow", JsonValue.of(flowId)).put("tests", new JsonArray(ordered))
        .build();
    AtomicFiles.write(file, JsonText.pretty(root));
  }

  /** A test case as JSON in canonical order, leaving out what is empty or the default. */
  public static JsonObject toJson(FlowTestCase test) {
    JsonObject.Builder out = JsonObject.builder();
    out.put("name", JsonValue.of(test.name()));
    out.put("trigger", test.trigger());
    if (test.accountability() != null) {
      out.put("accountability", test.accountability());
    }
    if (!test.env().isEmpty()) {
      JsonObject.Builder env = JsonObject.builder();
      test.env().forEach(env::put);
      out.put("env", env.build());
    }
    if (test.now() != null) {
      out.put("now", JsonValue.of(test.now()));
    }
    if (test.items().size() > 0) {
      out.put("items", test.items());
    }
    if (!test.mocks().isEmpty()) {
      out.put("mock", new JsonObject(test.mocks()));
    }
    if (test.network()) {
      out.put("network", JsonValue.TRUE);
    }
    if (test.skip()) {
      out.put("skip", JsonValue.TRUE);
    }
    out.put("expect", test.expect());
    return (JsonObject) canonicalCase(out.build());
  }

  static JsonValue canonicalCase(JsonValue test) {
    if (!(test instanceof JsonObject object)) {
      return test;
    }
    JsonObject ordered = ordered(object, CASE_ORDER);
    if (ordered.get("expect").orElse(null) instanceof JsonObject expect) {
      ordered = ordered.with("expect", ordered(expect, EXPECT_ORDER));
    }
    return ordered;
  }

  /** The known members in {@code order}, then any others as they were. */
  private static JsonObject ordered(JsonObject object, List<String> order) {
    JsonObject.Builder out = JsonObject.builder();
    for (String key : order) {
      object.get(key).ifPresent(value -> out.put(key, value));
    }
    for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
      if (!order.contains(member.getKey())) {
        out.put(member.getKey(), member.getValue());
      }
    }
    return out.build();
  }
}
