package dev.flowsmith.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.JsonValue.JsonString;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventSubscriptionsTest {

  static Flow eventFlow(String id, String type, List<String> scope, List<String> collections) {
    return eventFlow(id, type, JsonArray.ofStrings(scope), JsonArray.ofStrings(collections));
  }

  static Flow eventFlow(String id, String type, JsonValue scope, JsonValue collections) {
    return Flow.create(id, "Event " + id).withTrigger("event", JsonObject.builder()
        .put("type", new JsonString(type)).put("scope", scope).put("collections", collections).build());
  }

  @Test
  void itemScopesExpandPerCollectionAndSystemCollectionsDropTheirPrefix() {
    Flow flow = eventFlow("f", "action", List.of("items.create", "items.delete"),
        List.of("articles", "directus_users"));

    assertThat(EventSubscriptions.eventNames(flow)).containsExactly(
        "articles.items.create", "users.create", "articles.items.delete", "users.delete");
    assertThat(EventSubscriptions.of(List.of(flow)).actions("users.create")).containsExactly(flow);
  }

  @Test
  void itemScopesWithoutCollectionsRegisterNothingAndOtherScopesAreGlobal() {
    Flow noCollections = eventFlow("a", "action", List.of("items.create", "items.update"), List.of());
    Flow global = eventFlow("b", "filter", List.of("items.promote", "auth.login"), List.of("articles"));

    EventSubscriptions subscriptions = EventSubscriptions.of(List.of(noCollections, global));

    assertThat(subscriptions.actions()).isEmpty();
    assertThat(subscriptions.filters()).containsOnlyKeys("items.promote", "auth.login");
  }

  @Test
  void commaStringsAreSplitLikeDirectusToArray() {
    Flow flow = eventFlow("f", "filter", new JsonString("items.update"), new JsonString("articles,invoices"));

    assertThat(EventSubscriptions.eventNames(flow)).containsExactly("articles.items.update", "invoices.items.update");
  }

  @Test
  void inactiveFlowsAndUnknownTypesRegisterNothing() {
    Flow inactive = eventFlow("a", "action", List.of("items.create"), List.of("articles")).withStatus(Flow.INACTIVE);
    Flow unknownType = eventFlow("b", "blocking", List.of("items.create"), List.of("articles"));
    Flow schedule = FlowSchedulerTest.schedule("c", "* * * * *");

    EventSubscriptions subscriptions = EventSubscriptions.of(List.of(inactive, unknownType, schedule));

    assertThat(subscriptions.actions()).isEmpty();
    assertThat(subscriptions.filters()).isEmpty();
  }
}
