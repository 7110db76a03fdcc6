package dev.flowsmith.workspace;

import static dev.flowsmith.workspace.EventSubscriptionsTest.eventFlow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowsmith.engine.item.InMemoryItemStore;
import dev.flowsmith.engine.item.ItemAccess;
import dev.flowsmith.engine.item.ItemStoreLoader;
import dev.flowsmith.engine.item.Query;
import dev.flowsmith.engine.run.RunLimits;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.model.Flow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Event flows around item changes, with a recording launcher (the run itself is not under test). */
class EventedItemStoreTest {

  static final Path EXAMPLES = Path.of("resources/examples");
  static final ItemAccess EMITTING = new ItemAccess(JsValue.NULL, true);

  private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
  private FlowLauncher launcher = new FakeLauncher();
  private final EventTriggers triggers = new EventTriggers((flow, trigger, accountability) ->
      launcher.launch(flow, trigger, accountability), Executors.newCachedThreadPool(), new RunLimits(3),
      (flow, message, error) -> warnings.add(message));
  private final InMemoryItemStore inner = seededStore();
  private final EventedItemStore store = new EventedItemStore(inner, triggers);

  static InMemoryItemStore seededStore() {
    try {
      InMemoryItemStore store = InMemoryItemStore.builder(
          ItemStoreLoader.readSchema(EXAMPLES.resolve("schema-snapshot.json"))).build();
      ItemStoreLoader.seed(store, ItemStoreLoader.readJson(EXAMPLES.resolve("seed-items.json")));
      return store;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @AfterEach
  void close() {
    triggers.close();
  }

  private FakeLauncher fake() {
    return (FakeLauncher) launcher;
  }

  private static String json(JsValue value) {
    return JsJson.stringify(value).orElseThrow();
  }

  private int articleCount() {
    return inner.readByQuery("articles", Query.EMPTY.withLimit(-1), ItemAccess.system()).size();
  }

  @Test
  void aCreateFiresOneActionPerItemWithItsKey() throws Exception {
    triggers.reload(List.of(eventFlow("on-create", "action", List.of("items.create"), List.of("articles"))));

    List<JsValue> keys = store.createMany("articles",
        List.of(JsObject.of("title", JsValue.of("A")), JsObject.of("title", JsValue.of("B"))), EMITTING);

    List<String> triggersSeen = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      FakeLauncher.Launch launch = fake().next(2000);
      assertThat(launch).isNotNull();
      triggersSeen.add(json(launch.trigger()));
    }
    assertThat(triggersSeen).containsExactlyInAnyOrder(
        "{\"event\":\"articles.items.create\",\"payload\":{\"title\":\"A\"},\"key\":" + json(keys.get(0))
            + ",\"collection\":\"articles\"}",
        "{\"event\":\"articles.items.create\",\"payload\":{\"title\":\"B\"},\"key\":" + json(keys.get(1))
            + ",\"collection\":\"articles\"}");
    assertThat(fake().next(200)).isNull();
  }

  @Test
  void updateAndDeleteActionsCarryTheKeysAsGiven() throws Exception {
    triggers.reload(List.of(eventFlow("on-change", "action", List.of("items.update", "items.delete"),
        List.of("articles"))));

    store.updateOne("articles", JsValue.of("3"), JsObject.of("views", JsValue.of(5)), EMITTING);
    assertThat(json(fake().next(2000).trigger())).isEqualTo(
        "{\"event\":\"articles.items.update\",\"payload\":{\"views\":5},\"keys\":[\"3\"],\"collection\":\"articles\"}");
    store.deleteOne("articles", JsValue.of(3), EMITTING);
    assertThat(json(fake().next(2000).trigger())).isEqualTo(
        "{\"event\":\"articles.items.delete\",\"payload\":[3],\"keys\":[3],\"collection\":\"articles\"}");
  }

  @Test
  void noEventsWithoutEmitEventsButUserEditsAlwaysEmit() throws Exception {
    triggers.reload(List.of(eventFlow("on-update", "action", List.of("items.update"), List.of("articles"))));

    store.updateOne("articles", JsValue.of(3), JsObject.of("views", JsValue.of(5)), ItemAccess.system());
    assertThat(fake().next(300)).isNull();

    store.forUserEdits().updateOne("articles", JsValue.of(3), JsObject.of("views", JsValue.of(6)), ItemAccess.system());
    assertThat(fake().next(2000)).isNotNull();
  }

  @Test
  void withItemEventsOffNoFlowRunsAndFiltersDoNotVeto() throws Exception {
    launcher = new FakeLauncher();
    triggers.reload(List.of(eventFlow("on-update", "action", List.of("items.update"), List.of("articles"))));
    triggers.setEnabled(false);

    store.forUserEdits().updateOne("articles", JsValue.of(3), JsObject.of("views", JsValue.of(6)), ItemAccess.system());
    assertThat(fake().next(300)).isNull();
    assertThat(triggers.isEnabled()).isFalse();

    triggers.setEnabled(true);
    store.forUserEdits().updateOne("articles", JsValue.of(3), JsObject.of("views", JsValue.of(7)), ItemAccess.system());
    assertThat(fake().next(2000)).isNotNull();
  }

  @Test
  void systemCollectionsFireUnderTheirOwnName() throws Exception {
    triggers.reload(List.of(eventFlow("on-user", "action", List.of("items.create"), List.of("directus_users"))));

    store.createOne("directus_users", JsObject.of("email", JsValue.of("new@example.com")), EMITTING);

    assertThat(((JsObject) fake().next(2000).trigger()).get("event")).isEqualTo(JsValue.of("users.create"));
  }

  @Test
  void aFilterSeesThePayloadFirstAndItsResultIsWhatGetsStored() {
    List<String> seen = new ArrayList<>();
    launcher = (flow, trigger, accountability) -> {
      seen.add(json(trigger));
      JsObject payload = (JsObject) ((JsObject) trigger).get("payload");
      return FakeLauncher.result(flow, payload.with("slug", JsValue.of("from-filter")), false);
    };
    triggers.reload(List.of(eventFlow("slugify", "filter", List.of("items.create", "items.update"),
        List.of("articles"))));

    JsValue key = store.createOne("articles", JsObject.of("title", JsValue.of("New")), EMITTING);
    store.updateOne("articles", JsValue.of(3), JsObject.of("title", JsValue.of("Renamed")), EMITTING);

    assertThat(seen).containsExactly(
        "{\"payload\":{\"title\":\"New\"},\"event\":\"articles.items.create\",\"collection\":\"articles\"}",
        "{\"payload\":{\"title\":\"Renamed\"},\"event\":\"articles.items.update\",\"keys\":[3],"
            + "\"collection\":\"articles\"}");
    assertThat(inner.readOne("articles", key, Query.EMPTY, ItemAccess.system()).get("slug"))
        .isEqualTo(JsValue.of("from-filter"));
    assertThat(inner.readOne("articles", JsValue.of(3), Query.EMPTY, ItemAccess.system()).get("slug"))
        .isEqualTo(JsValue.of("from-filter"));
  }

  @Test
  void aFilterThatReturnsNothingLeavesThePayload() {
    launcher = (flow, trigger, accountability) -> FakeLauncher.result(flow, JsValue.UNDEFINED, false);
    triggers.reload(List.of(eventFlow("noop", "filter", List.of("items.create"), List.of("articles"))));

    JsValue key = store.createOne("articles", JsObject.of("title", JsValue.of("Kept")), EMITTING);

    assertThat(inner.readOne("articles", key, Query.EMPTY, ItemAccess.system()).get("title"))
        .isEqualTo(JsValue.of("Kept"));
  }

  @Test
  void aRejectingFilterCancelsTheChange() {
    JsValue error = JsObject.of("message", JsValue.of("Not allowed"));
    launcher = (flow, trigger, accountability) -> FakeLauncher.result(flow, error, true);
    triggers.reload(List.of(eventFlow("guard", "filter", List.of("items.create"), List.of("articles"))));
    int before = articleCount();

    assertThatThrownBy(() -> store.createOne("articles", JsObject.of("title", JsValue.of("X")), EMITTING))
        .isInstanceOfSatisfying(JsException.class, thrown -> assertThat(thrown.value()).isEqualTo(error));
    assertThat(articleCount()).isEqualTo(before);
  }

  @Test
  void aFlowWhoseChangesTriggerItselfStopsAtTheDepthLimit() {
    List<Flow> runs = new ArrayList<>();
    launcher = (flow, trigger, accountability) -> {
      runs.add(flow);
      store.updateOne("articles", JsValue.of(3), JsObject.of("views", JsValue.of(runs.size())), EMITTING);
      return FakeLauncher.result(flow, JsValue.UNDEFINED, false);
    };
    triggers.reload(List.of(eventFlow("loop", "filter", List.of("items.update"), List.of("articles"))));

    store.updateOne("articles", JsValue.of(3), JsObject.of("views", JsValue.of(0)), EMITTING);

    assertThat(runs).hasSize(3);
    assertThat(warnings).singleElement().asString().contains("nested 3 deep");
  }

  @Test
  void anActionLoopStopsAtTheDepthLimitAcrossWorkerThreads() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    launcher = (flow, trigger, accountability) -> {
      store.updateOne("articles", JsValue.of(3), JsObject.of("views", JsValue.of(runs.incrementAndGet())), EMITTING);
      return FakeLauncher.result(flow, JsValue.UNDEFINED, false);
    };
    triggers.reload(List.of(eventFlow("loop", "action", List.of("items.update"), List.of("articles"))));

    store.updateOne("articles", JsValue.of(3), JsObject.of("views", JsValue.of(0)), EMITTING);

    long deadline = System.nanoTime() + 5_000_000_000L;
    while (warnings.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    Thread.sleep(200);
    assertThat(runs).hasValue(3);
    assertThat(warnings).singleElement().asString().contains("nested 3 deep");
  }
}
