package dev.flowsmith.format.lint;

import static dev.flowsmith.format.lint.Severity.ERROR;
import static dev.flowsmith.format.lint.Severity.INFO;
import static dev.flowsmith.format.lint.TestFlows.found;
import static dev.flowsmith.format.lint.TestFlows.lint;
import static dev.flowsmith.format.lint.TestFlows.problem;
import static dev.flowsmith.format.lint.TestFlows.retype;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequestChecksTest {

  private static List<LintProblem> request(String moreOptions) {
    return lint(retype("notify", "request", "{'method': 'POST', 'url': 'https://example.com', " + moreOptions + "}"));
  }

  @Test
  void headersGivenAsAnObjectAreRejectedAtRunTime() {
    List<LintProblem> problems = request("'headers': {'Authorization': '{{ $env.TOKEN }}', 'X-Id': '1'}");

    assertThat(found(problems))
        .containsExactly(problem("request-headers-not-list", ERROR, "$.operations[1].options.headers"));
    assertThat(problems.get(0).message()).contains("\"notify\"", "TypeError",
        "[{\"header\": \"Authorization\", \"value\": …}, {\"header\": \"X-Id\", \"value\": …}]");
  }

  @Test
  void headersGivenAsTextAreNotAList() {
    assertThat(found(request("'headers': 'Authorization: Bearer {{ $env.TOKEN }}'")))
        .containsExactly(problem("request-headers-not-list", ERROR, "$.operations[1].options.headers"));
  }

  @Test
  void aWholeValueTemplateMayProduceTheList() {
    assertThat(request("'headers': '{{ read.headers }}'")).isEmpty();
  }

  @Test
  void eachHeaderNeedsANameAndAValue() {
    List<LintProblem> problems = request("'headers': [{'value': 'x'}, {'header': 'X-Id'}, 'X-Other: 1',"
        + " {'header': 'Accept', 'value': 'application/json'}]");

    assertThat(found(problems)).containsExactly(
        problem("request-header-incomplete", ERROR, "$.operations[1].options.headers[0].header"),
        problem("request-header-incomplete", ERROR, "$.operations[1].options.headers[1].value"),
        problem("request-header-incomplete", ERROR, "$.operations[1].options.headers[2]"));
    assertThat(problems.get(1).message()).contains("\"notify\"", "\"X-Id\"");
  }

  @Test
  void aBodyGivenAsAnObjectWorksButIsNoted() {
    List<LintProblem> problems = request("'body': {'name': '{{ read.title }}'}");

    assertThat(found(problems)).containsExactly(problem("request-body-not-string", INFO,
        "$.operations[1].options.body"));
    assertThat(problems.get(0).message()).contains("\"notify\"", "works");
  }

  @Test
  void aBodyGivenAsTextIsFine() {
    assertThat(request("'body': '{\\\"name\\\": \\\"{{ read.title }}\\\"}'")).isEmpty();
  }
}
