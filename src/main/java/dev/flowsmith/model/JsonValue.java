package dev.flowsmith.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable JSON tree, kept in the model so that options, trigger settings and unknown fields
 * survive a round trip without the model depending on a JSON library. Objects keep insertion
 * order; numbers keep their literal text so that {@code 1.50} is written back as {@code 1.50}.
 */
public sealed interface JsonValue
    permits JsonValue.JsonObject, JsonValue.JsonArray, JsonValue.JsonString, JsonValue.JsonNumber,
        JsonValue.JsonBoolean, JsonValue.JsonNull {

  JsonNull NULL = new JsonNull();
  JsonBoolean TRUE = new JsonBoolean(true);
  JsonBoolean FALSE = new JsonBoolean(false);

  /** The JSON type name as it appears in error messages: object, array, string, number, boolean, null. */
  String typeName();

  default boolean isNull() {
    return this instanceof JsonNull;
  }

  static JsonString of(String text) {
    return new JsonString(text);
  }

  static JsonNumber of(long number) {
    return new JsonNumber(Long.toString(number));
  }

  static JsonBoolean of(boolean value) {
    return value ? TRUE : FALSE;
  }

  /** A string value, or {@link #NULL} for a Java null. */
  static JsonValue ofNullable(String text) {
    return text == null ? NULL : new JsonString(text);
  }

  record JsonObject(Map<String, JsonValue> members) implements JsonValue {
    public static final JsonObject EMPTY = new JsonObject(Map.of());

    public JsonObject {
      members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    public Optional<JsonValue> get(String name) {
      return Optional.ofNullable(members.get(name));
    }

    /** The member as a string, if it is one. */
    public Optional<String> string(String name) {
      return get(name).filter(JsonString.class::isInstance).map(v -> ((JsonString) v).value());
    }

    public boolean has(String name) {
      return members.containsKey(name);
    }

    public int size() {
      return members.size();
    }

    /** A copy with one member set (added at the end, or replaced in place). */
    public JsonObject with(String name, JsonValue value) {
      Map<String, JsonValue> copy = new LinkedHashMap<>(members);
      copy.put(name, value);
      return new JsonObject(copy);
    }

    public JsonObject without(String name) {
      Map<String, JsonValue> copy = new LinkedHashMap<>(members);
      copy.remove(name);
      return new JsonObject(copy);
    }

    @Override
    public String typeName() {
      return "object";
    }

    public static Builder builder() {
      return new Builder();
    }

    /** Collects members in order; the order of {@link #put} calls is the order written out. */
    public static final class Builder {
      private final Map<String, JsonValue> members = new LinkedHashMap<>();

      public Builder put(String name, JsonValue value) {
        members.put(name, Objects.requireNonNull(value, name));
        return this;
      }

      public Builder put(String name, String value) {
        return put(name, ofNullable(value));
      }

      public Builder putAll(JsonObject other) {
        members.putAll(other.members());
        return this;
      }

      public JsonObject build() {
        return new JsonObject(members);
      }
    }
  }

  record JsonArray(List<JsonValue> elements) implements JsonValue {
    public static final JsonArray EMPTY = new JsonArray(List.of());

    public JsonArray {
      elements = List.copyOf(elements);
    }

    public static JsonArray ofStrings(List<String> values) {
      List<JsonValue> elements = new ArrayList<>();
      values.forEach(v -> elements.add(new JsonString(v)));
      return new JsonArray(elements);
    }

    public int size() {
      return elements.size();
    }

    @Override
    public String typeName() {
      return "array";
    }
  }

  record JsonString(String value) implements JsonValue {
    public JsonString {
      Objects.requireNonNull(value);
    }

    @Override
    public String typeName() {
      return "string";
    }
  }

  /** A number kept as the literal text it was read from (always a valid JSON number). */
  record JsonNumber(String literal) implements JsonValue {
    public JsonNumber {
      Objects.requireNonNull(literal);
    }

    public BigDecimal decimalValue() {
      return new BigDecimal(literal);
    }

    public double doubleValue() {
      return Double.parseDouble(literal);
    }

    /** True when the value is a whole number that fits a long. */
    public boolean isIntegral() {
      try {
        decimalValue().longValueExact();
        return true;
      } catch (ArithmeticException | NumberFormatException notWhole) {
        // NumberFormatException: an exponent beyond BigDecimal's range, e.g. 1e9999999999
        return false;
      }
    }

    public long longValue() {
      return decimalValue().longValueExact();
    }

    @Override
    public String typeName() {
      return "number";
    }
  }

  record JsonBoolean(boolean value) implements JsonValue {
    @Override
    public String typeName() {
      return "boolean";
    }
  }

  record JsonNull() implements JsonValue {
    @Override
    public String typeName() {
      return "null";
    }
  }
}
