package dev.flowsmith.engine.template;

import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsStrings;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a template path into property names (engine.md §5.3, micromustache 8 rules):
 * {@code read_items[0].id}, {@code a["my key"]}, {@code read_items.0.id}. Bracket contents may be
 * quoted with ', " or `; names are trimmed of JS white space. Verified against micromustache 8.0.3
 * by differential fuzzing (error texts included).
 */
final class PathSyntax {

  private PathSyntax() {}

  static List<String> parse(String path) {
    List<String> names = new ArrayList<>();
    boolean afterBracket = false;
    int current = 0;
    while (current < path.length()) {
      int open = path.indexOf('[', current);
      if (open < 0) {
        break;
      }
      int close = path.indexOf(']', open);
      if (close < 0) {
        throw syntaxError("Missing ] in varName \"" + path + "\"");
      }
      String inside = JsStrings.trim(path.substring(open + 1, close));
      if (inside.isEmpty()) {
        throw syntaxError("Unexpected token ]");
      }
      addDotted(names, path.substring(current, open), afterBracket);
      names.add(bracketName(inside));
      afterBracket = true;
      current = close + 1;
    }
    addDotted(names, path.substring(Math.min(current, path.length())), afterBracket);
    return names;
  }

  /** The dotted names between brackets; after a bracket the text must start with a dot. */
  private static void addDotted(List<String> names, String text, boolean afterBracket) {
    String dotted = JsStrings.trim(text);
    if (dotted.isEmpty()) {
      return;
    }
    if (dotted.startsWith(".")) {
      if (!afterBracket) {
        throw syntaxError("Unexpected . at the start of \"" + text + "\"");
      }
      dotted = JsStrings.trim(dotted.substring(1));
      if (dotted.isEmpty()) {
        return;
      }
    } else if (afterBracket) {
      throw syntaxError("Missing . at the start of \"" + text + "\"");
    }
    if (dotted.endsWith(".")) {
      throw syntaxError("Unexpected \".\" at the end of \"" + text + "\"");
    }
    for (String part : dotted.split("\\.", -1)) {
      String name = JsStrings.trim(part);
      if (name.isEmpty()) {
        throw syntaxError("Empty prop name when parsing \"" + text + "\"");
      }
      names.add(name);
    }
  }

  /**
   * A bracket name: a leading or trailing quote must be matched by the same quote at the other
   * end and is removed; an unquoted name may not hold another {@code [}, and loses a leading
   * {@code +} ({@code [+1]} is index 1).
   */
  private static String bracketName(String name) {
    char first = name.charAt(0);
    char last = name.charAt(name.length() - 1);
    if (isQuote(first) || isQuote(last)) {
      if (name.length() < 2 || first != last) {
        throw syntaxError("Mismatching string quotation: \"" + name + "\"");
      }
      return name.substring(1, name.length() - 1);
    }
    if (name.contains("[")) {
      throw syntaxError("Missing ] in varName \"" + name + "\"");
    }
    return first == '+' ? name.substring(1) : name;
  }

  private static boolean isQuote(char c) {
    return c == '\'' || c == '"' || c == '`';
  }

  static JsException syntaxError(String message) {
    return JsException.of("SyntaxError", message);
  }
}
