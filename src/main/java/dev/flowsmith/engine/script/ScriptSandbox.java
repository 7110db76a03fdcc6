package dev.flowsmith.engine.script;

import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SandboxPolicy;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.jspecify.annotations.Nullable;

/**
 * GraalJS contexts for exec scripts (engine.md §6.2) on a shared engine. The context may touch
 * nothing outside itself: no host classes or objects, no files, sockets, processes, threads,
 * environment or other languages (SandboxPolicy CONSTRAINED validates the settings). {@code
 * prelude.js} removes the GraalJS globals Directus' isolate does not have and installs {@code
 * global}, {@code module}, {@code process}, {@code console}.
 *
 * <p>By default every run gets a fresh context: the next one is created and its prelude run on a
 * background thread while the sandbox waits for work, and a used one is closed there too. With
 * recycling on ({@link #RECYCLE_PROPERTY}) a context serves another run only with a proof that
 * the next run cannot tell: before its first recycled run the prelude takes a baseline of every
 * object a script can reach without creating it (prototype, extensibility, own property
 * descriptors); after a run the context is checked against it on the background thread ({@link
 * #handBack}) and is handed on only if nothing differs, no global lexical declaration was made,
 * RegExp's last match is reset and no API with effects beyond the run (Symbol.for, WeakRef,
 * FinalizationRegistry) was used. A run that was stopped (timeout, cancel, memory) or failed
 * inside the engine, a context that failed its check or served {@value #MAX_RUNS_PER_CONTEXT}
 * runs, is closed and a fresh one prepared. A script whose run left something behind is
 * remembered, and its later runs take a fresh context without paying for baseline and check.
 *
 * <p>A run has three phases, each with its own timeout: reading the input, evaluating the
 * script, calling the export (including the promise jobs it queues and copying the result back).
 * {@link #run} executes on the calling thread; give it a large stack (recursion depth).
 */
final class ScriptSandbox implements AutoCloseable {

  /** Host access NONE; CONSTRAINED also asks for no mutable target mappings. */
  private static final HostAccess NO_HOST_ACCESS =
      HostAccess.newBuilder(HostAccess.NONE).allowMutableTargetMappings().build();
  /** Bounds whatever a context accumulates that no snapshot sees (engine caches, its own garbage). */
  static final int MAX_RUNS_PER_CONTEXT = 1_000;
  /** Scripts remembered as leaving something behind (by hash: a collision only costs a fresh context). */
  private static final int SPENT_SCRIPTS = 256;

