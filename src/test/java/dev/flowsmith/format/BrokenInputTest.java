package dev.flowsmith.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A corpus of broken files: each gives one FlowFormatException whose message names the file,
 * the line and column, and the JSON path where the problem is one of schema.
 */
class BrokenInputTest {

  private static final Path BROKEN = Path.of("src/test/resources/broken");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      truncated.json                 | :54:13   |                              | malformed JSON: Unexpected end-of-input
      trailing-comma.json            | :4:18    |                              | malformed JSON: Unexpected character (',')
      empty.json                     | :1:1     |                              | the file is empty
      two-documents.json             | :100:1   |                              | unexpected content after the end
      duplicate-key.json             | :5:     |                              | malformed JSON: Duplicate field 'icon'
      unquoted-key.json              | :5:3     |                              | malformed JSON: Unexpected character ('c'
      single-quotes.json             | :7:3     |                              | malformed JSON: Unexpected character (''')
      not-utf8.json                  |          |                              | not UTF-8 text
      scalar-root.json               | :1:1     | $                            | expected a flow object or an array of flows, found string
      deep-nesting.json              |          |                              | nested deeper than 500 levels
      missing-name.json              | :1:1     | $                            | missing required field "name"
      position-as-string.json        | :52:21   | $.operations[1].position_x   | must be a whole number, found string
      position-fraction.json         | :83:     | $.operations[2].position_y   | must be a whole number, found 1.5
      operation-without-key.json     | :23:5    | $.operations[0]              | missing required field "key"
      operation-type-null.json       | :51:15   | $.operations[1].type         | must be a string, found null
      operations-object.json         | :22:17   | $.operations                 | must be an array of operations, found object
      operation-of-other-flow.json   | :94:15   | $.operations[2].flow         | names flow 00000000-0000-4000-8000-000000000000
      options-bad-json-string.json   | :10:14   | $.options                    | holds a string that is not valid JSON
      id-number.json                 | :2:     | $.id                         | must be a string, found number
      bundle-version-3.json          | :2:     | $.version                    | unsupported Studio bundle version 3
      bundle-flows-not-array.json    | :3:     | $.flows                      | must be an array of {flow, operations} entries
      directus-error-response.json   | :2:     | $.errors                     | Directus error response, not a flow: You don't have permission
      operation-is-string.json       | :23:5    | $.operations[0]              | operations are listed by id only
      """)
  void brokenFileGivesOneClearLocatedMessage(String file, String position, String path, String problem) {
    Path input = BROKEN.resolve(file);
    FlowFormatException error = FormatsTest.catchFormatError(() -> FlowReader.read(input));

    assertThat(error.getMessage()).startsWith(input.toString() + (position == null ? ":" : position));
    if (path != null) {
      assertThat(error.jsonPath()).isEqualTo(path);
      assertThat(error.getMessage()).contains(": " + path + ": ");
    }
    assertThat(error.problem()).contains(problem);
    assertThat(error.getMessage()).doesNotContain("\n");
  }
}
