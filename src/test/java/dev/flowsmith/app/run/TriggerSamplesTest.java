package dev.flowsmith.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.app.Examples;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.TriggerType;
import dev.flowsmith.workspace.TestWorkspace;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriggerSamplesTest {

  private static final String T = TestWorkspace.op("t", "transform", "{\"json\":\"{{$trigger.payload.title}}\"}",
      null, null);

  @Test
  void webhookSampleListsTheBodyFieldsTheFlowReadsAndBuildsTheRequestShape() throws Exception {
    Flow flow = RunFixtures.example(Examples.WEBHOOK);
    TriggerInput sample = TriggerSamples.sample(flow);
    assertThat(sample.type()).isEqualTo(TriggerType.WEBHOOK);
    assertThat(((JsonObject) sample.get("body")).members().keySet())
        .containsExactly("email", "first_name", "last_name", "consent");

    TriggerInput input = TriggerInput.webhook(JsonObject.builder().put("X-Token", "s").build(),
        JsonObject.builder().put("page", "2").build(), JsonObject.builder().put("email", "a@b").build());
    assertThat(TriggerSamples.trigger(flow, input)).isEqualTo(JsJson.parse("{\"path\":\"/trigger/" + flow.id()
        + "\",\"query\":{\"page\":\"2\"},\"body\":{\"email\":\"a@b\"},\"method\":\"POST\","
        + "\"headers\":{\"x-token\":\"s\"}}"));
    assertThat(TriggerSamples.accountability(TriggerType.WEBHOOK)).isEqualTo(JsJson.parse(
        "{\"role\":null,\"user\":null,\"roles\":[],\"admin\":true,\"app\":true,\"ip\":\"127.0.0.1\"}"));
  }

  @Test
  void manualSendsCollectionAndKeysInAPostBodyAndWarnsLikeDirectus() throws Exception {
    Flow flow = RunFixtures.example(Examples.INVOICE_TOTALS);
    TriggerInput sample = TriggerSamples.sample(flow);
    assertThat(sample.text("collection")).isEqualTo("invoices");
    assertThat(TriggerSamples.manualProblem(flow, sample)).isEmpty();

    TriggerInput input = TriggerInput.manual("invoices", List.of(JsonValue.of(7)),
        JsonObject.builder().put("note", "x").build());
    JsValue trigger = TriggerSamples.trigger(flow, input);
    assertThat(JsJson.stringify(trigger).orElseThrow()).contains(
        "\"body\":{\"note\":\"x\",\"collection\":\"invoices\",\"keys\":[7]},\"method\":\"POST\"");
    assertThat(TriggerSamples.manualProblem(flow, TriggerInput.manual("invoices", List.of(), JsonObject.EMPTY)))
        .hasValueSatisfying(problem -> assertThat(problem).contains("selection"));
    assertThat(TriggerSamples.manualProblem(flow, TriggerInput.manual("orders", List.of(JsonValue.of(1)),
        JsonObject.EMPTY))).isPresent();
  }

  @Test
  void eventShapesFollowFilterAndActionKeyOrder() throws Exception {
    Flow action = RunFixtures.flow("event", "{\"type\":\"action\",\"scope\":[\"items.update\"],"
        + "\"collections\":[\"articles\"]}", T);
    TriggerInput sample = TriggerSamples.sample(action);
    assertThat(sample.text("scope")).isEqualTo("items.update");
    assertThat(sample.text("collection")).isEqualTo("articles");
    assertThat(((JsonObject) sample.get("payload")).has("title")).isTrue();

    TriggerInput update = TriggerInput.event("items.update", "articles", JsonObject.builder().put("a", "1").build(),
        List.of(JsonValue.of(3)));
    assertThat(TriggerSamples.trigger(action, update)).isEqualTo(JsJson.parse(
        "{\"event\":\"articles.items.update\",\"payload\":{\"a\":\"1\"},\"keys\":[3],\"collection\":\"articles\"}"));
    TriggerInput create = TriggerInput.event("items.create", "directus_users", JsonObject.EMPTY,
        List.of(JsonValue.of(9)));
    assertThat(TriggerSamples.trigger(action, create)).isEqualTo(JsJson.parse(
        "{\"event\":\"users.create\",\"payload\":{},\"key\":9,\"collection\":\"directus_users\"}"));

    Flow filter = RunFixtures.flow("event", "{\"type\":\"filter\",\"scope\":\"items.delete\"}", T);
    TriggerInput delete = TriggerInput.event("items.delete", "articles", JsonValue.NULL, List.of(JsonValue.of(1)));
    assertThat(TriggerSamples.trigger(filter, delete)).isEqualTo(JsJson.parse(
        "{\"payload\":[1],\"event\":\"articles.items.delete\",\"collection\":\"articles\"}"));
  }

  @Test
  void scheduleGivesNullsAndAnotherFlowGivesThePayload() throws Exception {
    Flow schedule = RunFixtures.flow("schedule", "{\"cron\":\"* * * * *\"}", T);
    assertThat(TriggerSamples.sample(schedule)).isEqualTo(TriggerInput.schedule());
    assertThat(TriggerSamples.trigger(schedule, TriggerInput.schedule())).isEqualTo(JsValue.NULL);
    assertThat(TriggerSamples.accountability(TriggerType.SCHEDULE)).isEqualTo(JsValue.NULL);

    Flow sub = RunFixtures.flow("operation", "{}", T);
    assertThat(TriggerSamples.sample(sub).get("payload")).isEqualTo(JsonObject.EMPTY);
    assertThat(TriggerSamples.trigger(sub, TriggerInput.payload(JsonValue.of("x")))).isEqualTo(JsValue.of("x"));
  }
}
