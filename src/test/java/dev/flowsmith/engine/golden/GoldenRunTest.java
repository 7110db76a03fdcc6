package dev.flowsmith.engine.golden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.item.InMemoryItemStore;
import dev.flowsmith.engine.item.ItemAccess;
import dev.flowsmith.engine.item.ItemStoreLoader;
import dev.flowsmith.engine.item.Query;
import dev.flowsmith.engine.mail.MailMessage;
import dev.flowsmith.engine.mail.MailSettings;
import dev.flowsmith.engine.operation.LogSink;
import dev.flowsmith.engine.TestOperations;
import dev.flowsmith.engine.run.FlowRunner;
import dev.flowsmith.engine.run.FlowSource;
import dev.flowsmith.engine.run.InMemoryWorld;
import dev.flowsmith.engine.run.RunLimits;
import dev.flowsmith.engine.run.RunLogWriter;
import dev.flowsmith.engine.run.RunRequest;
import dev.flowsmith.engine.run.RunResult;
import dev.flowsmith.engine.run.StepRecord;
import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden case (golden/README.md): the example flow run with the exact {@code $trigger}
 * against the schema snapshot and seed items gives the chain, steps, written rows and mail that a
 * real Directus 11.11 server gave.
 */
class GoldenRunTest {

  static List<GoldenCase> cases() {
    return GoldenCase.all();
  }

  /** The chain without $accountability and $env, and the steps' key/status/options, as expected.json holds them. */
  static JsObject observed(RunResult result) {
    JsObject.Builder chain = JsObject.builder();
    result.chain().members().forEach((key, value) -> {
      if (!key.equals("$accountability") && !key.equals("$env")) {
        chain.put(key, value);
      }
    });
    List<JsValue> steps = new ArrayList<>();
    for (StepRecord step : result.steps()) {
      steps.add(RunLogWriter.step(step, JsObject.EMPTY).without("operation"));
    }
    // the chain travels as HTTP JSON (errors keep only enumerable properties); steps as the run log
    return JsObject.builder().put("chain", JsJson.parse(JsJson.stringify(chain.build()).orElseThrow()))
        .put("steps", new JsArray(steps)).build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theRunMatchesWhatDirectusDid(GoldenCase golden) throws Exception {
    InMemoryItemStore store = ItemStoreLoader.load(GoldenCase.EXAMPLES.resolve("schema-snapshot.json"),
        GoldenCase.EXAMPLES.resolve("seed-items.json"), null);
    golden.setup().ifPresent(setup -> ItemStoreLoader.applySetup(store, setup));
    InMemoryWorld world = new InMemoryWorld(store);
    RunRequest request = RunRequest.of(golden.flow(), golden.trigger(),
        world.services(LogSink.DISCARD).add(MailSettings.class, MailSettings.defaults()).build());

    RunResult result = new FlowRunner(TestOperations.registry(), FlowSource.NONE, RunLimits.DEFAULT)
        .run(request);

    assertThat(Ignored.strip(observed(result), golden.ignore()))
        .isEqualTo(Ignored.strip(golden.expected(), golden.ignore()));
    if (golden.after().isPresent()) {
      JsObject after = (JsObject) Ignored.withoutIgnoredColumns(golden.after().get(), golden.ignore());
      JsObject.Builder observedRows = JsObject.builder();
      for (String collection : after.keys()) {
        observedRows.put(collection, new JsArray(new ArrayList<>(
            store.readByQuery(collection, Query.EMPTY.withLimit(-1), ItemAccess.system()))));
      }
      // columns the server sets (ignore.json's after.… paths) are left out of after.json (golden README)
      JsObject observed = (JsObject) Ignored.withoutIgnoredColumns(observedRows.build(), golden.ignore());
      for (String collection : after.keys()) {
        assertThat(JsJson.stringify(observed.get(collection))).as("rows of " + collection)
            .isEqualTo(JsJson.stringify(after.get(collection)));
      }
    }
    if (golden.mail().isPresent()) {
      JsObject mail = (JsObject) golden.mail().get();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (world.outbox().messages().isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(20); // the mail operation sends in the background, as Directus does
      }
      assertThat(world.outbox().messages()).hasSize(1);
      MailMessage sent = world.outbox().messages().get(0);
      assertThat(sent.from()).isEqualTo(((dev.flowsmith.engine.value.JsString) mail.get("from")).value());
      assertThat(sent.subject()).isEqualTo(((dev.flowsmith.engine.value.JsString) mail.get("subject")).value());
      assertThat(sent.html()).isEqualTo(((dev.flowsmith.engine.value.JsString) mail.get("html")).value());
    }
  }
}
