package dev.flowsmith.workspace.flowtest;

import dev.flowsmith.engine.run.RunResult;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.JsonValue.JsonString;
import dev.flowsmith.workspace.history.RunRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns a finished run into a test that replays it ("Save as test" in History). The test gets the
 * run's {@code $trigger}, {@code $accountability}, {@code $env} (as the run log keeps it: values
 * masked as {@code --redacted:NAME--}, so no secret lands in a test file, and masked strings render
 * the same again) and start time as {@code now}; the steps that reached outside the flow (requests,
 * items, mail, notifications, other flows) are mocked with what they produced, so the test passes
 * offline on any machine. Expectations: the final status, the steps in order, and one chain entry
 * per chosen path with the run's value there.
 */
public final class TestFromRun {

  /** Operation types whose work depends on the world outside the flow: replayed from the run. */
  static final Set<String> MOCKED_TYPES = Set.of("request", "item-create", "item-read", "item-update",
      "item-delete", "mail", "notification", "trigger");

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

  private TestFromRun() {}

  /** A test of {@code flow} from a run of the engine. */
  public static FlowTestCase create(String name, Flow flow, RunResult run, @Nullable List<String> chosenPaths) {
    return create(name, flow, RunRecord.from(run, "test"), chosenPaths);
  }

  /**
   * A test of {@code flow} from a stored (or live) run record.
   *
   * @param chosenPaths the chain paths that become expectations; null for {@link #defaultPaths}
   * @throws IllegalArgumentException for a cancelled run or one of another flow
   */
  public static FlowTestCase create(String name, Flow flow, RunRecord run, @Nullable List<String> chosenPaths) {
    if (!run.flowId().equals(flow.id())) {
      throw new IllegalArgumentException("the run is of flow " + run.flowId() + ", not of \"" + flow.name() + "\"");
    }
    if (run.status().equals("cancelled")) {
      throw new IllegalArgumentException("a cancelled run cannot become a test: it did not finish");
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("the test needs a name");
    }
    JsonObject data = run.data();
    Map<String, JsonValue> mocks = new LinkedHashMap<>();
    for (int i = 0; i < run.steps().size(); i++) {
      RunRecord.Step step = run.steps().get(i);
      if (step.type() != null && MOCKED_TYPES.contains(step.type())) {
        String outcome = step.status().equals("resolve") ? "resolve" : "reject";
        mocks.put(step.key(), JsonObject.builder().put(outcome, mockValue(run.valueOf(i), outcome)).build());
      }
    }
    Map<String, String> env = new LinkedHashMap<>();
    if (data.get("$env").orElse(null) instanceof JsonObject envObject) {
      envObject.members().forEach((key, value) -> {
        if (value instanceof JsonString s) {
          env.put(key, s.value());
        }
      });
    }
    JsonObject.Builder expect = JsonObject.builder();
    String status = run.status().equals("thrown") ? "reject" : run.status();
    if (status.equals("resolve") || status.equals("reject")) {
      expect.put("status", JsonValue.of(status));
    }
    expect.put("steps", JsonArray.ofStrings(run.steps().stream().map(RunRecord.Step::key).toList()));
    Map<String, JsonValue> available = pathValues(run);
    List<String> paths = chosenPaths == null ? defaultPaths(run) : chosenPaths;
    JsonObject.Builder chain = JsonObject.builder();
    for (String path : paths) {
      JsonValue value = available.get(path);
      if (value == null) {
        throw new IllegalArgumentException("the run has no value at \"" + path + "\"");
      }
      chain.put(path, value);
    }
    JsonObject chainObject = chain.build();
    if (chainObject.size() > 0) {
      expect.put("chain", chainObject);
    }
    JsonValue accountability = data.get("$accountability").orElse(JsonValue.NULL);
    return new FlowTestCase(name.strip(), data.get("$trigger").orElse(JsonValue.NULL), mocks,
        run.startedAt().toString(), JsonObject.EMPTY, accountability, env, false, false, expect.build());
  }

  /**
   * The paths a user can choose from, in step order: every step's key and, for object values, each
   * {@code key.field}.
   */
  public static List<String> availablePaths(RunRecord run) {
    return List.copyOf(pathValues(run).keySet());
  }

  /**
   * The expectations "Save as test" proposes: {@code key.field} for each field of an object value
   * (a rejected step's error: its message), {@code key} for any other value.
   */
  public static List<String> defaultPaths(RunRecord run) {
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < run.steps().size(); i++) {
      RunRecord.Step step = run.steps().get(i);
      JsonValue value = run.valueOf(i);
      if (value instanceof JsonObject object && object.size() > 0) {
        boolean error = !step.status().equals("resolve") && object.has("message");
        for (String field : object.members().keySet()) {
          if (!error || field.equals("message")) {
            paths.add(member(step.key(), field));
          }
        }
      } else {
        paths.add(step.key());
      }
    }
    return paths;
  }

  /** The run's value at one of {@link #availablePaths}, or null. */
  public static @Nullable JsonValue valueAt(RunRecord run, String path) {
    return pathValues(run).get(path);
  }

  private static Map<String, JsonValue> pathValues(RunRecord run) {
    Map<String, JsonValue> values = new LinkedHashMap<>();
    for (int i = 0; i < run.steps().size(); i++) {
      String key = run.steps().get(i).key();
      JsonValue value = run.valueOf(i);
      values.put(key, value);
      if (value instanceof JsonObject object) {
        object.members().forEach((field, member) -> values.put(member(key, field), member));
      }
    }
    return values;
  }

  /** A rejection replays its message (and name); a stack from the original run would not match anyway. */
  private static JsonValue mockValue(JsonValue value, String outcome) {
    if (outcome.equals("reject") && value instanceof JsonObject error) {
      return error.without("stack");
    }
    return value;
  }

  /** {@code key.field}, or {@code key["odd field"]} where the field is not a plain name (engine.md §5.3). */
  static String member(String key, String field) {
    if (PLAIN.matcher(field).matches()) {
      return key + "." + field;
    }
    char quote = field.indexOf('"') >= 0 ? '\'' : '"';
    return key + "[" + quote + field + quote + "]";
  }
}
