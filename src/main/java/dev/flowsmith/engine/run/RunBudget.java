package dev.flowsmith.engine.run;

import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.engine.Cancellation;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * What one root run and every flow it starts have used of their {@link RunLimits}. Shared by the
 * runs of one tree, which may be on several threads (parallel Trigger Flow iterations, event
 * action flows), so every counter is atomic.
 *
 * <p>Once a limit is hit the budget is <em>stopped</em>: the step that hit it rejects with an
 * error naming the limit, and so does the next step of every other flow of the tree, which then
 * ends, and a step under way is interrupted through the root run's cancellation; no further flow
 * starts. A limit error has {@code code} {@link #BUDGET_CODE} or
 * {@link #DEPTH_CODE} and a message saying which setting raises it.
 */
public final class RunBudget {

  public static final String BUDGET_CODE = "FLOWSMITH_BUDGET";
  public static final String DEPTH_CODE = "FLOWSMITH_DEPTH";
  public static final String ERROR_NAME = "FlowsmithLimitError";

  /** The budget of the run this thread is executing a step of; event flows started here share it. */
  private static final ThreadLocal<@Nullable RunBudget> CURRENT = new ThreadLocal<>();

  private final RunLimits limits;
  private final long startNanos = System.nanoTime();
  private final AtomicInteger flows = new AtomicInteger();
  private final AtomicLong steps = new AtomicLong();
  private final AtomicLong chainBytes = new AtomicLong();
  private final AtomicReference<@Nullable JsError> stopped = new AtomicReference<>();
  private final Cancellation cancellation;

  /** Fires the run-time limit of every budget; one daemon thread for the JVM. */
  private static final RunDeadlines DEADLINES = new RunDeadlines("flowsmith-run-deadlines");

  public RunBudget(RunLimits limits) {
    this(limits, Cancellation.none());
  }

  /**
   * @param cancellation what the root run's steps wait on; a limit cancels it, so a step under way
   *     (a sleep, a request, a Trigger Flow waiting for its iterations) ends at once
   */
  RunBudget(RunLimits limits, Cancellation cancellation) {
    this.limits = limits;
    this.cancellation = cancellation;
  }

  /**
   * Stops the tree when its run time is up, even in the middle of a step (up to a tick late, see
   * {@link RunDeadlines}); run the returned handle when the root run ends.
   */
  Runnable startClock() {
    return DEADLINES.watch(limits.maxRunTime().toNanos(), () -> stop(timeError()));
  }

  public RunLimits limits() {
    return limits;
  }

  /** The budget of the run whose step this thread is executing, if any. */
  public static @Nullable RunBudget current() {
    return CURRENT.get();
  }

  /** Calls {@code work} with {@code budget} as this thread's current one (null: none), then restores it. */
  public static <T> T within(@Nullable RunBudget budget, Callable<T> work) throws Exception {
    RunBudget outer = CURRENT.get();
    CURRENT.set(budget);
    try {
      return work.call();
    } finally {
      CURRENT.set(outer);
    }
  }

  /** The error that stopped this tree of runs, or null while it may go on. */
  public @Nullable JsError stopped() {
    return stopped.get();
  }

  public int flows() {
    return flows.get();
  }

  public long steps() {
    return steps.get();
  }

  public long chainBytes() {
    return chainBytes.get();
  }

  /**
   * Counts one more flow of the tree.
   *
   * @throws JsException the limit error when the tree is stopped or this flow is one too many
   */
  public void startFlow() {
    JsError already = stopped.get();
    if (already != null) {
      throw new JsException(already);
    }
    if (flows.incrementAndGet() > limits.maxFlows()) {
      throw new JsException(stop(budgetError(RunLimits.format(limits.maxFlows()) + " flows", "maxFlows",
          "--max-flows")));
    }
  }

  /** Counts one more step; returns the limit error if it must not run (null: it may). */
  @Nullable JsError beforeStep() {
    JsError already = stopped.get();
    if (already != null) {
      return already;
    }
    if (steps.incrementAndGet() > limits.maxSteps()) {
      return stop(budgetError(RunLimits.format(limits.maxSteps()) + " steps", "maxSteps", "--max-steps"));
    }
    if (System.nanoTime() - startNanos > limits.maxRunTime().toNanos()) {
      return stop(timeError());
    }
    return null;
  }

  private JsError timeError() {
    return budgetError(describe(limits.maxRunTime()) + " of run time", "maxRunTime", "--max-run-time");
  }

  /** Adds a recorded value's size; returns the limit error if the chains are now too big (null: fine). */
  @Nullable JsError recorded(JsValue value) {
    long remaining = limits.maxChainBytes() - chainBytes.get();
    long size = ChainSize.estimate(value, Math.max(0, remaining));
    if (chainBytes.addAndGet(size) > limits.maxChainBytes()) {
      return stop(budgetError(RunLimits.format(limits.maxChainBytes()) + " bytes of data chain", "maxChainBytes",
          "--max-chain-bytes"));
    }
    return null;
  }

  /** The error for a Trigger Flow operation nested one level too deep; the tree stops. */
  JsError depthExceeded(String flowName) {
    return stop(limitError(DEPTH_CODE, "Flow depth limit exceeded: flows started by Trigger Flow operations are "
        + "nested deeper than " + RunLimits.format(limits.maxFlowDepth()) + " levels (flow \"" + flowName
        + "\"; set budgets.maxFlowDepth in workspace.json or --max-flow-depth)"));
  }

  private JsError stop(JsError error) {
    if (stopped.compareAndSet(null, error)) {
      cancellation.cancel();
      return error;
    }
    return stopped.get();
  }

  private static JsError budgetError(String what, String setting, String option) {
    return limitError(BUDGET_CODE, "Run budget exceeded: " + what + " (set budgets." + setting
        + " in workspace.json or " + option + ")");
  }

  /** An error whose name, message and code show in JSON, so the chain and run output say what stopped. */
  static JsError limitError(String code, String message) {
    return JsError.library(ERROR_NAME, message).withProperty("code", JsValue.of(code));
  }

  static String describe(java.time.Duration duration) {
    long millis = duration.toMillis();
    if (millis % 1000 != 0) {
      return RunLimits.format(millis) + " ms";
    }
    long seconds = millis / 1000;
    return seconds % 60 == 0 ? RunLimits.format(seconds / 60) + " min" : RunLimits.format(seconds) + " s";
  }
}
