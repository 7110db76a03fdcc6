package dev.flowsmith.format;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.core.JsonParseException;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

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
      .streamReadConstraints(JsonText.READ_CONSTRAINTS)
      .build();

  private YamlText() {}

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(50);
    return options;
  }

  /**
   * SnakeYAML's own problem and where it is ({@code expected ',' or ']', but got <stream end>} at
   * 3:1), rather than Jackson's first line ("while parsing a flow sequence"); null if not from YAML.
   */
  static @Nullable FlowFormatException problemOf(@Nullable String source, JsonParseException failure) {
    if (!(failure.getCause() instanceof MarkedYAMLException yaml) || yaml.getProblemMark() == null) {
      return null;
    }
    Mark mark = yaml.getProblemMark();
    String context = yaml.getContext() == null ? "" : " (" + yaml.getContext() + ")";
    return new FlowFormatException(source, new SourceLocation(mark.getLine() + 1, mark.getColumn() + 1), null,
        "malformed YAML: " + yaml.getProblem() + context);
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
