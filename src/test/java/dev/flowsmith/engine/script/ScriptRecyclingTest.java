package dev.flowsmith.engine.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Context recycling (ScriptSandbox): a run that left anything observable behind loses its
 * context; a clean one hands it on. Each leak attempt is run 1 mutates, run 2 observes: run 2
 * must answer exactly what the same observer answers in a context no script has used.
 */
class ScriptRecyclingTest {

  private static final ScriptSandbox RECYCLING = new ScriptSandbox(null, true);
  private static final ScriptSandbox FRESH = new ScriptSandbox(null, false);
  private static final String CLEAN = "module.exports = function (data) { return { n: [1, 2, 3].map((x) => x * 2) }; };";

  @AfterAll
  static void close() {
    RECYCLING.close();
    FRESH.close();
  }

  private static String run(ScriptSandbox sandbox, String code) {
    return run(sandbox, code, 5_000, null, () -> false);
  }

  private static String run(ScriptSandbox sandbox, String code, long timeoutMillis, @Nullable Long now,
      java.util.function.BooleanSupplier cancelled) {
    ScriptOutcome outcome = sandbox.run(code, "[\"o\",\"HOME\",\"/h\"]", "[\"o\",\"n\",1]", timeoutMillis, now,
        cancelled, (method, value) -> { });
    return (outcome.resolved() ? "resolved " : "rejected ") + outcome.value();
  }

  /** Whether run 2 may be given run 1's context: only where undoing what every run does is enough. */
  enum Reuse { NEVER, ALLOWED }

