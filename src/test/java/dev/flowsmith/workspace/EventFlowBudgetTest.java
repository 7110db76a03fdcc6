package dev.flowsmith.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.TestOperations;
import dev.flowsmith.engine.operation.LogSink;
import dev.flowsmith.engine.operation.RunServices;
import dev.flowsmith.engine.run.FlowRunException;
import dev.flowsmith.engine.run.FlowRunner;
import dev.flowsmith.engine.run.FlowSource;
import dev.flowsmith.engine.run.InMemoryWorld;
import dev.flowsmith.engine.run.RunLimits;
import dev.flowsmith.engine.run.RunRequest;
import dev.flowsmith.engine.run.RunResult;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.format.FlowReader;
import dev.flowsmith.model.Flow;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A run's budget covers the event flows its item writes start, on the caller's thread or a worker. */
class EventFlowBudgetTest {

  private static final RunLimits LIMITS = RunLimits.DEFAULT.withMaxFlows(5);

  private final BlockingQueue<RunResult> runs = new LinkedBlockingQueue<>();
  private final AtomicInteger refused = new AtomicInteger();
  private final EventTriggers triggers = new EventTriggers(this::launch,
      java.util.concurrent.Executors.newCachedThreadPool(), LIMITS, (flow, message, cause) -> refused.incrementAndGet());
  private final EventedItemStore store = new EventedItemStore(EventedItemStoreTest.seededStore(), triggers);
  private final RunServices services = new InMemoryWorld(store).services(LogSink.DISCARD).build();
  private final FlowRunner runner = new FlowRunner(TestOperations.registry(), FlowSource.NONE, LIMITS);

  /** An action flow whose step creates an article, which starts the flow again. */
  private final Flow echo = flow("""
      {"id": "echo", "name": "Echo", "status": "active", "trigger": "event", "accountability": "all",
       "options": {"type": "action", "scope": ["items.create"], "collections": ["articles"]},
       "operation": "op1",
       "operations": [{"id": "op1", "key": "again", "type": "item-create", "position_x": 19, "position_y": 1,
         "resolve": null, "reject": null, "flow": "echo",
         "options": {"collection": "articles", "payload": {"title": "again"}, "emitEvents": true}}]}
      """);

  private RunResult launch(Flow flow, JsValue trigger, JsValue accountability) throws FlowRunException {
    RunResult result = runner.run(RunRequest.of(flow, trigger, services).withAccountability(accountability));
    runs.add(result);
    return result;
  }

  private static Flow flow(String json) {
    try {
      return FlowReader.read(json, "test").single();
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  @AfterEach
  void close() {
    triggers.close();
  }

  @Test
  void anEventFlowThatRetriggersItselfStopsAtTheRootRunsFlowBudget() throws Exception {
    triggers.reload(List.of(echo));

    launch(echo, JsObject.of("event", JsValue.of("articles.items.create")), JsValue.NULL);

    // the root run and four action flows it caused; the fifth action flow is refused (depth alone allows 16)
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (refused.get() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    Thread.sleep(300);
    assertThat(refused.get()).isEqualTo(1);
    assertThat(runs).hasSize(5);
  }
}
