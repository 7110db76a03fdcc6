package dev.flowsmith.format;

/** A 1-based line and column in a text file. */
public record SourceLocation(int line, int column) {

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
