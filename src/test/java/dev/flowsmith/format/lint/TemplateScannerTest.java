package dev.flowsmith.format.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateScannerTest {

  @Test
  void tagsAreTrimmedAndTextOutsideThemIgnored() {
    TemplateScanner.Scan scan = TemplateScanner.scan("a {{ x.y }} b {{z}} }} c");

    assertThat(scan.paths()).containsExactly("x.y", "z");
    assertThat(scan.error()).isNull();
  }

  @Test
  void tagsBeforeABrokenOneAreStillFound() {
    TemplateScanner.Scan scan = TemplateScanner.scan("{{ a }} {{ }}");

    assertThat(scan.paths()).containsExactly("a");
    assertThat(scan.error()).isEqualTo("Unexpected \"}}\" tag found at position 11");
  }

  @Test
  void closingBracesMustFollowWithinAThousandCharacters() {
    assertThat(TemplateScanner.scan("{{ " + "a".repeat(1000) + " }}").error()).startsWith("Missing \"}}\"");
    assertThat(TemplateScanner.scan("{{" + "a".repeat(1000) + "}}").error()).isNull();
  }

  @ParameterizedTest
  @CsvSource({"read_items[0].id, read_items", "$trigger.body, $trigger", "x, x", "' a .b', a", "[0].x, ''"})
  void theRootIsTheFirstSegment(String path, String root) {
    assertThat(TemplateScanner.root(path)).isEqualTo(root);
  }
}
