package dev.flowsmith.engine.script;

import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsValue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Runs scripts in this JVM. Same semantics, timeouts and cancellation as {@link
 * ProcessScriptRunner}, but <b>no memory limit</b>: GraalJS shares this JVM's heap, so a script
 * that allocates without bound can exhaust it. For tests of semantics and trusted use only. A run
 * that outlives its wall-clock cap (a context that ignores cancellation) is abandoned on its
 * daemon thread.
 */
public final class InProcessScriptRunner implements ScriptRunner {

  /** Stack of a script thread: about 13,000 frames of simple recursion (V8: about 11,000). */
  static final long STACK_BYTES = 16L << 20;

  /** Fewer than a worker's: this runner serves tests, which should start quickly. */
  private static final int WARM_UP_RUNS = 3;

  private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(null, task, "script-run", STACK_BYTES);
    thread.setDaemon(true);
    return thread;
  });
  private @Nullable ScriptSandbox sandbox;

  @Override
  public JsValue run(ScriptRequest request, ScriptConsole console, BooleanSupplier cancelled) {
    ScriptSandbox target = sandbox();
    AtomicBoolean stop = new AtomicBoolean();
    Future<ScriptOutcome> outcome = threads.submit(() -> target.run(request.code(),
        ScriptValues.encode(request.env()), ScriptValues.encode(request.data()),
        request.limits().timeoutMillis(), request.nowMillis(), () -> stop.get() || cancelled.getAsBoolean(),
        new ConsoleForwarder(console)));
    long cap = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(request.limits().wallClockCapMillis());
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return outcome.get(Math.max(0, cap - System.nanoTime()), TimeUnit.NANOSECONDS).valueOrThrow();
        } catch (InterruptedException e) {
          // an interrupted caller stops the script like a cancellation, then waits for it to end
          interrupted = true;
          stop.set(true);
        }
      }
    } catch (TimeoutException stuck) {
      // engine.md §6.2 deviation: never wait forever. A thread cannot be killed: it is abandoned.
      stop.set(true);
      throw new JsException(JsError.error(ScriptFailures.TIMED_OUT));
    } catch (ExecutionException e) {
      throw new IllegalStateException("script sandbox failed", e.getCause());
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private synchronized ScriptSandbox sandbox() {
    if (sandbox == null) {
      sandbox = ScriptSandbox.inProcess();
      sandbox.warmUp(WARM_UP_RUNS);
    }
    return sandbox;
  }

  @Override
  public synchronized void close() {
    threads.shutdownNow();
    if (sandbox != null) {
      sandbox.close();
    }
  }
}
