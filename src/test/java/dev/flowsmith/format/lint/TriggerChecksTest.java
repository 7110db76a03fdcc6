package dev.flowsmith.format.lint;

import static dev.flowsmith.format.lint.Severity.ERROR;
import static dev.flowsmith.format.lint.Severity.WARNING;
import static dev.flowsmith.format.lint.TestFlows.base;
import static dev.flowsmith.format.lint.TestFlows.found;
import static dev.flowsmith.format.lint.TestFlows.json;
import static dev.flowsmith.format.lint.TestFlows.lint;
import static dev.flowsmith.format.lint.TestFlows.problem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TriggerChecksTest {

  private static List<LintProblem> trigger(@Nullable String trigger, String options) {
    return lint(base().withTrigger(trigger, json(options)));
  }

  private static Flow withAccountability(@Nullable String accountability) {
    Flow f = base();
    return new Flow(f.id(), f.name(), f.icon(), f.color(), f.description(), f.status(), f.trigger(), accountability,
        f.options(), f.operation(), f.dateCreated(), f.userCreated(), f.operations(), f.extra());
  }

  @Test
  void statusIsActiveOrInactive() {
    List<LintProblem> problems = lint(base().withStatus("draft"));

    assertThat(found(problems)).containsExactly(problem("invalid-status", ERROR, "$.status"));
    assertThat(lint(base().withStatus("inactive"))).isEmpty();
  }

  @Test
  void accountabilityIsAllActivityOrNull() {
    assertThat(found(lint(withAccountability("$public"))))
        .containsExactly(problem("invalid-accountability", ERROR, "$.accountability"));
    assertThat(lint(withAccountability("activity"))).isEmpty();
    assertThat(lint(withAccountability(null))).isEmpty();
  }

  @Test
  void aFlowWithoutTriggerNeverStarts() {
    assertThat(found(trigger(null, "{}"))).containsExactly(problem("missing-trigger", WARNING, "$.trigger"));
  }

  @Test
  void anUnknownTriggerIsAnError() {
    List<LintProblem> problems = trigger("cron", "{}");

    assertThat(found(problems)).containsExactly(problem("unknown-trigger", ERROR, "$.trigger"));
    assertThat(problems.get(0).message()).contains("\"cron\"");
  }

  @Test
  void triggerOptionsMustBeAnObjectOrNull() {
    assertThat(found(trigger("webhook", "['POST']")))
        .containsExactly(problem("options-not-object", ERROR, "$.options"));
    assertThat(lint(base().withTrigger("webhook", JsonValue.NULL))).isEmpty();
  }

  @Test
  void aManualTriggerNeedsCollections() {
    List<LintProblem> problems = trigger("manual", "{'collections': [], 'location': 'item'}");

    assertThat(found(problems)).containsExactly(problem("missing-required-option", ERROR, "$.options.collections"));
    assertThat(problems.get(0).message()).startsWith("The Manual trigger has no Collections (collections)");
  }

  @Test
  void aScheduleNeedsACron() {
    assertThat(found(trigger("schedule", "{}"))).containsExactly(problem("missing-required-option", ERROR,
        "$.options.cron"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"every day", "0 3 * *", "0 0 3 * * * *", "0 3 * * * ;"})
  void aCronThatIsNotFiveOrSixFieldsIsNeverScheduled(String cron) {
    assertThat(found(trigger("schedule", "{'cron': '" + cron + "'}")))
        .containsExactly(problem("invalid-cron", ERROR, "$.options.cron"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0 3 * * *", "*/15 * * * *", "0 0 3 * * MON-FRI", "0 12 L * ?", "0 9 * * 1#2"})
  void usualCronsAreFine(String cron) {
    assertThat(trigger("schedule", "{'cron': '" + cron + "'}")).isEmpty();
  }

  @Test
  void anEventTriggerNeedsTypeAndScope() {
    assertThat(found(trigger("event", "{}"))).containsExactly(
        problem("missing-required-option", ERROR, "$.options.type"),
        problem("missing-required-option", ERROR, "$.options.scope"));
  }

  @Test
  void itemScopesNeedCollections() {
    List<LintProblem> problems = trigger("event", "{'type': 'action', 'scope': ['items.create', 'items.sort']}");

    assertThat(found(problems)).containsExactly(problem("missing-required-option", ERROR, "$.options.collections"));
    assertThat(problems.get(0).message()).contains("items.create").doesNotContain("items.sort");
  }

  @Test
  void scopesAndCollectionsMayBeCommaSeparatedText() {
    assertThat(trigger("event", "{'type': 'filter', 'scope': 'items.update, items.create', 'collections': 'a'}"))
        .isEmpty();
    assertThat(trigger("event", "{'type': 'action', 'scope': ['items.sort', 'server.start']}")).isEmpty();
  }

  @Test
  void anEventTypeOtherThanFilterOrActionRegistersNothing() {
    assertThat(found(trigger("event", "{'type': 'before', 'scope': ['server.start']}")))
        .containsExactly(problem("invalid-trigger-option", ERROR, "$.options.type"));
  }

  @Test
  void aWebhookAnswersOnlyGetAndPost() {
    assertThat(found(trigger("webhook", "{'method': 'PUT'}")))
        .containsExactly(problem("invalid-trigger-option", ERROR, "$.options.method"));
    assertThat(trigger("webhook", "{'method': 'GET'}")).isEmpty();
  }
}
