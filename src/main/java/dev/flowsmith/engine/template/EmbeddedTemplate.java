package dev.flowsmith.engine.template;

import dev.flowsmith.engine.value.JsStrings;
import java.util.ArrayList;
import java.util.List;

/**
 * A string split into literal texts and tag paths (engine.md §5.4, micromustache 8 tokenizer):
 * {@code texts} has one more element than {@code paths}, and the rendered string is
 * {@code texts[0] + value(paths[0]) + texts[1] + …}. There is no escaping: a lone {@code }}}
 * outside a tag is literal, and {@code {{{ x }}}} has the path {@code "{ x"}.
 */
record EmbeddedTemplate(List<String> texts, List<String> paths) {

  /** A tag's path must close within this many characters after its {@code {{}. */
  static final int MAX_PATH_LENGTH = 1000;

  EmbeddedTemplate {
    texts = List.copyOf(texts);
    paths = List.copyOf(paths);
  }

  /** Tokenizes the whole template first, so a malformed tag fails before any lookup. */
  static EmbeddedTemplate parse(String template) {
    List<String> texts = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    int current = 0;
    while (current < template.length()) {
      int open = template.indexOf("{{", current);
      if (open < 0) {
        break;
      }
      int start = open + 2;
      int close = template.indexOf("}}", start);
      if (close < 0 || close - start > MAX_PATH_LENGTH) {
        throw PathSyntax.syntaxError("Missing \"}}\" in the template for the \"{{\" at position " + open
            + " within " + MAX_PATH_LENGTH + " characters");
      }
      String path = JsStrings.trim(template.substring(start, close));
      if (path.isEmpty()) {
        throw PathSyntax.syntaxError("Unexpected \"}}\" tag found at position " + open);
      }
      if (path.contains("{{")) {
        throw PathSyntax.syntaxError("Variable names cannot have \"{{\". But at position " + open
            + ". Got \"" + path + "\"");
      }
      texts.add(template.substring(current, open));
      paths.add(path);
      current = close + 2;
    }
    texts.add(template.substring(Math.min(current, template.length())));
    return new EmbeddedTemplate(texts, paths);
  }
}
