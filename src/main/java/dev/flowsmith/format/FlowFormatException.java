package dev.flowsmith.format;

import org.jspecify.annotations.Nullable;

/**
 * A file that cannot be read as a flow. The message names the file, the line and column, and
 * for a schema problem the JSON path, so the user can go straight to the mistake.
 */
public final class FlowFormatException extends Exception {

  private final @Nullable String source;
  private final @Nullable SourceLocation location;
  private final @Nullable String jsonPath;
  private final String problem;

  public FlowFormatException(@Nullable String source, @Nullable SourceLocation location,
      @Nullable String jsonPath, String problem) {
    super(describe(source, location, jsonPath, problem));
    this.source = source;
    this.location = location;
    this.jsonPath = jsonPath;
    this.problem = problem;
  }

  private static String describe(@Nullable String source, @Nullable SourceLocation location,
      @Nullable String jsonPath, String problem) {
    StringBuilder text = new StringBuilder();
    text.append(source == null ? "<input>" : source);
    if (location != null) {
      text.append(':').append(location.line()).append(':').append(location.column());
    }
    text.append(": ");
    if (jsonPath != null) {
      text.append(jsonPath).append(": ");
    }
    return text.append(problem).toString();
  }

  /** The same problem, attributed to a file (readers of in-memory text do not know it). */
  public FlowFormatException inSource(String sourceName) {
    return new FlowFormatException(sourceName, location, jsonPath, problem);
  }

  public @Nullable String source() {
    return source;
  }

  public @Nullable SourceLocation location() {
    return location;
  }

  public @Nullable String jsonPath() {
    return jsonPath;
  }

  /** The problem alone, without file and position. */
  public String problem() {
    return problem;
  }
}