  private final Engine engine;
  private final Source prelude;
  private final Watchdog watchdog;
  private final @Nullable MemoryGuard memory;
  private final boolean recycling;
  /** The context for the next run: ready, or being checked or prepared on the background thread. */
  private final AtomicReference<@Nullable CompletableFuture<Prepared>> next = new AtomicReference<>();
  private final Set<Integer> spentScripts = Collections.newSetFromMap(Collections.synchronizedMap(
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Boolean> eldest) {
          return size() > SPENT_SCRIPTS;
        }
      }));
  private final AtomicLong recycledRuns = new AtomicLong();
  private final AtomicLong freshRuns = new AtomicLong();
  private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
    Thread thread = new Thread(task, "script-context-prepare");
    thread.setDaemon(true);
    return thread;
  });

  /** A context with the prelude evaluated. Its console goes to whatever sink the run that takes it sets. */
  private static final class Prepared {
    final Context context;
    @Nullable Value api;
    volatile ConsoleSink sink = (method, value) -> { };
    /** The prelude has taken its baseline: the context can be checked after a run. */
    boolean baseline;
    int runs;

    Prepared(Context context) {
      this.context = context;
    }
  }

  /** Where console calls go: the method name and the tagged argument(s). */
  @FunctionalInterface
  interface ConsoleSink {
    void log(String method, String tagged);
  }

  /**
   * System property that turns recycling on ({@code -Dflowsmith.exec.recycle=true}; workers
   * inherit it). Off by default: on a stock JDK GraalJS runs interpreted, and the check of a used
   * context costs more CPU than a fresh one (docs/readme/recycle.md has the numbers).
   */
  static final String RECYCLE_PROPERTY = "flowsmith.exec.recycle";

  /** @param memory the heap budget of a worker JVM, or null in-process (no memory limit) */
  ScriptSandbox(@Nullable MemoryGuard memory) {
    this(memory, Boolean.getBoolean(RECYCLE_PROPERTY));
  }

  /**
   * @param memory the heap budget of a worker JVM, or null in-process (no memory limit)
   * @param recycling false: a fresh context for every run (benchmarks compare both)
   */
  ScriptSandbox(@Nullable MemoryGuard memory, boolean recycling) {
    this.memory = memory;
    this.recycling = recycling;
    this.engine = Engine.newBuilder("js")
        .sandbox(SandboxPolicy.CONSTRAINED)
        .option("engine.WarnInterpreterOnly", "false")
        .out(OutputStream.nullOutputStream())
        .err(OutputStream.nullOutputStream())
        .build();
    this.prelude = loadPrelude();
    this.watchdog = new Watchdog(memory == null ? () -> false : memory::exceeded);
  }

  /** A typical script: warm-up runs it so that the first real run does not pay for a cold engine. */
  private static final String WARM_UP = """
      module.exports = async function (data) {
        const list = data.items.map((item, i) => ({ ...item, i, at: new Date(0), text: `#${i}` }));
        console.log(list.length, process.env);
        await null;
        return { list, sum: list.reduce((a, b) => a + b.i, 0), json: JSON.parse(JSON.stringify(list)) };
      };
      """;
  private static final String WARM_UP_DATA =
      "[\"o\",\"items\",[\"a\",[\"o\",\"a\",1],[\"o\",\"b\",\"x\"],[\"o\",\"c\",[\"u\"]]]]";

  /** A sandbox without a memory limit, for this JVM. */
  static ScriptSandbox inProcess() {
    return new ScriptSandbox(null);
  }

  /** Runs that were given a recycled context. */
  long recycledRuns() {
    return recycledRuns.get();
  }

  /** Runs that were given a context no run had used. */
  long freshRuns() {
    return freshRuns.get();
  }

  /**
   * Runs one script to its end.
   *
   * @param env {@code process.env}, tagged
   * @param data the export's argument, tagged
   * @param nowMillis a fixed clock for {@code Date}, or null for the real one
   * @param cancelled polled by the watchdog; true stops the run with the cancellation error
   */
  ScriptOutcome run(String code, String env, String data, long timeoutMillis, @Nullable Long nowMillis,
      BooleanSupplier cancelled, ConsoleSink console) {
    if (memory != null) {
      memory.reset();
    }
    int script = code.hashCode();
    boolean recycle = recycling && !spentScripts.contains(script);
    Prepared prepared = take(recycle);
    prepared.sink = console;
    Context context = prepared.context;
    Watchdog.Watch watch = watchdog.watch(context, cancelled);
    Value api = prepared.api;
    boolean endedInScript = false;
    try {
      watch.phase(timeoutMillis);
      if (api == null) {
        throw new IllegalStateException("prelude did not evaluate");
      }
      api.invokeMember("install", env, data, nowMillis == null ? null : nowMillis.doubleValue());
      watch.phase(timeoutMillis);
      context.eval(Source.newBuilder("js", code, ScriptFailures.SOURCE_NAME).buildLiteral());
      watch.phase(timeoutMillis);
      api.invokeMember("call");
      String outcome = api.invokeMember("outcome").asString();
      endedInScript = true;
      return switch (outcome.charAt(0)) {
        case 'R' -> ScriptOutcome.resolve(outcome.substring(1));
        case 'J' -> new ScriptOutcome(false, outcome.substring(1), false);
        default -> ScriptOutcome.reject(JsError.error(ScriptFailures.NEVER_SETTLED));
      };
    } catch (PolyglotException failure) {
      ScriptOutcome outcome = failed(failure, watch, api, timeoutMillis);
      // a script's own exception or syntax error leaves a context that can be checked; anything else may not
      endedInScript = !outcome.heapExhausted() && (failure.isGuestException() || failure.isSyntaxError());
      return outcome;
    } finally {
      watch.close();
      handBack(prepared, recycle && endedInScript && watch.reason() == null, script);
    }
  }

  /** The context for a run: the one checked or prepared in the background, else a new one. */
  private Prepared take(boolean recycle) {
    CompletableFuture<Prepared> ready = next.getAndSet(null);
    Prepared prepared = null;
    if (ready != null) {
      try {
        prepared = ready.join();
      } catch (CompletionException | CancellationException failed) {
        // preparing failed in the background: prepare here and report any failure to this run
      }
    }
    if (prepared == null) {
      prepared = prepare(false);
    }
    if (recycle && !prepared.baseline) {
      takeBaseline(prepared);
    }
    (prepared.runs++ == 0 ? freshRuns : recycledRuns).incrementAndGet();
    return prepared;
  }

  /**
   * After a run, off its path: keeps the context for the next run if it is proven unchanged,
   * else closes it and prepares a new one.
   */
  private void handBack(Prepared used, boolean check, int script) {
    CompletableFuture<Prepared> following;
    try {
      following = CompletableFuture.supplyAsync(() -> {
        if (check && used.runs < MAX_RUNS_PER_CONTEXT) {
          if (pristine(used)) {
            return used;
          }
          spentScripts.add(script);
        }
        closeQuietly(used.context);
        return prepare(recycling && !spentScripts.contains(script));
      }, background);
    } catch (RejectedExecutionException closing) {
      closeQuietly(used.context);
      return;
    }
    if (!next.compareAndSet(null, following)) {
      // another run (in-process, at the same time) already left one
      following.thenAccept(extra -> closeQuietly(extra.context));
    }
  }

  /** True if no later run can tell this context served one: see the class comment and prelude.js. */
  private static boolean pristine(Prepared used) {
    try {
      Value api = used.api;
      // after pristine() removed the run's globals: let, const and class at a script's top level
      // live in the global scope, not on the global object, and show only among the bindings
      return api != null && api.invokeMember("pristine").asBoolean()
          && used.context.getBindings("js").getMemberKeys().isEmpty();
    } catch (RuntimeException whileChecking) {
      return false;
    }
  }

  private static void takeBaseline(Prepared prepared) {
    Value api = prepared.api;
    if (api != null) {
      api.invokeMember("snapshot");
      prepared.baseline = true;
    }
  }

  /** A new context with the prelude run: the part of a run that does not depend on its input. */
  private Prepared prepare(boolean baseline) {
    Prepared fresh = new Prepared(newContext());
    try {
      fresh.api = fresh.context.eval(prelude).execute((ProxyExecutable) arguments -> {
        if (arguments.length == 2 && arguments[0].isString() && arguments[1].isString()) {
          fresh.sink.log(arguments[0].asString(), arguments[1].asString());
        }
        return null;
      }, (ProxyExecutable) arguments -> jsonError(arguments), recycling);
      if (baseline) {
        takeBaseline(fresh);
      }
    } catch (RuntimeException failed) {
      closeQuietly(fresh.context);
      throw failed;
    }
    return fresh;
  }

  /** Node 22's JSON.parse message for a text GraalJS refused, or null when ours parses it. */
  private static @Nullable String jsonError(Value[] arguments) {
    if (arguments.length != 1 || !arguments[0].isString()) {
      return null;
    }
    try {
      JsJson.parse(arguments[0].asString());
      return null;
    } catch (JsException refused) {
      return refused.value() instanceof JsError error ? error.message() : null;
    }
  }

  /**
   * Runs a typical script {@code runs} times. GraalJS runs interpreted on a stock JDK and gets
   * faster as the JVM compiles the interpreter: the first run costs seconds, later ones
   * milliseconds.
   */
  void warmUp(int runs) {
    for (int i = 0; i < runs; i++) {
      run(WARM_UP, "[\"o\"]", WARM_UP_DATA, 120_000, i % 2 == 0 ? null : 0L, () -> false, (method, value) -> { });
    }
  }

  private ScriptOutcome failed(PolyglotException failure, Watchdog.Watch watch, @Nullable Value api,
      long timeoutMillis) {
    Watchdog.Reason reason = watch.reason();
    if (reason != null) {
      return ScriptOutcome.reject(ScriptFailures.stopped(reason));
    }
    if (failure.isResourceExhausted()) {
      // A real OutOfMemoryError in this JVM (the -Xmx backstop), not the watchdog's budget.
      return new ScriptOutcome(false, ScriptValues.encode(JsError.error(ScriptFailures.OUT_OF_MEMORY)), true);
    }
    if (failure.isSyntaxError()) {
      return ScriptOutcome.reject(ScriptFailures.syntax(failure));
    }
    if (failure.isGuestException() && api != null) {
      try {
        // Reading name/message/stack may run the script's getters: still under the watchdog.
        watch.phase(timeoutMillis);
        return new ScriptOutcome(false, api.invokeMember("thrown", failure.getGuestObject()).asString(), false);
      } catch (PolyglotException whileCopying) {
        Watchdog.Reason late = watch.reason();
        if (late != null) {
          return ScriptOutcome.reject(ScriptFailures.stopped(late));
        }
      }
    }
    return ScriptOutcome.reject(JsError.error(String.valueOf(failure.getMessage())));
  }

  private Context newContext() {
    return Context.newBuilder("js")
        .engine(engine)
        .sandbox(SandboxPolicy.CONSTRAINED)
        .allowHostAccess(NO_HOST_ACCESS)
        .allowHostClassLookup(className -> false)
        .allowIO(IOAccess.NONE)
        .allowCreateThread(false)
        .allowCreateProcess(false)
        .allowNativeAccess(false)
        .allowEnvironmentAccess(EnvironmentAccess.NONE)
        .allowPolyglotAccess(PolyglotAccess.NONE)
        .allowInnerContextOptions(false)
        .in(InputStream.nullInputStream())
        .out(OutputStream.nullOutputStream())
        .err(OutputStream.nullOutputStream())
        .option("js.console", "false")
        .option("js.print", "false")
        .option("js.load", "false")
        .option("js.graal-builtin", "false")
        .option("js.locale", defaultLocale())
        .build();
  }

  /** The JVM's locale as V8 would default to it: an English JVM without a country is en-US. */
  static String defaultLocale() {
    java.util.Locale locale = java.util.Locale.getDefault();
    String tag = locale.toLanguageTag();
    return tag.equals("und") || tag.equals("en") || locale.getLanguage().isEmpty() ? "en-US" : tag;
  }

  private static void closeQuietly(Context context) {
    try {
      context.close(true);
    } catch (RuntimeException alreadyCancelled) {
      // a cancelled context reports the cancellation again when closed
    }
  }

  private static Source loadPrelude() {
    try (InputStream in = ScriptSandbox.class.getResourceAsStream("prelude.js")) {
      if (in == null) {
        throw new IllegalStateException("prelude.js is missing from the classpath");
      }
      // internal: its frames stay out of the script's stack traces
      return Source.newBuilder("js", new InputStreamReader(in, StandardCharsets.UTF_8), "flowsmith-prelude.js")
          .internal(true)
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    background.shutdownNow();
    CompletableFuture<Prepared> left = next.getAndSet(null);
    if (left != null) {
      left.thenAccept(unused -> closeQuietly(unused.context));
    }
    watchdog.close();
    engine.close(true);
  }
}
