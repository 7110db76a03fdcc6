package dev.flowsmith.engine.run;

import dev.flowsmith.engine.Cancellation;
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
import dev.flowsmith.model.FlowGraph;
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
  private final FlowPlans plans = new FlowPlans();

  /** How many nesting levels share one thread's stack before a nested run moves to a fresh one. */
  private static final int STACK_HOP = 64;
  private static final long NESTED_STACK_BYTES = 16L << 20;

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
    // a run started from inside another run's step (a filter flow, an action flow handed on by
    // EventTriggers) belongs to that run's tree and shares its budget (RunLimits)
    RunBudget inherited = RunBudget.current();
    plans.checked(request.flow());
    if (inherited != null) {
      inherited.startFlow();
      return run(request, inherited);
    }
    // the root of a tree: its steps wait on a child of the caller's cancellation, which a limit cancels
    Cancellation stop = request.cancellation().child();
    RunBudget budget = new RunBudget(limits, stop);
    budget.startFlow();
    Runnable stopClock = budget.startClock();
    try {
      return run(request.withCancellation(stop), budget);
    } finally {
      stopClock.run();
      request.cancellation().release(stop);
    }
  }

  /** Runs a flow already counted in {@code budget}, with the budget current on this thread meanwhile. */
  private RunResult run(RunRequest request, RunBudget budget) {
    try {
      return RunBudget.within(budget, () -> runCounted(request, budget));
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private RunResult runCounted(RunRequest request, RunBudget budget) {
    Flow flow = request.flow();
    FlowGraph graph;
    try {
      graph = plans.checked(flow); // checked by the caller already: this finds the cached graph
    } catch (FlowRunException impossible) {
      throw new IllegalStateException(impossible);
    }
    String runId = UUID.randomUUID().toString();
    Instant startedAt = Instant.now();
    long startNanos = System.nanoTime();
    DataChain chain = DataChain.start(request.trigger(), request.accountability(), request.env());
    request.listener().runStarted(new RunStart(runId, request.parentRunId(), flow, chain.snapshot(), startedAt,
        request.depth()));
    RunServices services = request.services().toBuilder()
        .add(FlowInvoker.class, new SubFlowInvoker(runId, request, budget)).build();

    List<StepRecord> steps = new ArrayList<>();
    StepStatus lastStatus = StepStatus.UNKNOWN;
    boolean cancelled = false;
    Operation current = graph.entry().orElse(null);
    while (current != null) {
      if (request.cancellation().isCancelled() && budget.stopped() == null) {
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
      JsError overBudget = budget.beforeStep();
      StepExecutor.Outcome outcome = overBudget != null ? StepExecutor.stopped(current, overBudget)
          : StepExecutor.execute(current, handler, before, context, request.listener(), runId);
      JsError tooBig = overBudget == null ? budget.recorded(outcome.value()) : null;
      JsError stoppedMeanwhile = budget.stopped();
      if (tooBig != null) {
        outcome = StepExecutor.stopped(current, tooBig); // the value that broke the budget is not kept
      } else if (overBudget == null && stoppedMeanwhile != null && outcome.status() == StepStatus.REJECT
          && request.cancellation().isCancelled()) {
        outcome = StepExecutor.stopped(current, stoppedMeanwhile); // interrupted by the limit: say which
      }
      chain.record(current.key(), outcome.value());
      lastStatus = outcome.status();
      // O(1): every step's chain shares the run's chain arrays (DataChain)
      StepRecord step = new StepRecord(current.id(), current.key(), current.type(), outcome.status(),
          outcome.options(), outcome.value(), stepStart, (System.nanoTime() - stepNanos) / 1000, chain.snapshot());
      steps.add(step);
      request.listener().stepFinished(runId, step);
      current = outcome.next() == null ? null : graph.operation(outcome.next()).orElse(null);
    }
    // a stop that interrupted the last step (a sleep, a request) ends the run just as one between steps
    cancelled = cancelled || request.cancellation().isCancelled() && budget.stopped() == null;

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

    private final RunBudget budget;

    SubFlowInvoker(String parentRunId, RunRequest parent, RunBudget budget) {
      this.parentRunId = parentRunId;
      this.parent = parent;
      this.budget = budget;
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
        throw new JsException(budget.depthExceeded(target.get().name()));
      }
      RunRequest sub = new RunRequest(target.get(), payload, caller.accountability(), caller.env(),
          parent.services(), caller.cancellation(), parent.listener(), parentRunId, depth);
      RunResult result;
      try {
        plans.checked(sub.flow());
        budget.startFlow();
        result = depth % STACK_HOP == 0 ? onFreshStack(sub) : run(sub, budget);
      } catch (FlowRunException unrunnable) {
        throw new JsException(JsError.error(unrunnable.getMessage()));
      }
      JsError stopped = budget.stopped();
      if (stopped != null) {
        // a limit stops the whole tree: each caller's step rejects with it, not only the deepest one
        throw new JsException(stopped);
      }
      // §3.4: a sub-flow that ends on a reject does not throw to its caller
      return Optional.of(result.result());
    }

    /**
     * Nested runs recurse on one thread; every {@link #STACK_HOP} levels the next one starts on a
     * thread of its own with a large stack, so the depth limit, not the stack, is what stops them.
     */
    private RunResult onFreshStack(RunRequest sub) {
      RunResult[] result = new RunResult[1];
      Throwable[] failure = new Throwable[1];
      Thread thread = new Thread(null, () -> {
        try {
          result[0] = run(sub, budget);
        } catch (Throwable t) {
          failure[0] = t;
        }
      }, "flowsmith-nested-run", NESTED_STACK_BYTES);
      thread.setDaemon(true);
      thread.start();
      try {
        thread.join();
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw Cancellation.cancelledError();
      }
      if (failure[0] instanceof RuntimeException crash) {
        throw crash;
      } else if (failure[0] instanceof Error error) {
        throw error;
      }
      return result[0];
    }
  }
}
