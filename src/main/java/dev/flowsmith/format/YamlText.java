package dev.flowsmith.format;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads YAML text (what the Directus app's {@code ?export=yaml} gives, js-yaml's dump of the
 * items) into the same located tree {@link JsonText} gives for JSON. Scalars follow YAML 1.2's
 * core schema as js-yaml writes it: {@code yes}/{@code no}/{@code on}/{@code off} stay strings.
 */
public final class YamlText {

  /** SnakeYAML stops at 3 MB by default; a 1,600-flow export is larger, and reading stays linear. */
  private static final int MAX_CODE_POINTS = Integer.MAX_VALUE;

  private static final YAMLFactory FACTORY = YAMLFactory.builder()
      .loaderOptions(loaderOptions())
      .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(JsonText.MAX_DEPTH).build())
      .build();

  private YamlText() {}

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(50);
    return options;
  }

  /** Parses one YAML document; errors give the line and column SnakeYAML reports. */
  public static ParsedJson parse(String text, @Nullable String source) throws FlowFormatException {
    try {
      return JsonText.parseWith(FACTORY.createParser(text), source, "YAML");
    } catch (IOException unexpected) {
      throw new FlowFormatException(source, null, null, "unreadable YAML: " + unexpected.getMessage());
    }
  }
}
