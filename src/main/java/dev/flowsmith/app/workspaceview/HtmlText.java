package dev.flowsmith.app.workspaceview;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mail's HTML as readable text, since the app has no web view: block elements become paragraph
 * breaks, list items bullets, links "text (address)", entities their characters, other tags nothing.
 */
final class HtmlText {

  private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style|head)\\b.*?</\\1\\s*>|<!--.*?-->");
  private static final Pattern LINK = Pattern.compile("(?is)<a\\b[^>]*?href\\s*=\\s*(\"([^\"]*)\"|'([^']*)')[^>]*>(.*?)</a\\s*>");
  private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");
  private static final Pattern BLOCK_END = Pattern.compile(
      "(?i)</?(p|div|h[1-6]|ul|ol|table|tr|blockquote|pre|hr|section|article|header|footer)\\b[^>]*>");
  private static final Pattern ITEM = Pattern.compile("(?i)<li\\b[^>]*>");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern NUMERIC = Pattern.compile("&#(x[0-9a-fA-F]+|[0-9]+);");

  private HtmlText() {}

  static String toText(String html) {
    String text = HIDDEN.matcher(html).replaceAll("");
    text = text.replaceAll("\\s+", " "); // HTML source line breaks are spaces
    text = links(text);
    text = BREAK.matcher(text).replaceAll("\n");
    text = ITEM.matcher(text).replaceAll("\n• ");
    text = BLOCK_END.matcher(text).replaceAll("\n\n");
    text = TAG.matcher(text).replaceAll("");
    text = entities(text);
    text = text.replaceAll("[ \\t]*\n[ \\t]*", "\n").replaceAll("\n{3,}", "\n\n");
    return text.strip();
  }

  private static String links(String html) {
    Matcher link = LINK.matcher(html);
    StringBuilder out = new StringBuilder();
    while (link.find()) {
      String href = link.group(2) != null ? link.group(2) : link.group(3);
      String label = TAG.matcher(link.group(4)).replaceAll("").strip();
      String shown = label.isEmpty() || label.equals(href) ? href : label + " (" + href + ")";
      link.appendReplacement(out, Matcher.quoteReplacement(shown));
    }
    link.appendTail(out);
    return out.toString();
  }

  private static String entities(String text) {
    Matcher numeric = NUMERIC.matcher(text);
    StringBuilder out = new StringBuilder();
    while (numeric.find()) {
      String code = numeric.group(1).toLowerCase(Locale.ROOT);
      int point = code.startsWith("x") ? Integer.parseInt(code.substring(1), 16) : Integer.parseInt(code);
      String character = Character.isValidCodePoint(point) ? new String(Character.toChars(point)) : "";
      numeric.appendReplacement(out, Matcher.quoteReplacement(character));
    }
    numeric.appendTail(out);
    return out.toString().replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&#39;", "'").replace("&apos;", "'").replace("&amp;", "&");
  }
}
