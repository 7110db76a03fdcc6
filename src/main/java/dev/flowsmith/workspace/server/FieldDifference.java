package dev.flowsmith.workspace.server;

import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * One field that differs between the workspace and the server.
 *
 * @param path where, e.g. {@code name}, {@code options.collection},
 *     {@code operations[send_mail].options.to}, {@code operations[log]} (a whole operation)
 * @param local the workspace's value; null when the field or operation is only on the server
 * @param server the server's value; null when the field or operation is only in the workspace
 */
public record FieldDifference(String path, @Nullable JsonValue local, @Nullable JsonValue server) {

  /**
   * {@code path: here → on the server}, {@code path: only here …} or {@code path: only on the server …},
   * values as compact JSON cut at {@code maxValueChars} (the text of {@code flowsmith diff} and the MCP diff tool).
   */
  public String describe(int maxValueChars) {
    if (local == null) {
      return path + ": only on the server " + value(server, maxValueChars);
    }
    if (server == null) {
      return path + ": only here " + value(local, maxValueChars);
    }
    return path + ": " + value(local, maxValueChars) + " → " + value(server, maxValueChars);
  }

  private static String value(@Nullable JsonValue value, int maxChars) {
    String text = value == null ? "" : JsonText.compact(value);
    return text.length() > maxChars ? text.substring(0, maxChars) + "…" : text;
  }
}