  static Stream<Arguments> leakAttempts() {
    return Stream.of(
        leak("var at top level", "var leak1 = 1; module.exports = () => leak1;",
            "module.exports = () => typeof leak1;", Reuse.NEVER),
        leak("global property", "module.exports = () => { globalThis.leak2 = { secret: 1 }; };",
            "module.exports = () => typeof globalThis.leak2;", Reuse.NEVER),
        leak("sloppy implicit global", "module.exports = function () { leak3 = 1; };",
            "module.exports = () => typeof leak3;", Reuse.NEVER),
        leak("let at top level", "let leak4 = 1; module.exports = () => leak4;",
            "let leak4 = 2; module.exports = () => leak4;", Reuse.NEVER),
        leak("const at top level", "const leak5 = 1; module.exports = () => leak5;",
            "module.exports = () => { try { return leak5; } catch (e) { return e.name; } };", Reuse.NEVER),
        leak("class at top level", "class Leak6 {} module.exports = () => 1;",
            "module.exports = () => typeof Leak6;", Reuse.NEVER),
        leak("function declaration", "function leak7() { return 1; } module.exports = leak7;",
            "module.exports = () => typeof leak7;", Reuse.NEVER),
        leak("global deleted", "delete globalThis.Map; module.exports = () => 1;",
            "module.exports = () => typeof Map;", Reuse.NEVER),
        leak("global redefined", "JSON = { parse: () => 'hijacked' }; module.exports = () => 1;",
            "module.exports = () => JSON.parse('[1]');", Reuse.NEVER),
        leak("global made read-only", "Object.defineProperty(globalThis, 'Set', { writable: false }); module.exports = () => 1;",
            "module.exports = () => Object.getOwnPropertyDescriptor(globalThis, 'Set').writable;", Reuse.NEVER),
        leak("Object.prototype polluted", "Object.prototype.polluted = 'yes'; module.exports = () => 1;",
            "module.exports = () => ({}).polluted;", Reuse.NEVER),
        leak("Array.prototype polluted", "Array.prototype.extra = function () { return 'x'; }; module.exports = () => 1;",
            "module.exports = () => typeof [].extra;", Reuse.NEVER),
        leak("Function.prototype polluted", "Function.prototype.extra = 1; module.exports = () => 1;",
            "module.exports = () => (function () {}).extra;", Reuse.NEVER),
        leak("builtin method replaced", "Array.prototype.map = function () { return 'hijacked'; }; module.exports = () => 1;",
            "module.exports = () => [1].map((x) => x + 1);", Reuse.NEVER),
        leak("two builtins swapped", "const m = Array.prototype.map; Array.prototype.map = Array.prototype.filter;"
            + " Array.prototype.filter = m; module.exports = () => 1;",
            "module.exports = () => [[1, 2].map((x) => x * 3), [1, 2].filter((x) => x > 1)];", Reuse.NEVER),
        leak("getter defined on an intrinsic", "Object.defineProperty(Math, 'answer', { get() { return 42; }, configurable: true });"
            + " module.exports = () => 1;",
            "module.exports = () => Math.answer;", Reuse.NEVER),
        leak("builtin function renamed", "Object.defineProperty(Array.prototype.map, 'name', { value: 'mapped' });"
            + " module.exports = () => 1;",
            "module.exports = () => Array.prototype.map.name;", Reuse.NEVER),
        leak("property on a builtin function", "JSON.stringify.secret = 42; module.exports = () => 1;",
            "module.exports = () => JSON.stringify.secret;", Reuse.NEVER),
        leak("intrinsic made non-extensible", "Object.preventExtensions(Array.prototype); module.exports = () => 1;",
            "module.exports = () => Object.isExtensible(Array.prototype);", Reuse.NEVER),
        leak("intrinsic frozen", "Object.freeze(Math); module.exports = () => 1;",
            "module.exports = () => Object.isFrozen(Math);", Reuse.NEVER),
        leak("intrinsic's prototype changed", "Object.setPrototypeOf(Array.prototype, null); module.exports = () => 1;",
            "module.exports = () => Object.getPrototypeOf(Array.prototype) === Object.prototype;", Reuse.NEVER),
        leak("global object's prototype changed", "Object.setPrototypeOf(globalThis, { inherited: 1 }); module.exports = () => 1;",
            "module.exports = () => typeof inherited;", Reuse.NEVER),
        leak("Math.random patched", "Math.random = () => 4; module.exports = () => 1;",
            "module.exports = () => Math.random() < 1;", Reuse.NEVER),
        leak("JSON.parse patched", "const p = JSON.parse; JSON.parse = (t) => ({ wrapped: p(t) }); module.exports = () => 1;",
            "module.exports = () => JSON.parse('[1]');", Reuse.NEVER),
        leak("Date.now patched", "Date.now = () => 0; module.exports = () => 1;",
            "module.exports = () => Date.now() > 1e12;", Reuse.NEVER),
        leak("Error.prepareStackTrace", "Error.prepareStackTrace = () => 'hijacked'; module.exports = () => 1;",
            "module.exports = () => [typeof Error.prepareStackTrace, new Error('x').stack.split('\\n')[0]];", Reuse.NEVER),
        leak("Error.stackTraceLimit", "Error.stackTraceLimit = 0; module.exports = () => 1;",
            "module.exports = () => Error.stackTraceLimit;", Reuse.NEVER),
        leak("Symbol.for registry", "Symbol.for('flowsmith.leak'); module.exports = () => 1;",
            "module.exports = () => Symbol.keyFor(Symbol.for('flowsmith.leak'));", Reuse.NEVER),
        leak("symbol-keyed builtin replaced", "String.prototype[Symbol.iterator] = function* () { yield 'x'; };"
            + " module.exports = () => 1;",
            "module.exports = () => [...'ab'];", Reuse.NEVER),
        leak("generator prototype (reachable by syntax only)",
            "Object.getPrototypeOf(function* () {}).prototype.leak = 1; module.exports = () => 1;",
            "module.exports = () => (function* () {})().leak;", Reuse.NEVER),
        leak("array iterator prototype (reachable by syntax only)",
            "Object.getPrototypeOf([][Symbol.iterator]()).next = () => ({ done: true }); module.exports = () => 1;",
            "module.exports = () => [...[1, 2]];", Reuse.NEVER),
        leak("async function prototype", "Object.getPrototypeOf(async function () {}).leak = 1; module.exports = () => 1;",
            "module.exports = () => (async function () {}).leak;", Reuse.NEVER),
        leak("Array.prototype[Symbol.unscopables]", "Array.prototype[Symbol.unscopables].leak = true; module.exports = () => 1;",
            "module.exports = () => Array.prototype[Symbol.unscopables].leak;", Reuse.NEVER),
        leak("class field stamped on a builtin by return override",
            "class A { constructor(o) { return o; } } class B extends A { stamped = 1; } new B(Array.prototype.map);"
            + " module.exports = () => 1;",
            "module.exports = () => Array.prototype.map.stamped;", Reuse.NEVER),
        leak("Intl prototype", "Intl.DateTimeFormat.prototype.extra = 1; module.exports = () => 1;",
            "module.exports = () => new Intl.DateTimeFormat('en').extra;", Reuse.NEVER),
        leak("getter on Object.prototype that the result copy would hit",
            "Object.defineProperty(Object.prototype, 'toJSON', { get() { return () => 'hijacked'; }, configurable: true });"
            + " module.exports = () => 1;",
            "module.exports = () => ({ a: 1, json: JSON.stringify({ b: 2 }) });", Reuse.NEVER),
        leak("setter on Object.prototype the next install would hit",
            "Object.defineProperty(Object.prototype, 'exports', { set(v) { globalThis.seen = v; }, configurable: true });"
            + " module.exports = () => 1;",
            "module.exports = () => typeof seen;", Reuse.NEVER),
        leak("promise job after the export returned",
            "module.exports = () => { Promise.resolve().then(() => { globalThis.late = 1; }); return 1; };",
            "module.exports = () => typeof late;", Reuse.NEVER),
        leak("await chain that pollutes later",
            "module.exports = () => { (async () => { for (let i = 0; i < 5; i++) await null; Array.prototype.late = 1; })(); return 1; };",
            "module.exports = () => [].late;", Reuse.NEVER),
        leak("FinalizationRegistry", "new FinalizationRegistry(() => { globalThis.finalized = 1; }).register({}, 1);"
            + " module.exports = () => 1;",
            "module.exports = () => typeof finalized;", Reuse.NEVER),
        leak("WeakRef", "const ref = new WeakRef({}); module.exports = () => typeof ref.deref();",
            "module.exports = () => typeof WeakRef;", Reuse.NEVER),
        leak("run that throws after polluting", "module.exports = () => { globalThis.thrown = 1; throw new Error('x'); };",
            "module.exports = () => typeof thrown;", Reuse.NEVER),
        leak("module global made non-configurable",
            "Object.defineProperty(globalThis, 'module', { value: module, writable: true, configurable: false });"
            + " module.exports = () => 1;",
            "module.exports = () => Object.getOwnPropertyDescriptor(globalThis, 'module').configurable;", Reuse.NEVER),
        // what every run replaces (module, process, console, global) and RegExp's last match are undone
        leak("module mutated", "module.exports = () => 1; module.leak = 5;",
            "module.exports = function () { return [this.leak, Object.keys(module)]; };", Reuse.ALLOWED),
        leak("process and process.env mutated", "process.env.LEAK = 'x'; process.leak = 1; module.exports = () => 1;",
            "module.exports = () => [process.env.LEAK, process.leak, process.env.HOME];", Reuse.ALLOWED),
        leak("console mutated", "console.log = () => 'muted'; console.extra = 1; module.exports = () => 1;",
            "module.exports = () => [typeof console.extra, Object.keys(console)];", Reuse.ALLOWED),
        leak("global alias mutated", "global.fromAlias = 1; global = 5; module.exports = () => 1;",
            "module.exports = () => [typeof fromAlias, global === globalThis];", Reuse.ALLOWED),
        leak("RegExp legacy statics", "/(se)(cret)/.exec('a secret here'); module.exports = () => RegExp.$1;",
            "module.exports = () => [RegExp.$1, RegExp.$2, RegExp.lastMatch, RegExp.input, RegExp.leftContext,"
                + " RegExp.rightContext, RegExp.lastParen, RegExp['$&']];", Reuse.ALLOWED),
        leak("RegExp.input assigned", "RegExp.input = 'leaked'; module.exports = () => 1;",
            "module.exports = () => [RegExp.input, RegExp.$_];", Reuse.ALLOWED),
        leak("mutation of its own objects only", "module.exports = () => { const a = [1]; a.x = 2; return a; };",
            "module.exports = () => [].x;", Reuse.ALLOWED));
  }

