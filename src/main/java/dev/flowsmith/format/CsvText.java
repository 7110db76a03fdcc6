package dev.flowsmith.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.JsonValue.JsonString;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the CSV the Directus app's {@code ?export=csv} gives for {@code directus_flows} and
 * {@code directus_operations} (json2csv with flattened objects) into an array of items, located
 * cell by cell. The export's conventions, read back the way they were written:
 * <ul>
 *   <li>the header names the columns; a dotted name ({@code options.filter.$trigger._eq}) is a
 *       member of a nested object, as json2csv flattens objects;</li>
 *   <li>strings are quoted; a quoted cell holding a JSON array is that array, and {@code "{}"}
 *       an empty object (json2csv flattens every other object into columns), except in the
 *       columns that are always strings (ids, names…);</li>
 *   <li>numbers and booleans are unquoted; an unquoted empty cell is null in a top-level column
 *       and absent in a nested one (json2csv writes both null and missing members so).</li>
 * </ul>
 * Some values cannot be told apart in this format, and read as Directus's own CSV import reads
 * them: a member name holding a dot (read as nesting), an option whose value is null (absent), a
 * string holding a JSON array (the array), the string {@code "{}"} (an empty object).
 */
public final class CsvText {

  /** Columns of flows and operations that hold text whatever it looks like. */
  private static final Set<String> STRING_COLUMNS = Set.of("id", "name", "icon", "color", "description", "status",
      "trigger", "accountability", "operation", "date_created", "user_created", "key", "type", "resolve", "reject",
      "flow");
  private static final CsvFactory FACTORY = CsvFactory.builder()
      .streamReadConstraints(JsonText.READ_CONSTRAINTS)
      .build();

  private CsvText() {}

  /** One header column: its name, the path below a row, and its segments. */
  private record Column(String name, List<String> segments, String suffix, boolean topLevel) {
    static Column of(String name) {
      List<String> segments = List.of(name.split("\\.", -1));
      String suffix = "";
      for (String segment : segments) {
        suffix = JsonPath.member(suffix, segment);
      }
      return new Column(name, segments, suffix, segments.size() == 1);
    }
  }

  /** Parses CSV text into an array of row objects; an error names the line and column of the cell. */
  public static ParsedJson parse(String text, @Nullable String source) throws FlowFormatException {
    Map<String, SourceLocation> locations = new HashMap<>();
    try (JsonParser parser = FACTORY.createParser(text)) {
      ((com.fasterxml.jackson.dataformat.csv.CsvParser) parser).setSchema(CsvSchema.emptySchema());
      List<Column> header = readHeader(parser, text, source);
      List<JsonValue> rows = new ArrayList<>();
      locations.put(JsonPath.ROOT, new SourceLocation(1, 1));
      while (parser.nextToken() == JsonToken.START_ARRAY) {
        JsonValue row = readRow(parser, text, source, header, JsonPath.index(JsonPath.ROOT, rows.size()), locations);
        if (row != null) {
          rows.add(row);
        }
      }
      return new ParsedJson(source, new JsonArray(rows), locations);
    } catch (JsonParseException malformed) {
      throw new FlowFormatException(source, JsonText.locationOf(malformed.getLocation()), null,
          "malformed CSV: " + malformed.getOriginalMessage().lines().findFirst().orElse(""));
    } catch (IOException unexpected) {
      throw new FlowFormatException(source, null, null, "unreadable CSV: " + unexpected.getMessage());
    }
  }

