package dev.flowsmith.format;

import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonNull;
import dev.flowsmith.model.JsonValue.JsonNumber;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.JsonValue.JsonString;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Typed access to the members of one JSON object, turning every type mismatch into a located
 * {@link FlowFormatException} that names the member's JSON path.
 */
final class FieldReader {

  /**
   * Stringified JSON is written back as a value, up to five levels down (a Studio bundle's
   * operation options); with less room than a whole file it cannot make the written file too deep.
   */
  private static final int EMBEDDED_MAX_DEPTH = JsonText.MAX_DEPTH - 8;

  private final ParsedJson document;
  private final JsonObject object;
  private final String path;

  FieldReader(ParsedJson document, JsonValue value, String path, String what) throws FlowFormatException {
    if (!(value instanceof JsonObject obj)) {
      throw document.error(path, what + " must be an object, found " + value.typeName());
    }
    this.document = document;
    this.object = obj;
    this.path = path;
  }

  String path() {
    return path;
  }

  String pathOf(String name) {
    return JsonPath.member(path, name);
  }

  boolean has(String name) {
    return object.has(name);
  }

  @Nullable JsonValue raw(String name) {
    return object.members().get(name);
  }

  String requiredString(String name) throws FlowFormatException {
    JsonValue value = object.members().get(name);
    if (value == null) {
      throw document.error(path, "missing required field \"" + name + "\"");
    }
    if (!(value instanceof JsonString string)) {
      throw document.error(pathOf(name), "must be a string, found " + value.typeName());
    }
    return string.value();
  }

  /** A string or null member; absent reads as null. */
  @Nullable String optionalString(String name) throws FlowFormatException {
    JsonValue value = object.members().get(name);
    if (value == null || value instanceof JsonNull) {
      return null;
    }
    if (!(value instanceof JsonString string)) {
      throw document.error(pathOf(name), "must be a string or null, found " + value.typeName());
    }
    return string.value();
  }

  int requiredInteger(String name) throws FlowFormatException {
    JsonValue value = object.members().get(name);
    if (value == null) {
      throw document.error(path, "missing required field \"" + name + "\"");
    }
    if (value instanceof JsonNumber number && number.isIntegral()) {
      long whole = number.longValue();
      if (whole >= Integer.MIN_VALUE && whole <= Integer.MAX_VALUE) {
        return (int) whole;
      }
    }
    throw document.error(pathOf(name), "must be a whole number, found " + describe(value));
  }

  /**
   * An options-like member: any JSON value; a string holding a JSON object is parsed, because
   * some exports stringify options (format.md §13.6). Absent reads as null.
   */
  JsonValue options(String name) throws FlowFormatException {
    JsonValue value = object.members().get(name);
    if (value == null) {
      return JsonValue.NULL;
    }
    if (value instanceof JsonString string && string.value().stripLeading().startsWith("{")) {
      JsonValue parsed;
      try {
        parsed = JsonText.parseValue(string.value());
      } catch (FlowFormatException notJson) {
        throw document.error(pathOf(name), "holds a string that is not valid JSON: " + notJson.problem());
      }
      if (depth(parsed) > EMBEDDED_MAX_DEPTH) {
        throw document.error(pathOf(name), "holds JSON nested deeper than " + EMBEDDED_MAX_DEPTH + " levels");
      }
      return parsed;
    }
    return value;
  }

  private static int depth(JsonValue value) {
    int deepest = 0;
    if (value instanceof JsonObject object) {
      for (JsonValue member : object.members().values()) {
        deepest = Math.max(deepest, depth(member));
      }
    } else if (value instanceof JsonArray array) {
      for (JsonValue element : array.elements()) {
        deepest = Math.max(deepest, depth(element));
      }
    } else {
      return 0;
    }
    return deepest + 1;
  }

  /** The members not named in {@code known}, in file order. */
  JsonObject unknownMembers(Set<String> known) {
    Map<String, JsonValue> extra = new LinkedHashMap<>();
    object.members().forEach((name, value) -> {
      if (!known.contains(name)) {
        extra.put(name, value);
      }
    });
    return new JsonObject(extra);
  }

  private static String describe(JsonValue value) {
    return value instanceof JsonNumber n ? n.literal() : value.typeName();
  }
}
