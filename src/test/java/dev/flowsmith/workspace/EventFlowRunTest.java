package dev.flowsmith.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowsmith.engine.TestOperations;
import dev.flowsmith.engine.item.ItemAccess;
import dev.flowsmith.engine.item.Query;
import dev.flowsmith.engine.mail.MailMessage;
import dev.flowsmith.engine.mail.MailSettings;
import dev.flowsmith.engine.operation.LogSink;
import dev.flowsmith.engine.operation.RunServices;
import dev.flowsmith.engine.run.FlowRunException;
import dev.flowsmith.engine.run.FlowRunner;
import dev.flowsmith.engine.run.FlowSource;
import dev.flowsmith.engine.run.InMemoryWorld;
import dev.flowsmith.engine.run.RunLimits;
import dev.flowsmith.engine.run.RunRequest;
import dev.flowsmith.engine.run.RunResult;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.format.FlowReader;
import dev.flowsmith.model.Flow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Event flows run by the real FlowRunner against the example workspace data. */
class EventFlowRunTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/email-on-publish");
  private static final ItemAccess EMITTING = EventedItemStoreTest.EMITTING;

  private final BlockingQueue<RunResult> runs = new LinkedBlockingQueue<>();
  private final EventTriggers triggers = new EventTriggers(this::launch);
  private final EventedItemStore store = new EventedItemStore(EventedItemStoreTest.seededStore(), triggers);
  private final InMemoryWorld world = new InMemoryWorld(store);
  private final RunServices services = world.services(LogSink.DISCARD)
      .add(MailSettings.class, MailSettings.defaults()).build();
  private final FlowRunner runner = new FlowRunner(TestOperations.registry(), FlowSource.NONE, RunLimits.DEFAULT);

  private RunResult launch(Flow flow, JsValue trigger, JsValue accountability) throws FlowRunException {
    RunResult result = runner.run(RunRequest.of(flow, trigger, services).withAccountability(accountability));
    runs.add(result);
    return result;
  }

  @AfterEach
  void close() {
    triggers.close();
  }

  private static Flow flow(String json) throws Exception {
    return FlowReader.read(json, "test").single();
  }

  @Test
  void publishingAnArticleRunsEmailOnPublishWithTheGoldenTrigger() throws Exception {
    triggers.reload(List.of(FlowReader.read(Path.of("resources/examples/email-on-publish.json")).single()));

    store.updateOne("articles", JsValue.of("2"), JsObject.of("status", JsValue.of("published")), EMITTING);

    RunResult run = runs.poll(10, TimeUnit.SECONDS);
    assertThat(run).isNotNull();
    JsValue expected = JsJson.parse(Files.readString(GOLDEN.resolve("published-notifies-author.trigger.json")));
    assertThat(JsJson.stringify(run.chain().get("$trigger"))).isEqualTo(JsJson.stringify(expected));
    JsObject mail = (JsObject) JsJson.parse(Files.readString(GOLDEN.resolve("published-notifies-author.mail.json")));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (world.outbox().messages().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20); // the mail operation sends in the background
    }
    MailMessage sent = world.outbox().messages().get(0);
    assertThat(sent.subject()).isEqualTo(((JsString) mail.get("subject")).value());
    assertThat(sent.html()).isEqualTo(((JsString) mail.get("html")).value());
  }

  @Test
  void anUpdateWithoutEmitEventsRunsNothing() throws Exception {
    triggers.reload(List.of(FlowReader.read(Path.of("resources/examples/email-on-publish.json")).single()));

    store.updateOne("articles", JsValue.of("2"), JsObject.of("status", JsValue.of("published")),
        new ItemAccess(JsValue.NULL, false));

    assertThat(runs.poll(300, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void aRejectingFilterFlowFailsTheCreateAndStoresNothing() throws Exception {
    triggers.reload(List.of(flow("""
        {"id": "guard", "name": "Require title", "status": "active", "trigger": "event", "accountability": "all",
         "options": {"type": "filter", "scope": ["items.create"], "collections": ["articles"]},
         "operation": "op1",
         "operations": [{"id": "op1", "name": "Has title", "key": "has_title", "type": "condition",
           "position_x": 19, "position_y": 1, "resolve": null, "reject": null, "flow": "guard",
           "options": {"filter": {"$trigger": {"payload": {"title": {"_nnull": true}}}}}}]}
        """)));
    int before = articles().size();

    assertThatThrownBy(() -> store.createOne("articles", JsObject.of("slug", JsValue.of("untitled")), EMITTING))
        .isInstanceOfSatisfying(JsException.class,
            thrown -> assertThat(JsJson.stringify(thrown.value()).orElseThrow())
                .contains("FAILED_VALIDATION", "\"path\":[\"payload\",\"title\"]"));
    assertThat(articles()).hasSize(before);

    store.createOne("articles", JsObject.of("title", JsValue.of("Titled")), EMITTING);
    assertThat(articles()).hasSize(before + 1);
  }

  @Test
  void aFilterFlowReturningLastReplacesWhatIsStored() throws Exception {
    triggers.reload(List.of(flow("""
        {"id": "shape", "name": "Default slug", "status": "active", "trigger": "event", "accountability": "all",
         "options": {"type": "filter", "scope": ["items.create"], "collections": ["articles"], "return": "$last"},
         "operation": "op1",
         "operations": [{"id": "op1", "name": "Shape", "key": "shape", "type": "transform",
           "position_x": 19, "position_y": 1, "resolve": null, "reject": null, "flow": "shape",
           "options": {"json": {"title": "{{$trigger.payload.title}}", "slug": "from-filter"}}}]}
        """)));

    JsValue key = store.createOne("articles", JsObject.of("title", JsValue.of("Hello")), EMITTING);

    JsObject stored = store.readOne("articles", key, Query.EMPTY, ItemAccess.system());
    assertThat(stored.get("title")).isEqualTo(JsValue.of("Hello"));
    assertThat(stored.get("slug")).isEqualTo(JsValue.of("from-filter"));
  }

  private List<JsObject> articles() {
    return store.readByQuery("articles", Query.EMPTY.withLimit(-1), ItemAccess.system());
  }
}
