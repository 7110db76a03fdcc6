package dev.flowsmith.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.List;
import java.util.Map;

/**
 * The bridge between the SDK's Jackson maps and our {@link JsonValue} tree, and the shape of tool
 * results: like Directus's MCP server, a result is one text block holding the JSON of the data,
 * and an error is {@code isError: true} with {@code [{"error", "code"}]}.
 */
final class McpJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private McpJson() {}

  /** The arguments of a call as one JSON object (absent arguments are an empty object). */
  static JsonObject arguments(Map<String, Object> arguments) throws ToolError {
    if (arguments == null) {
      return JsonObject.EMPTY;
    }
    JsonValue value = toModel(arguments);
    if (!(value instanceof JsonObject object)) {
      throw ToolError.payload("\"arguments\" must be an object");
    }
    return object;
  }

  static JsonValue toModel(Object fromMapper) throws ToolError {
    try {
      return JsonText.parseValue(MAPPER.writeValueAsString(fromMapper));
    } catch (JsonProcessingException | FlowFormatException unreadable) {
      throw ToolError.payload("arguments are not JSON: " + unreadable.getMessage());
    }
  }

  /** A JSON value as the SDK's maps and lists, for structured parts of a protocol message. */
  static Object toPlain(JsonValue value) {
    try {
      return MAPPER.readValue(JsonText.compact(value), Object.class);
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException("our own JSON did not parse", impossible);
    }
  }

  /** A result holding {@code data} as compact JSON text, as Directus answers. */
  static CallToolResult data(JsonValue data) {
    return CallToolResult.builder().addTextContent(JsonText.compact(data)).isError(false).build();
  }

  /** A result holding plain text (run, test, diff: read by a person or a model). */
  static CallToolResult text(String text) {
    return CallToolResult.builder().addTextContent(text).isError(false).build();
  }

  static CallToolResult error(String code, String message) {
    JsonValue errors = new JsonArray(List.of(JsonObject.builder()
        .put("error", message).put("code", code).build()));
    return CallToolResult.builder().addTextContent(JsonText.compact(errors)).isError(true).build();
  }
}
