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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
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
 * GraalJS contexts for exec scripts (engine.md §6.2), one fresh context per run on a shared
 * engine. A context is never reused: the next one is created and its prelude evaluated on a
 * background thread while the sandbox waits for work ({@link Spare}), and a used one is closed
 * there too, so a run pays only for decoding its input, its script and its result. The context may touch nothing outside itself: no host classes or objects, no files,
 * sockets, processes, threads, environment or other languages (SandboxPolicy CONSTRAINED
 * validates the settings). {@code prelude.js} removes the GraalJS globals Directus' isolate does
 * not have and installs {@code global}, {@code module}, {@code process}, {@code console}.
 *
 * <p>A run has three phases, each with its own timeout: reading the input, evaluating the
 * script, calling the export (including the promise jobs it queues and copying the result back).
 * {@link #run} executes on the calling thread; give it a large stack (recursion depth).
 */
final class ScriptSandbox implements AutoCloseable {

  /** Host access NONE; CONSTRAINED also asks for no mutable target mappings. */
  private static final HostAccess NO_HOST_ACCESS =
      HostAccess.newBuilder(HostAccess.NONE).allowMutableTargetMappings().build();

  private final Engine engine;
  private final Source prelude;
  private final Watchdog watchdog;
  private final @Nullable MemoryGuard memory;
  /** At most one context prepared ahead; runs at the same time (in-process) make their own. */
  private final AtomicReference<@Nullable Spare> spare = new AtomicReference<>();
  private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
    Thread thread = new Thread(task, "script-context-prepare");
    thread.setDaemon(true);
    return thread;
  });

  /**
   * A fresh context with the prelude evaluated and nothing else: no script has seen it. Its
   * console goes to whatever sink the run that takes it sets.
   */
  private static final class Spare {
    final Context context;
    @Nullable Value api;
    volatile ConsoleSink sink = (method, value) -> { };

    Spare(Context context) {
      this.context = context;
    }
  }

  /** Where console calls go: the method name and the tagged argument(s). */
  @FunctionalInterface
  interface ConsoleSink {
    void log(String method, String tagged);
  }

  /** @param memory the heap budget of a worker JVM, or null in-process (no memory limit) */
  ScriptSandbox(@Nullable MemoryGuard memory) {
    this.memory = memory;
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
    Spare fresh = spare.getAndSet(null);
    if (fresh == null) {
      fresh = prepare();
    }
    fresh.sink = console;
    Context context = fresh.context;
    Watchdog.Watch watch = watchdog.watch(context, cancelled);
    Value api = fresh.api;
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
      return switch (outcome.charAt(0)) {
        case 'R' -> ScriptOutcome.resolve(outcome.substring(1));
        case 'J' -> new ScriptOutcome(false, outcome.substring(1), false);
        default -> ScriptOutcome.reject(JsError.error(ScriptFailures.NEVER_SETTLED));
      };
    } catch (PolyglotException failure) {
      return failed(failure, watch, api, timeoutMillis);
    } finally {
      watch.close();
      recycle(context);
    }
  }

  /** A new context with the prelude run: the part of a run that does not depend on its input. */
  private Spare prepare() {
    Spare fresh = new Spare(newContext());
    try {
      fresh.api = fresh.context.eval(prelude).execute((ProxyExecutable) arguments -> {
        if (arguments.length == 2 && arguments[0].isString() && arguments[1].isString()) {
          fresh.sink.log(arguments[0].asString(), arguments[1].asString());
        }
        return null;
      }, (ProxyExecutable) arguments -> jsonError(arguments));
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

  /** Closes a used context and prepares the next one, off the run's path. */
  private void recycle(Context used) {
    try {
      background.execute(() -> {
        closeQuietly(used);
        if (spare.get() == null) {
          try {
            Spare next = prepare();
            if (!spare.compareAndSet(null, next)) {
              closeQuietly(next.context);
            }
          } catch (RuntimeException closingOrOutOfMemory) {
            // no spare: the next run prepares its own context and reports any failure
          }
        }
      });
    } catch (RejectedExecutionException closing) {
      closeQuietly(used);
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
    Spare left = spare.getAndSet(null);
    if (left != null) {
      closeQuietly(left.context);
    }
    watchdog.close();
    engine.close(true);
  }
}
