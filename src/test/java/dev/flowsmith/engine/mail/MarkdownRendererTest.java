package dev.flowsmith.engine.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Markdown as Directus' {@code md()} (marked 16 + sanitize-html) renders it. Expected texts are
 * marked's output after sanitize-html, written down from their documented behaviour; one known
 * difference: an HTML block keeps commonmark's newline after it ({@code "\n"} for a lone script,
 * marked gives {@code ""}).
 */
class MarkdownRendererTest {

  private final MarkdownRenderer renderer = new MarkdownRenderer();

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", quoteCharacter = '\'', value = {
      "test body => <p>test body</p>\\n",
      "a\\nb => <p>a\\nb</p>\\n",
      "a  \\nb => <p>a<br />b</p>\\n",
      "# Title => <h1>Title</h1>\\n",
      "**bold** _em_ `code` => <p><strong>bold</strong> <em>em</em> <code>code</code></p>\\n",
      "See https://example.com/x. => <p>See <a href=\"https://example.com/x\">https://example.com/x</a>.</p>\\n",
      "(www.example.com) => <p>(<a href=\"http://www.example.com\">www.example.com</a>)</p>\\n",
      "Mail me@example.com! => <p>Mail <a href=\"mailto:me@example.com\">me@example.com</a>!</p>\\n",
      "[x](https://a.b \"T\") => <p><a href=\"https://a.b\">x</a></p>\\n",
      "[x](javascript:alert(1)) => <p><a>x</a></p>\\n",
      "![i](https://a.b/i.png) => <p></p>\\n",
      "<script>alert(1)</script> => \\n",
      "a <span onclick=\"x\">b</span> <u>c</u> => <p>a <span>b</span> <u>c</u></p>\\n",
      "Tom & \"Jerry\" <3 => <p>Tom &amp; \"Jerry\" &lt;3</p>\\n",
      "&copy; &#65; => <p>© A</p>\\n",
      "```js\\nlet a = 1;\\n``` => <pre><code>let a = 1;\\n</code></pre>\\n",
      "- a\\n- b => <ul>\\n<li>a</li>\\n<li>b</li>\\n</ul>\\n",
      "> q => <blockquote>\\n<p>q</p>\\n</blockquote>\\n",
      "--- => <hr />\\n",
  })
  void rendersLikeMarkedThenSanitizeHtml(String markdown, String html) {
    assertThat(renderer.render(unescape(markdown))).isEqualTo(unescape(html));
  }

  private static String unescape(String text) {
    return text.replace("\\n", "\n");
  }
}
