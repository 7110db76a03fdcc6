package dev.flowsmith.app.workspaceview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

  @Test
  void paragraphsLinksListsAndEntitiesStayReadable() {
    String html = "<html><head><style>p{}</style></head><body><p>Hi Ada,</p>\n<p>Your article <strong>Hello"
        + "\n Flows</strong> is live.<br>Read it at <a href=\"https://example.com/blog/x\">the blog</a>.</p>"
        + "<ul><li>one &amp; two</li><li>&lt;three&gt; &#8594;</li></ul><p><a href='https://a.b'>https://a.b</a></p>";

    assertThat(HtmlText.toText(html)).isEqualTo("Hi Ada,\n\nYour article Hello Flows is live.\n"
        + "Read it at the blog (https://example.com/blog/x).\n\n• one & two\n• <three> →\n\nhttps://a.b");
  }

  @Test
  void plainTextPassesThrough() {
    assertThat(HtmlText.toText("just text")).isEqualTo("just text");
  }
}
