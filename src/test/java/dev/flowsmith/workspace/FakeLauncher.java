package dev.flowsmith.workspace;

import dev.flowsmith.engine.run.RunResult;
import dev.flowsmith.engine.run.StepStatus;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.model.Flow;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/** A launcher that records each launch and answers with an empty successful run. */
final class FakeLauncher implements FlowLauncher {

  record Launch(Flow flow, JsValue trigger, JsValue accountability, Instant at, String thread) {}

  final BlockingQueue<Launch> launches = new LinkedBlockingQueue<>();

  @Override
  public RunResult launch(Flow flow, JsValue trigger, JsValue accountability) {
    launches.add(new Launch(flow, trigger, accountability, Instant.now(), Thread.currentThread().getName()));
    return result(flow, JsValue.UNDEFINED, false);
  }

  @Nullable Launch next(long millis) throws InterruptedException {
    return launches.poll(millis, TimeUnit.MILLISECONDS);
  }

  static RunResult result(Flow flow, JsValue result, boolean thrown) {
    JsObject chain = JsObject.of("$last", result);
    return new RunResult("run", null, flow.id(), chain, List.of(), StepStatus.UNKNOWN, result, thrown, false,
        null, Instant.now(), 0);
  }
}