  private static List<Column> readHeader(JsonParser parser, String text, @Nullable String source)
      throws IOException, FlowFormatException {
    if (parser.nextToken() != JsonToken.START_ARRAY) {
      throw new FlowFormatException(source, new SourceLocation(1, 1), null, "the file is empty, expected CSV");
    }
    List<Column> header = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      String name = parser.getText();
      SourceLocation at = JsonText.locationOf(parser.currentTokenLocation());
      if (name.isEmpty() || name.startsWith(".") || name.endsWith(".") || name.contains("..")) {
        throw new FlowFormatException(source, at, null, "header column " + (header.size() + 1)
            + " has no usable name ('" + name + "')");
      }
      if (!seen.add(name)) {
        throw new FlowFormatException(source, at, null, "header column '" + name + "' appears twice");
      }
      header.add(Column.of(name));
    }
    return header;
  }

  /** One record as an object, or null for a blank line. */
  private static @Nullable JsonValue readRow(JsonParser parser, String text, @Nullable String source,
      List<Column> header, String rowPath, Map<String, SourceLocation> locations)
      throws IOException, FlowFormatException {
    Map<String, Object> row = new LinkedHashMap<>();
    SourceLocation rowStart = null;
    int cell = 0;
    boolean blank = true;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      JsonLocation location = parser.currentTokenLocation();
      SourceLocation at = JsonText.locationOf(location);
      if (rowStart == null) {
        rowStart = at;
      }
      String value = parser.getText();
      boolean quoted = isQuoted(text, location);
      blank &= value.isEmpty() && !quoted;
      if (cell >= header.size()) {
        throw new FlowFormatException(source, at, null, "this row has more cells than the header has columns ("
            + header.size() + ")");
      }
      Column column = header.get(cell++);
      JsonValue parsed = cellValue(column, value, quoted);
      if (parsed != null) {
        put(row, column, parsed, at, source, rowPath, locations);
      }
    }
    if (blank && cell <= 1) {
      return null;
    }
    if (cell < header.size()) {
      throw new FlowFormatException(source, rowStart, null, "this row has " + cell + " cells; the header has "
          + header.size() + " columns");
    }
    locations.put(rowPath, rowStart);
    return toJson(row);
  }

  /** Jackson's token location points at the cell's first character: its opening quote if quoted. */
  private static boolean isQuoted(String text, JsonLocation location) {
    long offset = location.getCharOffset();
    return offset >= 0 && offset < text.length() && text.charAt((int) offset) == '"';
  }

  /** The cell's value, or null when the member is absent. */
  private static @Nullable JsonValue cellValue(Column column, String value, boolean quoted) {
    if (value.isEmpty() && !quoted) {
      return column.topLevel() ? JsonValue.NULL : null;
    }
    if (column.topLevel() && STRING_COLUMNS.contains(column.name())) {
      return new JsonString(value);
    }
    if (quoted) {
      // json2csv flattens objects into dotted columns, so the only object left in a cell is {};
      // arrays are not flattened and come as JSON text. A string that looks like JSON stays a string.
      if (value.equals("{}")) {
        return JsonObject.EMPTY;
      }
      return value.startsWith("[") ? jsonOrString(value) : new JsonString(value);
    }
    return switch (value) {
      case "true" -> JsonValue.TRUE;
      case "false" -> JsonValue.FALSE;
      case "null" -> JsonValue.NULL;
      default -> JsonText.JSON_NUMBER.matcher(value).matches() ? new JsonValue.JsonNumber(value) : jsonOrString(value);
    };
  }

  private static JsonValue jsonOrString(String value) {
    try {
      return JsonText.parseValue(value);
    } catch (FlowFormatException notJson) {
      return new JsonString(value);
    }
  }

  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> row, Column column, JsonValue value, @Nullable SourceLocation at,
      @Nullable String source, String rowPath, Map<String, SourceLocation> locations) throws FlowFormatException {
    Map<String, Object> target = row;
    String path = rowPath;
    List<String> segments = column.segments();
    for (int i = 0; i < segments.size() - 1; i++) {
      String segment = segments.get(i);
      path = JsonPath.member(path, segment);
      Object existing = target.get(segment);
      if (existing instanceof Map<?, ?> nested) {
        target = (Map<String, Object>) nested;
      } else if (existing == null || existing instanceof JsonValue.JsonNull) {
        Map<String, Object> nested = new LinkedHashMap<>();
        target.put(segment, nested);
        locations.putIfAbsent(path, at);
        target = nested;
      } else {
        throw new FlowFormatException(source, at, rowPath + column.suffix(), "column '" + column.name()
            + "' puts a member inside '" + String.join(".", segments.subList(0, i + 1))
            + "', which another column of this row set to " + ((JsonValue) existing).typeName());
      }
    }
    String last = segments.get(segments.size() - 1);
    Object existing = target.get(last);
    if (existing instanceof Map<?, ?> && value.isNull()) {
      return; // "options" empty beside "options.method" set: the nested columns win
    }
    if (existing instanceof Map<?, ?>) {
      throw new FlowFormatException(source, at, rowPath + column.suffix(), "column '" + column.name()
          + "' sets a value where other columns of this row put members");
    }
    target.put(last, value);
    locations.put(rowPath + column.suffix(), at);
  }

  private static JsonValue toJson(Object node) {
    if (node instanceof JsonValue value) {
      return value;
    }
    Map<String, JsonValue> members = new LinkedHashMap<>();
    ((Map<?, ?>) node).forEach((name, child) -> members.put((String) name, toJson(child)));
    return new JsonObject(members);
  }
}
