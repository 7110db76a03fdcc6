package dev.flowsmith.engine.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** encodeurl 2.0: only characters that may not stand in a URL are encoded. */
class UrlEncodingTest {

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", quoteCharacter = '\'', value = {
      "http://example.com/a b => http://example.com/a%20b",
      "http://example.com/?q=1&r=[x]#frag => http://example.com/?q=1&r=[x]#frag",
      "http://example.com/%41%zz => http://example.com/%41%25zz",
      "http://example.com/100% => http://example.com/100%25",
      "http://example.com/%4 => http://example.com/%4",
      "http://example.com/%4g => http://example.com/%254g",
      "http://example.com/%%41 => http://example.com/%25%2541",
      "http://example.com/ü€ => http://example.com/%C3%BC%E2%82%AC",
      "http://example.com/a|b^c\\d => http://example.com/a|b^c\\d",
      "http://example.com/\uD83D\uDE00 => http://example.com/%F0%9F%98%80",
      "http://example.com/\uD83D => http://example.com/%EF%BF%BD",
  })
  void encodesIllegalCharactersOnly(String url, String encoded) {
    assertThat(UrlEncoding.encode(url)).isEqualTo(encoded);
  }

  @Test
  void encodesQuotesAnglesBackticksAndBraces() {
    assertThat(UrlEncoding.encode("http://example.com/\"<>`{}"))
        .isEqualTo("http://example.com/%22%3C%3E%60%7B%7D");
  }
}
