package dev.flowsmith.format.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Splits one option string into its {@code {{ }}} tags the way Directus's renderer tokenises it
 * (engine.md §5.4), without looking anything up.
 */
final class TemplateScanner {

  /** engine.md §5.2: one tag and nothing else, whose value replaces the string with its own type. */
  private static final Pattern WHOLE_VALUE = Pattern.compile("^\\{\\{\\s*[^}\\s]+\\s*}}$");
  /** engine.md §5.4: the closing braces must follow within this many characters. */
  private static final int MAX_TAG_LENGTH = 1000;

  /** The tags found, in order, and the renderer's error for the first broken tag, if any. */
  record Scan(List<String> paths, @Nullable String error) {}

  private TemplateScanner() {}

  static boolean hasTemplate(String text) {
    return text.contains("{{");
  }

  /** True when the string is a single tag, so it may render to an object, a list or a number. */
  static boolean isWholeValue(String text) {
    return WHOLE_VALUE.matcher(text).matches();
  }

  static Scan scan(String text) {
    List<String> paths = new ArrayList<>();
    int from = 0;
    while (true) {
      int open = text.indexOf("{{", from);
      if (open < 0) {
        return new Scan(paths, null);
      }
      int close = text.indexOf("}}", open + 2);
      if (close < 0 || close - open - 2 > MAX_TAG_LENGTH) {
        return new Scan(paths, "Missing \"}}\" in the template for the \"{{\" at position " + open
            + " within " + MAX_TAG_LENGTH + " characters");
      }
      String path = text.substring(open + 2, close).trim();
      if (path.isEmpty()) {
        return new Scan(paths, "Unexpected \"}}\" tag found at position " + close);
      }
      if (path.contains("{{")) {
        return new Scan(paths, "Variable names cannot have \"{{\". But at position " + open + ". Got \"" + path
            + "\"");
      }
      paths.add(path);
      from = close + 2;
    }
  }

  /**
   * The first segment of a path: {@code read_items} for {@code read_items[0].id}, {@code $trigger}
   * for {@code $trigger.body}; empty when the path starts with a bracket.
   */
  static String root(String path) {
    int end = path.length();
    int dot = path.indexOf('.');
    int bracket = path.indexOf('[');
    if (dot >= 0) {
      end = dot;
    }
    if (bracket >= 0 && bracket < end) {
      end = bracket;
    }
    return path.substring(0, end).trim();
  }
}
