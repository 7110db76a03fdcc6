package dev.flowsmith.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemplatePathsTest {

  @Test
  void plainNamesUseDotsOddKeysBracketsAndIndexesBrackets() {
    String items = TemplatePaths.member(TemplatePaths.member("$trigger", "body"), "items");
    assertThat(TemplatePaths.member(TemplatePaths.index(items, 0), "id")).isEqualTo("$trigger.body.items[0].id");
    assertThat(TemplatePaths.member("read", "my key")).isEqualTo("read[\"my key\"]");
    assertThat(TemplatePaths.member("read", "say \"hi\"")).isEqualTo("read['say \"hi\"']");
    assertThat(TemplatePaths.member("", "push_to_crm")).isEqualTo("push_to_crm");
    assertThat(TemplatePaths.member("headers", "content-type")).isEqualTo("headers[\"content-type\"]");
  }
}
