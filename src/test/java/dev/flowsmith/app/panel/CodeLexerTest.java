package dev.flowsmith.app.panel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.app.panel.CodeLexer.Language;
import dev.flowsmith.app.panel.CodeLexer.Span;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class CodeLexerTest {

  @Test
  void jsonKeysStringsNumbersKeywordsAndTemplates() {
    String text = "{\"id\": \"{{ $last.id }}\", \"n\": -12.5, \"ok\": true}";
    List<Span> spans = CodeLexer.spans(text, Language.JSON);

    assertThat(classAt(spans, text.indexOf("\"id\""))).isEqualTo(CodeLexer.KEY);
    assertThat(classAt(spans, text.indexOf("{{"))).isEqualTo(CodeLexer.TEMPLATE);
    assertThat(classAt(spans, text.indexOf("}}") + 1)).isEqualTo(CodeLexer.TEMPLATE);
    assertThat(classAt(spans, text.indexOf("}}") + 2)).isEqualTo(CodeLexer.STRING);
    assertThat(classAt(spans, text.indexOf("-12.5"))).isEqualTo(CodeLexer.NUMBER);
    assertThat(classAt(spans, text.indexOf("true"))).isEqualTo(CodeLexer.KEYWORD);
    assertThat(classAt(spans, 0)).isEqualTo(CodeLexer.PUNCTUATION);
  }

  @Test
  void javascriptCommentsStringsTemplateLiteralsAndKeywords() {
    String text = "// note\nconst x = `a ${b}`; /* c */ return 'd' + 42;";
    List<Span> spans = CodeLexer.spans(text, Language.JAVASCRIPT);

    assertThat(classAt(spans, 3)).isEqualTo(CodeLexer.COMMENT);
    assertThat(classAt(spans, text.indexOf("const"))).isEqualTo(CodeLexer.KEYWORD);
    assertThat(classAt(spans, text.indexOf("${b}"))).isEqualTo(CodeLexer.STRING);
    assertThat(classAt(spans, text.indexOf("/* c"))).isEqualTo(CodeLexer.COMMENT);
    assertThat(classAt(spans, text.indexOf("return"))).isEqualTo(CodeLexer.KEYWORD);
    assertThat(classAt(spans, text.indexOf("'d'"))).isEqualTo(CodeLexer.STRING);
    assertThat(classAt(spans, text.indexOf("42"))).isEqualTo(CodeLexer.NUMBER);
    assertThat(classAt(spans, text.indexOf("x ="))).isNull();
  }

  @Test
  void aLongScriptLexesQuickly() {
    String line = "  const value = data.items.map((item) => ({ id: item.id, name: `${item.name}` })); // ok\n";
    String script = line.repeat(2_000);
    long start = System.nanoTime();
    List<Span> spans = CodeLexer.spans(script, Language.JAVASCRIPT);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(spans).isNotEmpty();
    assertThat(millis).isLessThan(500);
  }

  private static @Nullable String classAt(List<Span> spans, int index) {
    return spans.stream().filter(s -> s.start() <= index && index < s.end()).map(Span::styleClass).findFirst()
        .orElse(null);
  }
}
