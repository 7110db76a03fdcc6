package dev.flowsmith.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonBoolean;
import dev.flowsmith.model.JsonValue.JsonNull;
import dev.flowsmith.model.JsonValue.JsonNumber;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.JsonValue.JsonString;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads JSON text into {@link JsonValue} trees with locations, and writes trees back as text.
 * The pretty form is the canonical layout: 2-space indent, {@code "key": value}, one array
 * element per line, a trailing newline, so the same tree always gives the same bytes.
 */
public final class JsonText {

  /** Deeper nesting than any flow needs; stops a hostile file from exhausting the stack. */
  static final int MAX_DEPTH = 500;

  /**
   * The limits every Jackson parser of ours reads with (JSON, YAML, CSV). Member names are as
   * long as JavaScript allows: an operation key becomes a member name of the data chain, and
   * Jackson's default of 50,000 characters made a 60,000-character key unprintable after a run.
   * Nesting and string and number lengths keep their bounds.
   */
  static final StreamReadConstraints READ_CONSTRAINTS = StreamReadConstraints.builder()
      .maxNestingDepth(MAX_DEPTH)
      .maxNameLength(Integer.MAX_VALUE)
      .build();

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .streamReadConstraints(READ_CONSTRAINTS)
      .build();

  /** A number as JSON spells it. */
  static final Pattern JSON_NUMBER = Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?");

  private JsonText() {}

  /** Parses one JSON document; anything after it other than white space is an error. */
  public static ParsedJson parse(String text, @Nullable String source) throws FlowFormatException {
    try {
      return parseWith(FACTORY.createParser(text), source, "JSON");
    } catch (IOException unexpected) {
      throw new FlowFormatException(source, null, null, "unreadable JSON: " + unexpected.getMessage());
    }
  }

  /**
   * Reads the one document {@code parser} holds (JSON, or YAML through Jackson's YAML parser,
   * which gives the same tokens) into a tree located by JSON path; {@code syntax} names it in errors.
   */
  static ParsedJson parseWith(JsonParser opened, @Nullable String source, String syntax) throws FlowFormatException {
    Map<String, SourceLocation> locations = new HashMap<>();
    try (JsonParser parser = opened) {
      try {
        return readDocument(parser, source, syntax, locations);
      } catch (StreamConstraintsException tooLarge) {
        // Jackson's own text names its internals ("from `StreamReadConstraints…`"): say it plainly,
        // at the token the parser had reached (the exception itself often carries no location)
        throw new FlowFormatException(source, locationOf(parser.currentTokenLocation()), null,
            tooLargeProblem(tooLarge.getOriginalMessage(), syntax));
      }
    } catch (JsonParseException malformed) {
      FlowFormatException yaml = YamlText.problemOf(source, malformed);
      if (yaml != null) {
        throw yaml;
      }
      throw new FlowFormatException(source, locationOf(malformed.getLocation()), null,
          "malformed " + syntax + ": " + readable(malformed.getOriginalMessage()));
    } catch (IOException unexpected) {
      throw new FlowFormatException(source, null, null, "unreadable " + syntax + ": " + unexpected.getMessage());
    }
  }

