package dev.flowsmith.format;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The syntax a flow file is written in: JSON, or the CSV and YAML the Directus app's export
 * ({@code ?export=csv}, {@code ?export=yaml}) gives. Chosen by the file's extension, else by
 * its first characters, so pasted text and files without an extension read too.
 */
public enum TextSyntax {
  JSON, YAML, CSV;

  /** The syntax of {@code text}, read from {@code source}'s extension when it has a known one. */
  public static TextSyntax detect(String text, @Nullable String source) {
    if (source != null) {
      String name = source.toLowerCase(Locale.ROOT);
      if (name.endsWith(".json")) {
        return JSON;
      }
      if (name.endsWith(".csv")) {
        return CSV;
      }
      if (name.endsWith(".yaml") || name.endsWith(".yml")) {
        return YAML;
      }
    }
    return sniff(text);
  }

  /**
   * JSON starts with a bracket; the export's CSV with a quoted header cell followed by a comma;
   * YAML with a sequence dash or a {@code name:} key. Anything else is read as JSON, whose error
   * message then says what is wrong.
   */
  private static TextSyntax sniff(String text) {
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    if (start == text.length()) {
      return JSON;
    }
    char first = text.charAt(start);
    if (first == '{' || first == '[') {
      return JSON;
    }
    int end = text.indexOf('\n', start);
    String line = text.substring(start, end < 0 ? text.length() : end);
    if (first == '"' && line.matches("\"[^\"]*\"\\s*,.*")) {
      return CSV;
    }
    if (line.contains(",") && !line.contains(":") && !line.contains("{")) {
      return CSV; // a hand-written header: id,name,…
    }
    if (line.startsWith("- ") || line.equals("-") || line.startsWith("---") || line.matches("[A-Za-z_][\\w-]*:(\\s.*)?")) {
      return YAML;
    }
    return JSON;
  }

  /** Parses {@code text} in this syntax into a located tree. */
  public ParsedJson parse(String text, @Nullable String source) throws FlowFormatException {
    return switch (this) {
      case JSON -> JsonText.parse(text, source);
      case YAML -> YamlText.parse(text, source);
      case CSV -> CsvText.parse(text, source);
    };
  }
}
