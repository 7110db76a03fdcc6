package dev.flowsmith.mcp;

/**
 * A tool call that cannot be done as asked. It becomes a tool result with {@code isError: true}
 * (not a protocol error), so the assistant reads the reason and the server stays up.
 *
 * @see McpJson#error(String, String)
 */
final class ToolError extends Exception {

  private static final long serialVersionUID = 1L;

  /** Directus's error codes, so a prompt written for a Directus server reads them the same way. */
  static final String INVALID_PAYLOAD = "INVALID_PAYLOAD";
  static final String INVALID_QUERY = "INVALID_QUERY";
  static final String FORBIDDEN = "FORBIDDEN";
  static final String NOT_FOUND = "ROUTE_NOT_FOUND";
  static final String REFUSED = "FAILED_VALIDATION";
  static final String INTERNAL = "INTERNAL_SERVER_ERROR";
  static final String UNAVAILABLE = "SERVICE_UNAVAILABLE";

  private final String code;

  ToolError(String code, String message) {
    super(message);
    this.code = code;
  }

  static ToolError payload(String message) {
    return new ToolError(INVALID_PAYLOAD, message);
  }

  static ToolError notFound(String message) {
    return new ToolError(NOT_FOUND, message);
  }

  String code() {
    return code;
  }
}
