package dev.flowsmith.format;

import dev.flowsmith.model.JsonValue;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A parsed JSON text with the position where every value starts, keyed by JSON path, so that
 * schema errors and lint problems can point at a line and column.
 */
public record ParsedJson(@Nullable String source, JsonValue root, Map<String, SourceLocation> locations) {

  public ParsedJson {
    locations = Map.copyOf(locations);
  }

  /** A tree built in memory (no text behind it): no locations. */
  public static ParsedJson inMemory(JsonValue root) {
    return new ParsedJson(null, root, Map.of());
  }

  /** The location of the value at {@code path}, or of its nearest ancestor that has one. */
  public Optional<SourceLocation> locate(String path) {
    String current = path;
    while (true) {
      SourceLocation found = locations.get(current);
      if (found != null) {
        return Optional.of(found);
      }
      int cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
      if (cut <= 0) {
        return Optional.empty();
      }
      current = current.substring(0, cut);
    }
  }

  /** An error at {@code path}, located in this text. */
  public FlowFormatException error(String path, String problem) {
    return new FlowFormatException(source, locate(path).orElse(null), path, problem);
  }
}