  private static Arguments leak(String name, String polluter, String observer, Reuse reuse) {
    return Arguments.of(name, polluter, observer, reuse);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("leakAttempts")
  void theNextRunSeesAPristineWorld(String name, String polluter, String observer, Reuse reuse) {
    String pristine = run(FRESH, observer);
    run(RECYCLING, CLEAN); // the polluter gets a context that has a baseline
    run(RECYCLING, polluter);
    long recycled = RECYCLING.recycledRuns();
    String seen = run(RECYCLING, observer);

    assertThat(seen).as(name).isEqualTo(pristine);
    if (reuse == Reuse.NEVER) {
      assertThat(RECYCLING.recycledRuns()).as("run 2 was given run 1's context").isEqualTo(recycled);
    }
  }

  @Test
  void cleanRunsReuseTheirContext() {
    try (ScriptSandbox sandbox = new ScriptSandbox(null, true)) {
      for (int i = 0; i < 6; i++) {
        assertThat(run(sandbox, CLEAN)).isEqualTo("resolved [\"o\",\"n\",[\"a\",2,4,6]]");
      }
      assertThat(sandbox.freshRuns()).isEqualTo(1);
      assertThat(sandbox.recycledRuns()).isEqualTo(5);
    }
  }

  @Test
  void aScriptThatPollutedIsNotGivenAContextWithABaselineAgain() {
    try (ScriptSandbox sandbox = new ScriptSandbox(null, true)) {
      String polluter = "Array.prototype.again = 1; module.exports = () => [].again;";
      for (int i = 0; i < 3; i++) {
        assertThat(run(sandbox, polluter)).isEqualTo("resolved 1");
      }
      assertThat(sandbox.recycledRuns()).isZero();
      run(sandbox, CLEAN);
      run(sandbox, CLEAN);
      assertThat(sandbox.recycledRuns()).isEqualTo(1);
    }
  }

  @Test
  void aScriptStillSeesItsOwnMutationsOfBuiltinsWithinItsRun() {
    assertThat(run(RECYCLING, "Array.prototype.map = () => 'mine'; module.exports = () => [1].map((x) => x);"))
        .isEqualTo("resolved \"mine\"");
    assertThat(run(RECYCLING, "module.exports = () => [1].map((x) => x);")).isEqualTo("resolved [\"a\",1]");
  }

  @Test
  void aTimedOutRunLosesItsContext() {
    String observer = "module.exports = () => typeof slow;";
    String pristine = run(FRESH, observer);
    run(RECYCLING, CLEAN);
    assertThat(run(RECYCLING, "module.exports = () => { globalThis.slow = 1; for (;;) {} };", 200, null, () -> false))
        .contains(ScriptFailures.TIMED_OUT);
    long recycled = RECYCLING.recycledRuns();
    assertThat(run(RECYCLING, observer)).isEqualTo(pristine);
    assertThat(RECYCLING.recycledRuns()).isEqualTo(recycled);
  }

  @Test
  void aCancelledRunLosesItsContext() {
    String observer = "module.exports = () => typeof cancelledLeak;";
    String pristine = run(FRESH, observer);
    run(RECYCLING, CLEAN);
    AtomicBoolean cancel = new AtomicBoolean();
    Thread canceller = new Thread(() -> {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      cancel.set(true);
    });
    canceller.start();
    assertThat(run(RECYCLING, "module.exports = () => { globalThis.cancelledLeak = 1; for (;;) {} };", 60_000, null,
        cancel::get)).contains(ScriptFailures.CANCELLED);
    long recycled = RECYCLING.recycledRuns();
    assertThat(run(RECYCLING, observer)).isEqualTo(pristine);
    assertThat(RECYCLING.recycledRuns()).isEqualTo(recycled);
  }

  @Test
  void aFixedClockIsUndoneBeforeTheContextIsReused() {
    String observer = "module.exports = () => [Date.now() > 1e12, new Date().getFullYear() > 2000,"
        + " Date.prototype.constructor === Date, Date.name, Date.length];";
    String pristine = run(FRESH, observer);
    run(RECYCLING, CLEAN);
    assertThat(run(RECYCLING, "module.exports = () => Date.now();", 5_000, 0L, () -> false)).isEqualTo("resolved 0");
    long recycled = RECYCLING.recycledRuns();
    assertThat(run(RECYCLING, observer)).isEqualTo(pristine);
    assertThat(RECYCLING.recycledRuns()).as("the fixed clock's run handed its context on").isEqualTo(recycled + 1);
  }

  @Test
  void aSyntaxErrorLeavesAReusableContext() {
    run(RECYCLING, CLEAN);
    assertThat(run(RECYCLING, "module.exports = () => {")).startsWith("rejected");
    long recycled = RECYCLING.recycledRuns();
    assertThat(run(RECYCLING, CLEAN)).isEqualTo("resolved [\"o\",\"n\",[\"a\",2,4,6]]");
    assertThat(RECYCLING.recycledRuns()).isEqualTo(recycled + 1);
  }

  @Test
  void theFlaggedConstructorsBehaveAsTheOriginals() {
    String probe = "module.exports = () => [typeof WeakRef, WeakRef.name, WeakRef.length, String(WeakRef),"
        + " WeakRef.prototype.constructor === WeakRef, new WeakRef({}) instanceof WeakRef,"
        + " (() => { try { WeakRef({}); } catch (e) { return e.constructor.name; } })(),"
        + " String(FinalizationRegistry), FinalizationRegistry.length, String(Symbol.for), Symbol.for.length,"
        + " Symbol.for('k') === Symbol.for('k'), Object.getOwnPropertyNames(WeakRef).join(),"
        + " JSON.stringify(Object.getOwnPropertyDescriptor(WeakRef, 'prototype')),"
        + " (class extends WeakRef {}).name];";
    assertThat(run(RECYCLING, probe)).isEqualTo(run(FRESH, probe));
  }
}
