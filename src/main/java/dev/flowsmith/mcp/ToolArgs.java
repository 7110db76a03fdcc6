package dev.flowsmith.mcp;

import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.JsonValue.JsonString;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The arguments of one tool call, read strictly (as Directus's {@code strictObject} schemas do): an
 * unknown argument or one of the wrong type is a {@link ToolError} naming it.
 */
final class ToolArgs {

  private final String tool;
  private final JsonObject values;

  private ToolArgs(String tool, JsonObject values) {
    this.tool = tool;
    this.values = values;
  }

  /** Reads {@code values}, refusing names outside {@code allowed}. */
  static ToolArgs of(String tool, JsonObject values, Set<String> allowed) throws ToolError {
    for (String name : values.members().keySet()) {
      if (!allowed.contains(name)) {
        throw ToolError.payload(tool + ": unknown argument \"" + name + "\"; it takes " + String.join(", ",
            allowed.stream().sorted().toList()));
      }
    }
    return new ToolArgs(tool, values);
  }

  String tool() {
    return tool;
  }

  boolean has(String name) {
    return values.get(name).filter(v -> !v.isNull()).isPresent();
  }

  Optional<JsonValue> raw(String name) {
    return values.get(name).filter(v -> !v.isNull());
  }

  String requiredString(String name) throws ToolError {
    return optionalString(name).orElseThrow(() -> ToolError.payload(tool + ": \"" + name + "\" is required"));
  }

  Optional<String> optionalString(String name) throws ToolError {
    Optional<JsonValue> value = raw(name);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (value.get() instanceof JsonString text) {
      return Optional.of(text.value());
    }
    if (value.get() instanceof JsonValue.JsonNumber number) {
      return Optional.of(number.literal()); // a primary key given as a number
    }
    throw wrongType(name, "a string", value.get());
  }

  /** The action argument, one of {@code actions}. */
  String action(String... actions) throws ToolError {
    String action = requiredString("action");
    if (!List.of(actions).contains(action)) {
      throw ToolError.payload(tool + ": \"action\" must be one of " + String.join(", ", actions) + ", not \""
          + action + "\"");
    }
    return action;
  }

  Optional<JsonObject> object(String name) throws ToolError {
    Optional<JsonValue> value = raw(name);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (value.get() instanceof JsonObject object) {
      return Optional.of(object);
    }
    throw wrongType(name, "an object", value.get());
  }

  JsonObject requiredObject(String name) throws ToolError {
    return object(name).orElseThrow(() -> ToolError.payload(tool + ": \"" + name + "\" is required"));
  }

  /** A list of strings (or numbers, read as their text): keys, flow ids. */
  List<String> strings(String name) throws ToolError {
    Optional<JsonValue> value = raw(name);
    if (value.isEmpty()) {
      return List.of();
    }
    if (!(value.get() instanceof JsonArray array)) {
      throw wrongType(name, "an array", value.get());
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonValue element = array.elements().get(i);
      if (element instanceof JsonString text) {
        out.add(text.value());
      } else if (element instanceof JsonValue.JsonNumber number) {
        out.add(number.literal());
      } else {
        throw wrongType(name + "[" + i + "]", "a string or number", element);
      }
    }
    return out;
  }

  @Nullable JsonValue orNull(String name) {
    return raw(name).orElse(null);
  }

  private ToolError wrongType(String name, String expected, JsonValue found) {
    return ToolError.payload(tool + ": \"" + name + "\" must be " + expected + ", found " + found.typeName());
  }
}