  private static ParsedJson readDocument(JsonParser parser, @Nullable String source, String syntax,
      Map<String, SourceLocation> locations) throws IOException, FlowFormatException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      throw new FlowFormatException(source, new SourceLocation(1, 1), null, "the file is empty, expected " + syntax);
    }
    JsonValue root = readValue(parser, JsonPath.ROOT, locations);
    JsonToken trailing = parser.nextToken();
    if (trailing != null) {
      throw new FlowFormatException(source, locationOf(parser.currentTokenLocation()), null,
          "unexpected content after the end of the " + syntax + " document");
    }
    return new ParsedJson(source, root, locations);
  }

  private static String tooLargeProblem(@Nullable String jacksonMessage, String syntax) {
    String message = jacksonMessage == null ? "" : jacksonMessage;
    StreamReadConstraints limits = READ_CONSTRAINTS;
    if (message.contains("nesting depth")) {
      return syntax + " nested deeper than " + MAX_DEPTH + " levels";
    }
    if (message.startsWith("String value length")) {
      return "a string in the " + syntax + " is longer than " + String.format(java.util.Locale.ROOT, "%,d",
          limits.getMaxStringLength()) + " characters";
    }
    if (message.startsWith("Number value length") || message.startsWith("Number length")) {
      return "a number in the " + syntax + " has more than " + String.format(java.util.Locale.ROOT, "%,d",
          limits.getMaxNumberLength()) + " digits";
    }
    if (message.startsWith("Name length") || message.startsWith("Name value length")) {
      return "a property name in the " + syntax + " is longer than " + String.format(java.util.Locale.ROOT, "%,d",
          limits.getMaxNameLength()) + " characters";
    }
    return "a value in the " + syntax + " is too large: " + readable(message).replaceAll(",? from `[^`]*`", "");
  }

  /** Parses text that must hold valid JSON (for tests and embedded JSON strings). */
  public static JsonValue parseValue(String text) throws FlowFormatException {
    return parse(text, null).root();
  }

  /** Jackson's first message line without its "(code 44)" character codes. */
  private static String readable(String jacksonMessage) {
    return jacksonMessage.lines().findFirst().orElse("").replaceAll(" \\(code -?\\d+\\)", "");
  }

  static @Nullable SourceLocation locationOf(@Nullable JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return null;
    }
    return new SourceLocation(location.getLineNr(), Math.max(1, location.getColumnNr()));
  }

  private static JsonValue readValue(JsonParser parser, String path, Map<String, SourceLocation> locations)
      throws IOException {
    SourceLocation start = locationOf(parser.currentTokenLocation());
    if (start != null) {
      locations.put(path, start);
    }
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT: {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          if (hasLoneSurrogate(name)) {
            // Jackson refuses the escaped form (which is how we would write it back) in names only
            throw new JsonParseException(parser, "a member name holds half of a UTF-16 surrogate pair",
                parser.currentTokenLocation());
          }
          parser.nextToken();
          members.put(name, readValue(parser, JsonPath.member(path, name), locations));
        }
        return new JsonObject(members);
      }
      case START_ARRAY: {
        List<JsonValue> elements = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          elements.add(readValue(parser, JsonPath.index(path, elements.size()), locations));
        }
        return new JsonArray(elements);
      }
      case VALUE_STRING:
        return new JsonString(parser.getText());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return number(parser);
      case VALUE_TRUE:
        return JsonValue.TRUE;
      case VALUE_FALSE:
        return JsonValue.FALSE;
      case VALUE_NULL:
        return JsonValue.NULL;
      default:
        throw new JsonParseException(parser, "unexpected token " + token);
    }
  }

  /**
   * A number whose literal {@link BigDecimal} can hold: valid JSON such as {@code 1e9999999999}
   * has an exponent beyond {@code int}, and would make {@link JsonNumber#decimalValue} throw later.
   */
  private static JsonNumber number(JsonParser parser) throws IOException {
    String literal = parser.getText();
    try {
      if (!JSON_NUMBER.matcher(literal).matches()) {
        // YAML spells numbers JSON does not (0x1F, 0o17, 1_000, +5, .5): keep the value
        literal = parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
            || parser.getNumberType() == JsonParser.NumberType.INT || parser.getNumberType() == JsonParser.NumberType.LONG
            ? parser.getBigIntegerValue().toString() : parser.getDecimalValue().toString();
      }
      new BigDecimal(literal);
    } catch (NumberFormatException outOfRange) {
      throw new JsonParseException(parser, "number out of range (its exponent is too large)",
          parser.currentTokenLocation());
    }
    return new JsonNumber(literal);
  }

  /** The canonical pretty form, ending with a newline. */
  public static String pretty(JsonValue value) {
    StringBuilder out = new StringBuilder();
    write(value, out, 0, true);
    return out.append('\n').toString();
  }

  /** The compact form, as JavaScript's {@code JSON.stringify} lays it out. */
  public static String compact(JsonValue value) {
    StringBuilder out = new StringBuilder();
    write(value, out, 0, false);
    return out.toString();
  }

  private static void write(JsonValue value, StringBuilder out, int depth, boolean pretty) {
    if (value instanceof JsonObject object) {
      writeObject(object, out, depth, pretty);
    } else if (value instanceof JsonArray array) {
      writeArray(array, out, depth, pretty);
    } else if (value instanceof JsonString string) {
      writeString(string.value(), out);
    } else if (value instanceof JsonNumber number) {
      out.append(number.literal());
    } else if (value instanceof JsonBoolean bool) {
      out.append(bool.value());
    } else if (value instanceof JsonNull) {
      out.append("null");
    }
  }

  private static void writeObject(JsonObject object, StringBuilder out, int depth, boolean pretty) {
    if (object.members().isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    boolean first = true;
    for (Entry<String, JsonValue> member : object.members().entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      newline(out, depth + 1, pretty);
      writeString(member.getKey(), out);
      out.append(pretty ? ": " : ":");
      write(member.getValue(), out, depth + 1, pretty);
    }
    newline(out, depth, pretty);
    out.append('}');
  }

  private static void writeArray(JsonArray array, StringBuilder out, int depth, boolean pretty) {
    if (array.elements().isEmpty()) {
      out.append("[]");
      return;
    }
    out.append('[');
    for (int i = 0; i < array.elements().size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      newline(out, depth + 1, pretty);
      write(array.elements().get(i), out, depth + 1, pretty);
    }
    newline(out, depth, pretty);
    out.append(']');
  }

  private static void newline(StringBuilder out, int depth, boolean pretty) {
    if (pretty) {
      out.append('\n').append("  ".repeat(depth));
    }
  }

  /** Escapes as {@code JSON.stringify} does, including lone surrogates (so the UTF-8 output is valid). */
  public static void writeString(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || isLoneSurrogate(text, i)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static boolean hasLoneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isLoneSurrogate(text, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLoneSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return false;
  }
}
