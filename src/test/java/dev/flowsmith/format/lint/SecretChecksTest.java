package dev.flowsmith.format.lint;

import static dev.flowsmith.format.lint.Severity.WARNING;
import static dev.flowsmith.format.lint.TestFlows.found;
import static dev.flowsmith.format.lint.TestFlows.lint;
import static dev.flowsmith.format.lint.TestFlows.problem;
import static dev.flowsmith.format.lint.TestFlows.retype;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretChecksTest {

  private static List<LintProblem> header(String name, String value) {
    return lint(retype("notify", "request", "{'url': 'https://example.com', 'headers': [{'header': 'Accept', "
        + "'value': 'application/json'}, {'header': '" + name + "', 'value': '" + value + "'}]}"));
  }

  @ParameterizedTest
  @CsvSource({
      "Authorization, Bearer eyJhbGciOiJIUzI1NiJ9.e30.abc",
      "Authorization, Basic dXNlcjpwYXNz",
      "X-API-Key, 0123456789abcdef",
      "x-auth-token, abc {{ $env.SUFFIX }}",
  })
  void aLiteralCredentialInARequestHeaderIsReported(String name, String value) {
    List<LintProblem> problems = header(name, value);

    assertThat(found(problems))
        .containsExactly(problem("secret-in-options", WARNING, "$.operations[1].options.headers[1].value"));
    assertThat(problems.get(0).message()).contains("\"notify\"", name, "$env");
  }

  @ParameterizedTest
  @CsvSource({
      "Authorization, Bearer {{ $env.CRM_API_TOKEN }}",
      "Authorization, '{{ read.token }}'",
      "X-Request-Id, 12345",
  })
  void templatesAndHarmlessHeadersAreFine(String name, String value) {
    assertThat(header(name, value)).isEmpty();
  }

  private static List<LintProblem> jwtSecret(String secret) {
    return lint(retype("notify", "json-web-token",
        "{'operation': 'sign', 'payload': '{}', 'secret': '" + secret + "'}"));
  }

  @Test
  void aLiteralJwtSecretIsReported() {
    assertThat(found(jwtSecret("hunter2")))
        .containsExactly(problem("secret-in-options", WARNING, "$.operations[1].options.secret"));
  }

  @Test
  void aJwtSecretFromTheEnvironmentIsFine() {
    assertThat(jwtSecret("{{ $env.JWT_SECRET }}")).isEmpty();
  }
}
