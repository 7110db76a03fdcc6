package dev.flowsmith.app.edit;

import static dev.flowsmith.app.edit.EditFixtures.flow;
import static dev.flowsmith.app.edit.EditFixtures.op;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.model.Flow;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OperationKeysTest {

  private static final Flow FLOW = flow("a", op("a", "send_mail", 19, 1), op("a", "log", 37, 1));

  @Test
  void slugLowerCasesAndJoinsWordsWithOneUnderscore() {
    assertThat(OperationKeys.slug("Send Mail")).isEqualTo("send_mail");
    assertThat(OperationKeys.slug("  Fetch -- CRM  (v2) ")).isEqualTo("fetch_crm_v2");
    assertThat(OperationKeys.slug("Größe")).isEqualTo("gr_e");
    assertThat(OperationKeys.slug("!!!")).isEmpty();
  }

  @Test
  void problemsAreSentencesAPersonCanActOn() {
    assertThat(OperationKeys.problem(FLOW, null, "")).contains("A key is required.");
    assertThat(OperationKeys.problem(FLOW, null, "$last")).get().asString().contains("reserved");
    assertThat(OperationKeys.problem(FLOW, null, "Send Mail")).get().asString().contains("lower-case");
    assertThat(OperationKeys.problem(FLOW, null, "log")).get().asString().contains("already has the key \"log\"");
    assertThat(OperationKeys.problem(FLOW, "a-log", "log")).as("its own key is fine").isEmpty();
    assertThat(OperationKeys.problem(FLOW, null, "fresh-key_2")).isEmpty();
  }

  @Test
  void uniqueCountsUpFromTwo() {
    assertThat(OperationKeys.unique("log", Set.of())).isEqualTo("log");
    assertThat(OperationKeys.unique("log", Set.of("log", "log_2"))).isEqualTo("log_3");
  }

  @Test
  void placeholdersAndSuffixes() {
    assertThat(OperationKeys.randomSuffix()).matches("[a-z]{5}");
    assertThat(OperationKeys.placeholder(FLOW, "Send Mail")).matches("send_mail_[a-z]{5}");
    assertThat(OperationKeys.keys(FLOW, "a-log")).containsExactly("send_mail");
  }
}
