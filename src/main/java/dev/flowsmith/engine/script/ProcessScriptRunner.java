package dev.flowsmith.engine.script;

import dev.flowsmith.engine.value.JsValue;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * Runs scripts in worker JVMs (engine.md §6.2 with a real memory limit). GraalJS on a stock JDK
 * shares its JVM's heap and cannot cap one context's memory (the sandbox heap limit is a GraalVM
 * Enterprise feature), so each worker is a separate {@code java} process started from this JVM's
 * launcher and class path, with a heap sized for {@code FLOWS_RUN_SCRIPT_MAX_MEMORY}: a script
 * that allocates without bound is stopped by the worker's memory guard or, at worst, exhausts
 * the worker's heap — never the app's.
 *
 * <p>Workers are started on first use (or by {@link #warmUp}), kept warm between runs, replaced
 * when they die, killed when this runner closes or the JVM exits. Each worker runs one script at
 * a time; up to {@code workers} scripts of one memory limit run at once, the rest wait.
 */
public final class ProcessScriptRunner implements ScriptRunner {

  public static final int DEFAULT_WORKERS = 2;

  private final int workers;
  private final Map<Integer, WorkerPool> pools = new ConcurrentHashMap<>();
  private final Thread shutdownHook = new Thread(this::killAll, "script-workers-exit");
  private volatile boolean closed;

  public ProcessScriptRunner() {
    this(DEFAULT_WORKERS);
  }

  public ProcessScriptRunner(int workers) {
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1: " + workers);
    }
    this.workers = workers;
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /** Starts a worker for these limits in the background, so the first run does not wait for it. */
  public void warmUp(ScriptLimits limits) {
    pool(limits).warmUp();
  }

  /** Starts every worker for these limits in the background (a server expecting a burst of scripts). */
  public void warmUpAll(ScriptLimits limits) {
    pool(limits).warmUp(workers);
  }

  @Override
  public JsValue run(ScriptRequest request, ScriptConsole console, BooleanSupplier cancelled) {
    WorkerPool pool = pool(request.limits());
    WorkerProcess worker = pool.acquire(cancelled);
    ScriptOutcome outcome;
    try {
      outcome = worker.run(request, new ConsoleForwarder(console), cancelled);
    } finally {
      pool.release(worker);
    }
    return outcome.valueOrThrow();
  }

  private WorkerPool pool(ScriptLimits limits) {
    if (closed) {
      throw new IllegalStateException("script runner is closed");
    }
    int memoryMb = limits.maxMemoryMb();
    return pools.computeIfAbsent(memoryMb, mb -> new WorkerPool(() -> WorkerCommand.forMemory(mb), workers));
  }

  @Override
  public void close() {
    closed = true;
    killAll();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or has run
    }
  }

  private void killAll() {
    pools.values().forEach(WorkerPool::close);
  }
}
