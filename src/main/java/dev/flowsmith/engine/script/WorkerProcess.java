package dev.flowsmith.engine.script;

import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * One script worker JVM as the host sees it: started from a {@link WorkerCommand}, asked to run
 * one script at a time, killed when it misbehaves. A reader thread turns its stdout into
 * messages; its stderr is drained and its tail kept for diagnosis.
 */
final class WorkerProcess {

  /** A cold worker on a slow machine needs a few seconds; far more means it is broken. */
  static final long START_TIMEOUT_MILLIS = 120_000;
  /** How long a cancelled script may take to stop before the worker is killed. */
  static final long CANCEL_GRACE_MILLIS = 2_000;
  private static final long POLL_MILLIS = 10;
  private static final JsObject EXITED = JsObject.of("op", JsValue.of("\u0000exited"));

  private final Process process;
  private final Writer in;
  private final BlockingQueue<JsObject> inbox = new LinkedBlockingQueue<>();
  private final StringBuilder stderrTail = new StringBuilder();
  private final Thread errors;
  private long nextId = 1;
  private volatile boolean healthy = true;

  private WorkerProcess(Process process) {
    this.process = process;
    this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    daemon("script-worker-out", this::readMessages);
    this.errors = daemon("script-worker-err", this::drainErrors);
  }

  /** Starts a worker and waits until it is warm. */
  static WorkerProcess start(WorkerCommand command, BooleanSupplier cancelled) {
    Process process;
    try {
      process = new ProcessBuilder(command.command()).start();
    } catch (IOException e) {
      throw JsException.of("Error", "Could not start the script worker: " + e.getMessage());
    }
    WorkerProcess worker = new WorkerProcess(process);
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(START_TIMEOUT_MILLIS);
    while (true) {
      JsObject message = worker.next();
      if (message == EXITED || System.nanoTime() - deadline > 0 || cancelled.getAsBoolean()) {
        if (cancelled.getAsBoolean()) {
          worker.kill();
          throw ScriptFailures.cancelled();
        }
        worker.awaitExit();
        throw JsException.of("Error", "The script worker did not start: " + worker.diagnosis());
      }
      if (message != null && WorkerProtocol.READY.equals(WorkerProtocol.text(message, "op"))) {
        return worker;
      }
    }
  }

  /** Runs one script; never waits longer than the request's wall-clock cap. */
  ScriptOutcome run(ScriptRequest request, ScriptSandbox.ConsoleSink console, BooleanSupplier cancelled) {
    long id = nextId++;
    if (!send(WorkerProtocol.run(id, request))) {
      return died();
    }
    long now = System.nanoTime();
    long cap = now + TimeUnit.MILLISECONDS.toNanos(request.limits().wallClockCapMillis());
    long cancelDeadline = Long.MAX_VALUE;
    boolean cancelSent = false;
    while (true) {
      JsObject message = next();
      if (message == EXITED) {
        return died();
      }
      if (message != null && WorkerProtocol.number(message, "id") == id) {
        String op = WorkerProtocol.text(message, "op");
        if (op.equals(WorkerProtocol.LOG)) {
          console.log(WorkerProtocol.text(message, "method"), WorkerProtocol.text(message, "value"));
        } else if (op.equals(WorkerProtocol.DONE)) {
          ScriptOutcome outcome = WorkerProtocol.outcome(message);
          healthy = !outcome.heapExhausted();
          return outcome;
        }
      }
      now = System.nanoTime();
      if (!cancelSent && cancelled.getAsBoolean()) {
        cancelSent = send(WorkerProtocol.cancel(id));
        cancelDeadline = now + TimeUnit.MILLISECONDS.toNanos(CANCEL_GRACE_MILLIS);
      }
      if (now - cancelDeadline > 0) {
        kill();
        return ScriptOutcome.reject(JsError.error(ScriptFailures.CANCELLED));
      }
      if (now - cap > 0) {
        // engine.md §6.2 deviation: Directus may wait forever; we stop at the wall-clock cap
        kill();
        return ScriptOutcome.reject(JsError.error(ScriptFailures.TIMED_OUT));
      }
    }
  }

  boolean isHealthy() {
    return healthy && process.isAlive();
  }

  void kill() {
    healthy = false;
    process.destroyForcibly();
  }

  private ScriptOutcome died() {
    awaitExit();
    return ScriptOutcome.reject(JsError.error("The script worker stopped unexpectedly: " + diagnosis()));
  }

  private @Nullable JsObject next() {
    try {
      return inbox.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      kill();
      return EXITED;
    }
  }

  private boolean send(String line) {
    try {
      in.write(line);
      in.write('\n');
      in.flush();
      return true;
    } catch (IOException workerGone) {
      return false;
    }
  }

  private void readMessages() {
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        try {
          inbox.add(WorkerProtocol.parse(line));
        } catch (JsException notProtocol) {
          // not ours; the worker prints nothing else to stdout
        }
      }
    } catch (IOException closed) {
      // the worker is gone
    }
    healthy = false;
    inbox.add(EXITED);
  }

  private void drainErrors() {
    byte[] buffer = new byte[4096];
    try (InputStream err = process.getErrorStream()) {
      for (int n = err.read(buffer); n >= 0; n = err.read(buffer)) {
        synchronized (stderrTail) {
          stderrTail.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
          if (stderrTail.length() > 2000) {
            stderrTail.delete(0, stderrTail.length() - 2000);
          }
        }
      }
    } catch (IOException closed) {
      // the worker is gone
    }
  }

  /** Gives a dying worker a moment to exit and finish its stderr, then makes sure it is gone. */
  private void awaitExit() {
    try {
      process.waitFor(1, TimeUnit.SECONDS);
      errors.join(1_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    kill();
  }

  /** Exit code and the end of stderr, for a rejection message. */
  private String diagnosis() {
    String exit = process.isAlive() ? "" : "exit code " + process.exitValue();
    synchronized (stderrTail) {
      String tail = stderrTail.toString().strip();
      return tail.isEmpty() ? exit : exit + (exit.isEmpty() ? "" : ", ") + tail;
    }
  }

  private static Thread daemon(String name, Runnable task) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }
}
