package dev.flowsmith.engine.script;

import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsObject;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The entry point of a script worker JVM (see {@link WorkerCommand}): warms a sandbox, says
 * ready, then runs one script at a time as the host asks ({@link WorkerProtocol}). Its heap is
 * sized for the memory limit it was started with; when a run exhausts the heap anyway it answers
 * and exits, and the host starts a fresh worker. It exits when the host closes its stdin or dies.
 */
public final class ScriptWorkerMain {

  /** Warm-up runs before the worker says ready; it starts in the background, so be generous. */
  private static final int WARM_UP_RUNS = 10;
  /**
   * More warm-up runs after ready, one at a time and only while no script waits: the JIT needs a
   * few hundred runs before a run's CPU cost settles (5 ms at first, under 1 ms warm).
   */
  private static final int IDLE_WARM_UP_RUNS = 200;

  private final Writer out;
  private final ScriptSandbox sandbox;
  private final AtomicLong cancelled = new AtomicLong(-1);
  /** Scripts handed to the run thread and not started yet. */
  private final AtomicInteger waiting = new AtomicInteger();

  private ScriptWorkerMain(Writer out, ScriptSandbox sandbox) {
    this.out = out;
    this.sandbox = sandbox;
  }

  public static void main(String[] args) throws IOException {
    int memoryMb = Integer.parseInt(args[0]);
    // stdout carries the protocol only: anything else printing goes to stderr
    Writer out = new BufferedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
    System.setOut(System.err);
    ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(0)));
    MemoryGuard memory = MemoryGuard.of(memoryMb);
    ScriptSandbox sandbox = new ScriptSandbox(memory);
    sandbox.warmUp(WARM_UP_RUNS);
    if (memory != null) {
      memory.rebase();
    }
    new ScriptWorkerMain(out, sandbox).serve();
  }

  private void serve() throws IOException {
    ExecutorService scripts = Executors.newSingleThreadExecutor(task -> {
      Thread thread = new Thread(null, task, "script-run", InProcessScriptRunner.STACK_BYTES);
      thread.setDaemon(true);
      return thread;
    });
    send(WorkerProtocol.ready());
    scripts.execute(new Runnable() {
      private int left = IDLE_WARM_UP_RUNS;

      @Override
      public void run() {
        if (waiting.get() == 0) {
          sandbox.warmUp(1);
          left--;
        }
        if (left > 0) {
          scripts.execute(this); // after any script that came in meanwhile
        }
      }
    });
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      JsObject message;
      try {
        message = WorkerProtocol.parse(line);
      } catch (JsException notJson) {
        continue; // the host sends none; ignore rather than die
      }
      long id = WorkerProtocol.number(message, "id");
      switch (WorkerProtocol.text(message, "op")) {
        case WorkerProtocol.RUN -> {
          waiting.incrementAndGet();
          scripts.execute(() -> {
            waiting.decrementAndGet();
            run(id, message);
          });
        }
        case WorkerProtocol.CANCEL -> cancelled.set(id);
        default -> { }
      }
    }
    Runtime.getRuntime().halt(0); // the host is gone
  }

  private void run(long id, JsObject request) {
    ScriptOutcome outcome = sandbox.run(WorkerProtocol.text(request, "code"),
        WorkerProtocol.text(request, "env"), WorkerProtocol.text(request, "data"),
        WorkerProtocol.number(request, "timeout"), WorkerProtocol.now(request),
        () -> cancelled.get() == id,
        (method, value) -> send(WorkerProtocol.log(id, method, value)));
    send(WorkerProtocol.done(id, outcome));
    if (outcome.heapExhausted()) {
      Runtime.getRuntime().halt(3); // an OutOfMemoryError may have hit any thread: start afresh
    }
  }

  private synchronized void send(String line) {
    try {
      out.write(line);
      out.write('\n');
      out.flush();
    } catch (IOException hostGone) {
      Runtime.getRuntime().halt(0);
    }
  }
}
