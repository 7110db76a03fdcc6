package dev.flowsmith.engine.run;

import dev.flowsmith.engine.operation.FlowInvoker;
import dev.flowsmith.engine.operation.OperationContext;
import dev.flowsmith.engine.operation.OperationHandler;
import dev.flowsmith.engine.operation.OperationRegistry;
import dev.flowsmith.engine.operation.RunServices;
import dev.flowsmith.engine.value.DataChain;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.Operation;
import dev.flowsmith.model.TriggerType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs flows the way Directus's flow manager does (engine.md §4): one branch, each operation at
 * most once, options rendered before each step, results and rejections stored under the key
 * and in {@code $last}. Thread-safe: every run has its own data chain, so runs may overlap.
 */
public final class FlowRunner {

  private final OperationRegistry registry;
  private final FlowSource flows;
  private final RunLimits limits;

  public FlowRunner(OperationRegistry registry, FlowSource flows, RunLimits limits) {
    this.registry = registry;
    this.flows = flows;
    this.limits = limits;
  }

  /**
   * Runs one flow to its end.
   *
   * @throws FlowRunException when the flow cannot run at all (a loop, a dangling link); nothing ran
   */
  public RunResult run(RunRequest request) throws FlowRunException {
    Flow flow = request.flow();
    RunPreflight.check(flow);
    String runId = UUID.randomUUID().toString();
    Instant startedAt = Instant.now();
    long startNanos = System.nanoTime();
    DataChain chain = DataChain.start(request.trigger(), request.accountability(), request.env());
    request.listener().runStarted(new RunStart(runId, request.parentRunId(), flow, chain.snapshot(), startedAt,
        request.depth()));
    RunServices services = request.services().toBuilder()
        .add(FlowInvoker.class, new SubFlowInvoker(runId, request)).build();

    List<StepRecord> steps = new ArrayList<>();
    StepStatus lastStatus = StepStatus.UNKNOWN;
    boolean cancelled = false;
    Operation current = flow.graph().entry().orElse(null);
    while (current != null) {
      if (request.cancellation().isCancelled()) {
        cancelled = true;
        break;
      }
      request.listener().beforeStep(runId, current);
      Instant stepStart = Instant.now();
      long stepNanos = System.nanoTime();
      JsObject before = chain.snapshot();
      OperationContext context = new OperationContext(before, request.accountability(), request.env(), flow,
          current, services, request.cancellation(), request.depth());
      OperationHandler handler = registry.find(current.type()).orElse(null);
      StepExecutor.Outcome outcome = StepExecutor.execute(current, handler, before, context, request.listener(),
          runId);
      chain.record(current.key(), outcome.value());
      lastStatus = outcome.status();
      StepRecord step = new StepRecord(current.id(), current.key(), current.type(), outcome.status(),
          outcome.options(), outcome.value(), stepStart, (System.nanoTime() - stepNanos) / 1000, chain.snapshot());
      steps.add(step);
      request.listener().stepFinished(runId, step);
      current = outcome.next() == null ? null : flow.graph().operation(outcome.next()).orElse(null);
    }
    // a stop that interrupted the last step (a sleep, a request) ends the run just as one between steps
    cancelled = cancelled || request.cancellation().isCancelled();

    JsObject finalChain = chain.snapshot();
    ResultSelection.Outcome outcome = ResultSelection.select(flow, finalChain, lastStatus);
    JsObject log = "all".equals(flow.accountability())
        ? RunLogWriter.revision(steps, finalChain, request.env()) : null;
    RunResult result = new RunResult(runId, request.parentRunId(), flow.id(), finalChain, steps, lastStatus,
        outcome.result(), outcome.thrown(), cancelled, log, startedAt, (System.nanoTime() - startNanos) / 1000);
    request.listener().runFinished(result);
    return result;
  }

  /** The trigger operation's way into other flows of the same source (engine.md §3.4, §6.15). */
  private final class SubFlowInvoker implements FlowInvoker {
    private final String parentRunId;
    private final RunRequest parent;

    SubFlowInvoker(String parentRunId, RunRequest parent) {
      this.parentRunId = parentRunId;
      this.parent = parent;
    }

    @Override
    public Optional<JsValue> invoke(String flowId, JsValue payload, OperationContext caller) {
      Optional<Flow> target = flows.find(flowId)
          .filter(f -> Flow.ACTIVE.equals(f.status()))
          .filter(f -> f.triggerType().filter(t -> t == TriggerType.OPERATION).isPresent());
      if (target.isEmpty()) {
        return Optional.empty();
      }
      int depth = caller.depth() + 1;
      if (depth > limits.maxFlowDepth()) {
        // Our guard: Directus would recurse until it runs out of memory (engine.md §4.7)
        throw new JsException(JsError.error("Flows started by Trigger Flow operations are nested deeper than "
            + limits.maxFlowDepth() + " levels (flow \"" + target.get().name() + "\"); Flowsmith stops here"));
      }
      RunRequest sub = new RunRequest(target.get(), payload, caller.accountability(), caller.env(),
          parent.services(), caller.cancellation(), parent.listener(), parentRunId, depth);
      try {
        // §3.4: a sub-flow that ends on a reject does not throw to its caller
        return Optional.of(run(sub).result());
      } catch (FlowRunException unrunnable) {
        throw new JsException(JsError.error(unrunnable.getMessage()));
      }
    }
  }
}
