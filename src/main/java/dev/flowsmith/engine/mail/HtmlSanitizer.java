package dev.flowsmith.engine.mail;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.internal.util.Html5Entities;

/**
 * {@code sanitize-html} 2.x with its default options, as Directus applies it to Markdown output
 * (engine.md §6.9): allowed tags are kept with their allowed attributes, other tags are dropped
 * but keep their text (script, style, textarea and option lose it too), comments go, text is
 * re-escaped ({@code & < >} only, so quotes come out plain) and void tags are written
 * {@code <br />}. Links keep {@code href} only with http, https, ftp, mailto or tel, or relative.
 * A small tokenizer, not a full HTML5 parser: implied closing is modelled for the common cases.
 */
final class HtmlSanitizer {

  private static final Set<String> ALLOWED = Set.of("address", "article", "aside", "footer",
      "header", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "main", "nav", "section",
      "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "hr", "li", "ol", "p", "pre",
      "ul", "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "dfn", "em", "i", "kbd",
      "mark", "q", "rb", "rp", "rt", "rtc", "ruby", "s", "samp", "small", "span", "strong", "sub",
      "sup", "time", "u", "var", "wbr", "caption", "col", "colgroup", "table", "tbody", "td",
      "tfoot", "th", "thead", "tr");
  private static final Map<String, Set<String>> ATTRIBUTES = Map.of(
      "a", Set.of("href", "name", "target"),
      "img", Set.of("src", "srcset", "alt", "title", "width", "height", "loading"));
  private static final Set<String> SCHEMES = Set.of("http", "https", "ftp", "mailto", "tel");
  private static final Set<String> SELF_CLOSING = Set.of("img", "br", "hr", "area", "base",
      "basefont", "input", "link", "meta");
  private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img",
      "input", "link", "meta", "param", "source", "track", "wbr", "basefont");
  private static final Set<String> NON_TEXT = Set.of("script", "style", "textarea", "option");
  /** Opening one of these closes an open {@code p} (HTML's implied end tags). */
  private static final Set<String> CLOSES_P = Set.of("address", "article", "aside", "blockquote",
      "div", "dl", "fieldset", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
      "hr", "main", "nav", "ol", "p", "pre", "section", "table", "ul");
  private static final Pattern TAG_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]*");
  private static final Pattern ATTRIBUTE = Pattern.compile(
      "\\s*([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+)))?");
  private static final Pattern ENTITY =
      Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
  private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9.\\-+]*):");

  private final String html;
  private final StringBuilder out = new StringBuilder();
  private final Deque<String> open = new ArrayDeque<>();
  private int pos;

  private HtmlSanitizer(String html) {
    this.html = html;
  }

  static String sanitize(String html) {
    HtmlSanitizer sanitizer = new HtmlSanitizer(html);
    sanitizer.run();
    return sanitizer.out.toString();
  }

  private void run() {
    while (pos < html.length()) {
      int lt = html.indexOf('<', pos);
      if (lt < 0) {
        text(html.substring(pos));
        break;
      }
      text(html.substring(pos, lt));
      pos = lt;
      if (html.startsWith("<!--", pos)) {
        int end = html.indexOf("-->", pos + 4);
        pos = end < 0 ? html.length() : end + 3;
      } else if (html.startsWith("<!", pos) || html.startsWith("<?", pos)) {
        int end = html.indexOf('>', pos);
        pos = end < 0 ? html.length() : end + 1;
      } else if (!tag()) {
        text("<");
        pos++;
      }
    }
    while (!open.isEmpty()) {
      closeTop();
    }
  }

  /** Reads a start or end tag at {@code pos}; false when the {@code <} starts no tag. */
  private boolean tag() {
    boolean closing = html.startsWith("</", pos);
    Matcher name = TAG_NAME.matcher(html).region(pos + (closing ? 2 : 1), html.length());
    if (!name.lookingAt()) {
      return false;
    }
    int end = html.indexOf('>', name.end());
    if (end < 0) {
      return false;
    }
    String tag = name.group().toLowerCase(Locale.ROOT);
    String inside = html.substring(name.end(), end);
    pos = end + 1;
    if (closing) {
      close(tag);
    } else {
      start(tag, inside.endsWith("/") ? inside.substring(0, inside.length() - 1) : inside);
    }
    return true;
  }

  private void start(String tag, String attributes) {
    if (NON_TEXT.contains(tag)) {
      int end = html.toLowerCase(Locale.ROOT).indexOf("</" + tag, pos);
      int gt = end < 0 ? -1 : html.indexOf('>', end);
      pos = gt < 0 ? html.length() : gt + 1;
      return;
    }
    if (CLOSES_P.contains(tag) && "p".equals(open.peek())) {
      closeTop();
    }
    if (Set.of("li", "dt", "dd", "tr", "td", "th").contains(tag) && tag.equals(open.peek())) {
      closeTop();
    }
    if (ALLOWED.contains(tag)) {
      out.append('<').append(tag);
      attributes(tag, attributes);
      out.append(SELF_CLOSING.contains(tag) ? " />" : ">");
    }
    if (!VOID.contains(tag)) {
      open.push(tag);
    }
  }

  private void attributes(String tag, String text) {
    Set<String> allowed = ATTRIBUTES.getOrDefault(tag, Set.of());
    Matcher attribute = ATTRIBUTE.matcher(text);
    while (attribute.lookingAt()) {
      String name = attribute.group(1).toLowerCase(Locale.ROOT);
      String raw = attribute.group(2) != null ? attribute.group(2)
          : attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
      String value = raw == null ? "" : decode(raw);
      boolean keep = allowed.contains(name) && (!value.isEmpty() || name.equals("alt"))
          && !(Set.of("href", "src").contains(name) && naughty(value));
      if (keep) {
        out.append(' ').append(name);
        if (!value.isEmpty()) {
          out.append("=\"").append(escape(value).replace("\"", "&quot;")).append('"');
        } else {
          out.append("=\"\"");
        }
      }
      attribute.region(attribute.end(), text.length());
    }
  }

  /** sanitize-html's {@code naughtyHref}: a scheme outside the allowed list. */
  private static boolean naughty(String href) {
    Matcher scheme = SCHEME.matcher(href.replaceAll("[\\x00-\\x20]+", ""));
    return scheme.find() && !SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT));
  }

  private void close(String tag) {
    if (!open.contains(tag)) {
      return; // a stray end tag is ignored
    }
    while (true) {
      String top = open.peek();
      closeTop(); // implicitly closes what is still open inside it, as the HTML parser does
      if (tag.equals(top)) {
        return;
      }
    }
  }

  private void closeTop() {
    String tag = open.pop();
    if (ALLOWED.contains(tag)) {
      out.append("</").append(tag).append('>');
    }
  }

  private void text(String text) {
    out.append(escape(decode(text)));
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Named and numeric character references, decoded with commonmark's HTML5 entity table. */
  private static String decode(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    return ENTITY.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
        Html5Entities.entityToString(m.group())));
  }
}
