package dev.flowsmith.workspace.flowtest;

import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonNumber;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.JsonValue.JsonString;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * Deep JSON equality with matchers: an object whose only key is {@code $exists}, {@code $type},
 * {@code $matches} or {@code $contains}, or {@code {"$approx": n, "within": t}}. Numbers compare
 * by value (1 equals 1.0).
 */
final class JsonMatcher {

  /** A mismatch below the compared value: {@code suffix} is appended to the expectation's path. */
  record Mismatch(String suffix, String expected, String actual) {}

  static final String MISSING = "(missing)";
  private static final Set<String> TYPES = Set.of("string", "number", "boolean", "null", "array", "object");

  private JsonMatcher() {}

  /** Compares; {@code actual} null means the path does not exist. Returns the first mismatch. */
  static @Nullable Mismatch compare(JsonValue expected, @Nullable JsonValue actual) {
    List<Mismatch> out = new ArrayList<>();
    compare(expected, actual, "", out);
    return out.isEmpty() ? null : out.get(0);
  }

  private static void compare(JsonValue expected, @Nullable JsonValue actual, String path, List<Mismatch> out) {
    if (expected instanceof JsonObject matcher && isMatcher(matcher)) {
      if (!matches(matcher, actual)) {
        out.add(new Mismatch(path, JsonText.compact(expected), show(actual)));
      }
      return;
    }
    if (actual == null) {
      out.add(new Mismatch(path, JsonText.compact(expected), MISSING));
      return;
    }
    if (expected instanceof JsonObject e && actual instanceof JsonObject a) {
      for (Map.Entry<String, JsonValue> member : e.members().entrySet()) {
        compare(member.getValue(), a.get(member.getKey()).orElse(null), path + "." + member.getKey(), out);
        if (!out.isEmpty()) {
          return;
        }
      }
      for (String key : a.members().keySet()) {
        if (!e.has(key)) {
          out.add(new Mismatch(path + "." + key, MISSING, JsonText.compact(a.get(key).orElseThrow())));
          return;
        }
      }
      return;
    }
    if (expected instanceof JsonArray e && actual instanceof JsonArray a) {
      for (int i = 0; i < Math.max(e.size(), a.size()); i++) {
        if (i >= e.size()) {
          out.add(new Mismatch(path + "[" + i + "]", MISSING, JsonText.compact(a.elements().get(i))));
          return;
        }
        compare(e.elements().get(i), i < a.size() ? a.elements().get(i) : null, path + "[" + i + "]", out);
        if (!out.isEmpty()) {
          return;
        }
      }
      return;
    }
    if (!scalarEquals(expected, actual)) {
      out.add(new Mismatch(path, JsonText.compact(expected), JsonText.compact(actual)));
    }
  }

  static boolean isMatcher(JsonObject object) {
    if (object.size() == 1) {
      String key = object.members().keySet().iterator().next();
      return Set.of("$exists", "$type", "$matches", "$contains", "$approx").contains(key);
    }
    return object.size() == 2 && object.has("$approx") && object.has("within");
  }

  /** Checks a matcher's shape; returns a message for a malformed matcher, or null. */
  static @Nullable String problem(JsonObject matcher) {
    if (matcher.has("$type") && !(matcher.get("$type").orElseThrow() instanceof JsonString s
        && TYPES.contains(s.value()))) {
      return "\"$type\" must be one of " + TYPES.stream().sorted().toList();
    }
    if (matcher.has("$matches")) {
      if (!(matcher.get("$matches").orElseThrow() instanceof JsonString s)) {
        return "\"$matches\" must be a regular expression string";
      }
      try {
        Pattern.compile(s.value());
      } catch (PatternSyntaxException e) {
        return "\"$matches\" is not a valid regular expression: " + e.getDescription();
      }
    }
    if (matcher.has("$approx") && (!(matcher.get("$approx").orElseThrow() instanceof JsonNumber)
        || matcher.get("within").filter(w -> !(w instanceof JsonNumber)).isPresent())) {
      return "\"$approx\" must be {\"$approx\": number, \"within\": number}";
    }
    if (matcher.has("$exists") && !(matcher.get("$exists").orElseThrow() instanceof JsonValue.JsonBoolean)) {
      return "\"$exists\" must be true or false";
    }
    return null;
  }

  private static boolean matches(JsonObject matcher, @Nullable JsonValue actual) {
    String problem = problem(matcher);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    if (matcher.get("$exists").orElse(null) instanceof JsonValue.JsonBoolean b) {
      return b.value() == (actual != null);
    }
    if (actual == null) {
      return false;
    }
    if (matcher.get("$type").orElse(null) instanceof JsonString type) {
      return type.value().equals(actual.typeName());
    }
    if (matcher.get("$matches").orElse(null) instanceof JsonString regex) {
      return actual instanceof JsonString s && Pattern.compile(regex.value()).matcher(s.value()).find();
    }
    if (matcher.get("$approx").orElse(null) instanceof JsonNumber target) {
      double within = matcher.get("within").map(w -> ((JsonNumber) w).doubleValue()).orElse(1e-9);
      return actual instanceof JsonNumber n && Math.abs(n.doubleValue() - target.doubleValue()) <= within;
    }
    return contains(matcher.get("$contains").orElseThrow(), actual);
  }

  /** Subset: object members, array elements (any position), substring; matchers allowed inside. */
  private static boolean contains(JsonValue expected, JsonValue actual) {
    if (expected instanceof JsonObject e && actual instanceof JsonObject a && !isMatcher(e)) {
      return e.members().entrySet().stream().allMatch(m -> a.get(m.getKey())
          .map(v -> contains(m.getValue(), v)).orElse(m.getValue() instanceof JsonObject o
              && isMatcher(o) && compare(o, null) == null));
    }
    if (expected instanceof JsonArray e && actual instanceof JsonArray a) {
      return e.elements().stream().allMatch(x -> a.elements().stream().anyMatch(y -> contains(x, y)));
    }
    if (expected instanceof JsonString e && actual instanceof JsonString a) {
      return a.value().contains(e.value());
    }
    return compare(expected, actual) == null;
  }

  private static boolean scalarEquals(JsonValue expected, JsonValue actual) {
    if (expected instanceof JsonNumber e && actual instanceof JsonNumber a) {
      return e.decimalValue().compareTo(a.decimalValue()) == 0;
    }
    return expected.equals(actual);
  }

  static String show(@Nullable JsonValue value) {
    return value == null ? MISSING : JsonText.compact(value);
  }
}
