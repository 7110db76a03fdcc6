package dev.flowsmith.engine.value;

import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonBoolean;
import dev.flowsmith.model.JsonValue.JsonNumber;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.JsonValue.JsonString;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JS {@code JSON.stringify} / {@code JSON.parse} on {@link JsValue}s (engine.md §1.5, §5.5), and
 * conversion from and to the model's stored {@link JsonValue} trees.
 */
public final class JsJson {

  private JsJson() {}

  /**
   * {@code JSON.stringify(value)}: compact; undefined members dropped, undefined array slots and
   * NaN/±Infinity written as null; errors show only their enumerable properties; dates their ISO
   * string. Empty for a top-level undefined (JS returns undefined).
   */
  public static Optional<String> stringify(JsValue value) {
    if (value.isUndefined()) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder();
    write(value, out, 0);
    return Optional.of(out.toString());
  }

  /** {@code JSON.stringify(value)} as a JS value: the JSON string, or undefined. */
  public static JsValue stringifyValue(JsValue value) {
    return stringify(value).<JsValue>map(JsString::new).orElse(JsValue.UNDEFINED);
  }

  /**
   * Directus' {@code parseJSON}: {@code JSON.parse} without {@code __proto__} keys. Invalid text
   * throws a {@link JsException} with a SyntaxError worded as Node 22 words it.
   */
  public static JsValue parse(String text) {
    return JsJsonParser.parse(text);
  }

  /** A stored JSON tree as a JS value (numbers become doubles). */
  public static JsValue fromModel(JsonValue json) {
    if (json instanceof JsonObject object) {
      JsObject.Builder members = JsObject.builder();
      object.members().forEach((key, member) -> members.put(key, fromModel(member)));
      return members.build();
    }
    if (json instanceof JsonArray array) {
      List<JsValue> elements = new ArrayList<>();
      array.elements().forEach(element -> elements.add(fromModel(element)));
      return new JsArray(elements);
    }
    if (json instanceof JsonString string) {
      return JsValue.of(string.value());
    }
    if (json instanceof JsonNumber number) {
      return JsValue.of(number.doubleValue());
    }
    if (json instanceof JsonBoolean bool) {
      return JsValue.of(bool.value());
    }
    return JsValue.NULL;
  }

  /**
   * A JS value as the JSON tree {@code JSON.parse(JSON.stringify(value ?? null))} would give:
   * the form values take when they are exported or written to the run log.
   */
  public static JsonValue toModel(JsValue value) {
    if (value instanceof JsString s) {
      return JsonValue.of(s.value());
    }
    if (value instanceof JsNumber n) {
      return Double.isFinite(n.value()) ? new JsonNumber(JsNumbers.toString(n.value())) : JsonValue.NULL;
    }
    if (value instanceof JsBoolean b) {
      return JsonValue.of(b.value());
    }
    if (value instanceof JsArray array) {
      List<JsonValue> elements = new ArrayList<>();
      array.elements().forEach(element -> elements.add(toModel(element)));
      return new JsonArray(elements);
    }
    if (value instanceof JsObject || value instanceof JsError) {
      Map<String, JsonValue> members = new LinkedHashMap<>();
      enumerable(value).members().forEach((key, member) -> {
        if (!member.isUndefined()) {
          members.put(key, toModel(member));
        }
      });
      return new JsonObject(members);
    }
    if (value instanceof JsDate date) {
      return toModel(date.toJson());
    }
    return JsonValue.NULL; // undefined, null
  }

  /** Writes {@code text} as a JSON string literal the way JS does (well-formed JSON.stringify). */
  public static void quote(String text, StringBuilder out) {
    JsonText.writeString(text, out);
  }

  private static void write(JsValue value, StringBuilder out, int depth) {
    if (depth > JsJsonParser.MAX_DEPTH) {
      throw JsException.of("RangeError", "Maximum call stack size exceeded");
    }
    if (value instanceof JsString s) {
      quote(s.value(), out);
    } else if (value instanceof JsNumber n) {
      out.append(Double.isFinite(n.value()) ? JsNumbers.toString(n.value()) : "null");
    } else if (value instanceof JsBoolean b) {
      out.append(b.value());
    } else if (value instanceof JsArray array) {
      out.append('[');
      for (int i = 0; i < array.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        JsValue element = array.get(i);
        if (element.isUndefined()) {
          out.append("null");
        } else {
          write(element, out, depth + 1);
        }
      }
      out.append(']');
    } else if (value instanceof JsObject || value instanceof JsError) {
      writeMembers(enumerable(value), out, depth);
    } else if (value instanceof JsDate date) {
      write(date.toJson(), out, depth);
    } else {
      out.append("null"); // null (undefined never reaches here)
    }
  }

  private static void writeMembers(JsObject object, StringBuilder out, int depth) {
    out.append('{');
    boolean first = true;
    for (Map.Entry<String, JsValue> member : object.members().entrySet()) {
      if (member.getValue().isUndefined()) {
        continue;
      }
      if (!first) {
        out.append(',');
      }
      first = false;
      quote(member.getKey(), out);
      out.append(':');
      write(member.getValue(), out, depth + 1);
    }
    out.append('}');
  }

  /** The own enumerable properties JSON sees: an object's members, an error's visible properties. */
  private static JsObject enumerable(JsValue value) {
    return value instanceof JsError error ? error.properties() : (JsObject) value;
  }
}
