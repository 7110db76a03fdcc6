package dev.flowsmith.engine.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Directus' {@code md()}: {@code sanitizeHtml(marked.parse(text))} with marked 16's defaults
 * (GFM, no {@code breaks}), here with commonmark (engine.md §6.9). What marked adds to
 * CommonMark and this reproduces: bare URLs, {@code www.} addresses and e-mail addresses become
 * links (with marked's trailing-punctuation rules); a hard line break is {@code <br />} with no
 * newline after it. Not reproduced (commonmark's GFM extensions are not on the class path): GFM
 * tables, strikethrough ({@code ~~x~~}, whose {@code <del>} sanitize-html drops anyway) and task
 * list items; loose list items are written {@code <li>\n<p>} where marked writes {@code <li><p>}.
 * Instances are thread-safe.
 */
public final class MarkdownRenderer {

  private static final Pattern AUTOLINK = Pattern.compile(
      "(?<url>(?:(?:ftp|https?)://|www\\.)(?:[a-zA-Z0-9\\-]+\\.?)+[^\\s<]*)"
          + "|(?<![a-zA-Z0-9.!#$%&'*+/=?_`{|}~-])"
          + "(?<email>[A-Za-z0-9._+-]+@[a-zA-Z0-9-_]+(?:\\.[a-zA-Z0-9-_]*[a-zA-Z0-9])+)(?![-_])");
  /** marked's {@code _backpedal}: what of a URL candidate stays once trailing punctuation goes. */
  private static final Pattern BACKPEDAL = Pattern.compile(
      "(?:[^?!.,:;*_'\"~()&]+|\\([^)]*\\)|&(?![a-zA-Z0-9]+;$)|[?!.,:;*_'\"~)]+(?!$))+");

  private final Parser parser = Parser.builder().build();
  private final HtmlRenderer renderer = HtmlRenderer.builder()
      .softbreak("\n")
      .nodeRendererFactory(HardBreakRenderer::new)
      .build();

  /** Markdown to sanitized HTML, e.g. {@code "test body"} to {@code "<p>test body</p>\n"}. */
  public String render(String markdown) {
    Node document = parser.parse(markdown);
    document.accept(new Autolinker());
    return HtmlSanitizer.sanitize(renderer.render(document));
  }

  /** Splits text nodes around bare links (never inside an existing link). */
  private static final class Autolinker extends AbstractVisitor {

    @Override
    public void visit(Link link) {
      // already a link: its text stays text
    }

    @Override
    public void visit(Text text) {
      String literal = text.getLiteral();
      Matcher match = AUTOLINK.matcher(literal);
      List<Node> parts = new ArrayList<>();
      int done = 0;
      int from = 0;
      while (from < literal.length() && match.find(from)) {
        String found = match.group("url") != null ? backpedal(match.group("url")) : match.group();
        if (found.isEmpty()) {
          from = match.start() + 1;
          continue;
        }
        if (match.start() > done) {
          parts.add(new Text(literal.substring(done, match.start())));
        }
        String href = match.group("email") != null ? "mailto:" + found
            : found.startsWith("www.") ? "http://" + found : found;
        Link link = new Link(href, null);
        link.appendChild(new Text(found));
        parts.add(link);
        done = match.start() + found.length();
        from = done;
      }
      if (parts.isEmpty()) {
        return;
      }
      if (done < literal.length()) {
        parts.add(new Text(literal.substring(done)));
      }
      for (Node part : parts) {
        text.insertBefore(part);
      }
      text.unlink();
    }

    private static String backpedal(String candidate) {
      String current = candidate;
      while (true) {
        Matcher kept = BACKPEDAL.matcher(current);
        String next = kept.lookingAt() ? kept.group() : "";
        if (next.equals(current)) {
          return current;
        }
        current = next;
      }
    }
  }

  /** marked writes a hard break as {@code <br>} and swallows the newline after it. */
  private static final class HardBreakRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;

    HardBreakRenderer(HtmlNodeRendererContext context) {
      this.context = context;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(HardLineBreak.class);
    }

    @Override
    public void render(Node node) {
      context.getWriter().tag("br", Map.of(), true);
    }
  }
}
