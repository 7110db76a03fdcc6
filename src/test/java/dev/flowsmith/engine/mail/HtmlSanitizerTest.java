package dev.flowsmith.engine.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** sanitize-html's defaults on raw HTML. */
class HtmlSanitizerTest {

  @Test
  void keepsAllowedTagsAndAttributesOnly() {
    assertThat(HtmlSanitizer.sanitize(
        "<div class=\"x\" style=\"color:red\"><a href='https://a.b' target=_blank title=t>l</a></div>"))
        .isEqualTo("<div><a href=\"https://a.b\" target=\"_blank\">l</a></div>");
  }

  @Test
  void dropsDisallowedTagsButKeepsTheirText() {
    assertThat(HtmlSanitizer.sanitize("<font color=red>red</font><img src=x.png><del>gone?</del>"))
        .isEqualTo("redgone?");
  }

  @Test
  void dropsScriptsStylesAndComments() {
    assertThat(HtmlSanitizer.sanitize("a<!-- c --><style>p{}</style><script>x<y</script>b"))
        .isEqualTo("ab");
  }

  @Test
  void closesWhatIsLeftOpenAndIgnoresStrayEndTags() {
    assertThat(HtmlSanitizer.sanitize("<p><b>x</p></i>y")).isEqualTo("<p><b>x</b></p>y");
    assertThat(HtmlSanitizer.sanitize("<ul><li>a<li>b</ul>")).isEqualTo("<ul><li>a</li><li>b</li></ul>");
  }

  @Test
  void refusesUnsafeSchemesAndEscapesAttributeQuotes() {
    assertThat(HtmlSanitizer.sanitize("<a href=\" java\tscript:x\">a</a><a href=\"/rel?a=1&amp;b=&quot;\">b</a>"))
        .isEqualTo("<a>a</a><a href=\"/rel?a=1&amp;b=&quot;\">b</a>");
    assertThat(HtmlSanitizer.sanitize("<a href=\"\" name=\"n\">c</a>")).isEqualTo("<a name=\"n\">c</a>");
  }

  @Test
  void writesVoidTagsSelfClosed() {
    assertThat(HtmlSanitizer.sanitize("a<br>b<hr/>")).isEqualTo("a<br />b<hr />");
  }
}
