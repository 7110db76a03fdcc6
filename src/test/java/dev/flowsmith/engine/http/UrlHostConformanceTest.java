package dev.flowsmith.engine.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.JsonValue.JsonString;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Differential test against Node 22's {@code new URL()}: {@code tools/url-hosts/record-hosts.mjs}
 * recorded how Node reads a few hundred generated host spellings (octal, hex and short IPv4,
 * IPv6, IDNA, percent-encoding, trailing dots, upper case, forbidden characters, ports).
 */
class UrlHostConformanceTest {

  @Test
  void everyRecordedSpellingIsReadAsNodeReadsIt() throws Exception {
    List<String> lines = Files.readAllLines(Path.of("src/test/resources/conformance/url-hosts.jsonl"),
        StandardCharsets.UTF_8);
    JsonObject header = (JsonObject) JsonText.parseValue(lines.get(0));
    assertThat(text(header, "node")).startsWith("v22.");
    List<String> differences = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      JsonObject recorded = (JsonObject) JsonText.parseValue(line);
      String input = text(recorded, "input");
      WhatwgUrl.Parsed ours = WhatwgUrl.parse(input);
      String expected = recorded.members().containsKey("error") ? "error"
          : text(recorded, "href") + " host=" + text(recorded, "hostname") + " port=" + text(recorded, "port");
      String actual = ours == null ? "error"
          : ours.href() + " host=" + ours.host() + " port=" + ours.port();
      boolean special = WhatwgUrl.scheme(input) != null && WhatwgUrl.isSpecial(WhatwgUrl.scheme(input));
      if (!special) {
        continue; // file: and the like are left to java.net.URI; not host parsing
      }
      if (!expected.equals(actual)) {
        differences.add(JsonText.compact(new JsonString(input)) + ": node " + expected + ", ours " + actual);
      }
    }
    assertThat(differences).isEmpty();
    assertThat(lines).hasSizeGreaterThan(300);
  }

  private static String text(JsonObject object, String name) {
    JsonValue value = object.members().get(name);
    return ((JsonString) value).value();
  }
}
