package dev.flowsmith.engine.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsNumbersTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      0.1                     | 0.1
      1e21                    | 1e+21
      1e-7                    | 1e-7
      123e-20                 | 1.23e-18
      5                       | 5
      5.0                     | 5
      1.5                     | 1.5
      100                     | 100
      9007199254740992        | 9007199254740992
      0.000001                | 0.000001
      -1.5e-9                 | -1.5e-9
      1.7976931348623157e308  | 1.7976931348623157e+308
      4.9e-324                | 5e-324
      1e20                    | 100000000000000000000
      123456789012345678901   | 123456789012345680000
      1152921504606846976     | 1152921504606847000
      0.30000000000000004     | 0.30000000000000004
      2e23                    | 2e+23
      1e23                    | 1e+23
      -0.0                    | 0
      1.2e-6                  | 0.0000012
      12.5                    | 12.5
      """)
  void printsLikeJavaScript(double value, String expected) {
    assertThat(JsNumbers.toString(value)).isEqualTo(expected);
  }

  @Test
  void printsSpecialValues() {
    assertThat(JsNumbers.toString(Double.NaN)).isEqualTo("NaN");
    assertThat(JsNumbers.toString(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
    assertThat(JsNumbers.toString(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
    assertThat(JsNumbers.toString(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    assertThat(JsNumbers.toString(2.0 / 3)).isEqualTo("0.6666666666666666");
  }

  /** 1,700 doubles (fixed edge cases plus random bit patterns) with the text Node.js printed. */
  @Test
  void matchesNodeOnEveryRecordedDouble() throws IOException {
    List<String> mismatches = new ArrayList<>();
    int checked = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        Objects.requireNonNull(getClass().getResourceAsStream("/js-numbers.tsv")), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] columns = line.split("\t");
        double value = Double.longBitsToDouble(Long.parseUnsignedLong(columns[0], 16));
        String actual = JsNumbers.toString(value);
        if (!actual.equals(columns[1])) {
          mismatches.add(columns[0] + ": expected " + columns[1] + " but got " + actual);
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(1600);
    assertThat(mismatches).isEmpty();
  }
}
