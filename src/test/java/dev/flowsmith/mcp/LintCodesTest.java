package dev.flowsmith.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.format.lint.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The lint-codes resource follows the lint checks: every code they report, at the severity they report it. */
class LintCodesTest {

  private static final Pattern REPORT = Pattern.compile("context\\.(error|warning|info)\\(\"([a-z-]+)\",");
  private static final Pattern DUPLICATE_TARGET = Pattern.compile("context\\.error\\(\"duplicate-\" \\+ field \\+ \"-target\"");

  @Test
  void everyCodeTheChecksReportIsExplainedWithItsSeverity() throws Exception {
    Map<String, Severity> reported = new HashMap<>();
    try (Stream<Path> sources = Files.list(Path.of("src/main/java/dev/flowsmith/format/lint"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        String text = Files.readString(source);
        Matcher m = REPORT.matcher(text);
        while (m.find()) {
          reported.put(m.group(2), Severity.valueOf(m.group(1).toUpperCase(Locale.ROOT)));
        }
        if (DUPLICATE_TARGET.matcher(text).find()) {
          reported.put("duplicate-resolve-target", Severity.ERROR);
          reported.put("duplicate-reject-target", Severity.ERROR);
        }
      }
    }
    assertThat(reported).hasSizeGreaterThan(30);
    Map<String, Severity> explained = new HashMap<>();
    LintCodes.CODES.forEach((code, c) -> explained.put(code, c.severity()));
    assertThat(explained).isEqualTo(reported);
    assertThat(LintCodes.text()).contains("| `cycle` | error |").contains("refuse cycle, dangling-link");
  }
}
