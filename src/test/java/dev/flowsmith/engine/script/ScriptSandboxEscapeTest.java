package dev.flowsmith.engine.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsValue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Attempts to leave the sandbox or to harm the host (engine.md §6.2). Every script here must
 * reject or return something harmless, promptly. Memory abuse needs a worker: {@link
 * ProcessScriptRunnerTest}.
 */
class ScriptSandboxEscapeTest {

  private static final ScriptLimits TIGHT = new ScriptLimits(250, 8);

  private final ScriptCalls calls = new ScriptCalls(TestRunners.inProcess());

  @ParameterizedTest
  @ValueSource(strings = {
      "Java.type('java.lang.Runtime').getRuntime().exec('id')",
      "Packages.java.lang.System.exit(1)",
      "java.lang.System.getenv()",
      "Polyglot.eval('js', '1')",
      "Polyglot.import('x')",
      "load('/etc/passwd')",
      "loadWithNewGlobal({script: '1', name: 'x'})",
      "Graal.versionJS",
      "print('x')",
      "quit()",
      "require('child_process')",
      "process.binding('fs')",
      "process.mainModule.require('fs')",
      "new Worker('x')",
      "fetch('http://127.0.0.1')",
      "this.constructor.constructor('return Java')().type('java.io.File')",
      "console.log.constructor('return this')().Java.type('java.lang.Thread')",
      "Object.getPrototypeOf(async function(){}).constructor('return Polyglot')()",
      "import('fs')",
  })
  void hostAccessIsNotThere(String attempt) {
    JsValue rejection = calls.rejection("module.exports = async () => { return " + attempt + "; };");
    assertThat(rejection).isInstanceOf(JsError.class);
    assertThat(((JsError) rejection).name()).isIn("ReferenceError", "TypeError", "Error");
  }

  @Test
  void theGlobalObjectHoldsOnlyEcmaScriptAndDirectusGlobals() {
    assertThat(calls.json("module.exports = () => Object.getOwnPropertyNames(globalThis).sort();")).isEqualTo(
        "[\"AggregateError\",\"Array\",\"ArrayBuffer\",\"Atomics\",\"BigInt\",\"BigInt64Array\",\"BigUint64Array\","
        + "\"Boolean\",\"DataView\",\"Date\",\"Error\",\"EvalError\",\"FinalizationRegistry\",\"Float32Array\","
        + "\"Float64Array\",\"Function\",\"Infinity\",\"Int16Array\",\"Int32Array\",\"Int8Array\",\"Intl\",\"JSON\","
        + "\"Map\",\"Math\",\"NaN\",\"Number\",\"Object\",\"Promise\",\"Proxy\",\"RangeError\",\"ReferenceError\","
        + "\"Reflect\",\"RegExp\",\"Set\",\"SharedArrayBuffer\",\"String\",\"Symbol\",\"SyntaxError\",\"TypeError\","
        + "\"URIError\",\"Uint16Array\",\"Uint32Array\",\"Uint8Array\",\"Uint8ClampedArray\",\"WeakMap\",\"WeakRef\","
        + "\"WeakSet\",\"console\",\"decodeURI\",\"decodeURIComponent\",\"encodeURI\",\"encodeURIComponent\","
        + "\"escape\",\"eval\",\"global\",\"globalThis\",\"isFinite\",\"isNaN\",\"module\",\"parseFloat\",\"parseInt\","
        + "\"process\",\"undefined\",\"unescape\"]");
  }

  @Test
  void theConsoleBridgeCannotBeReached() {
    assertThat(calls.error("module.exports = () => console.log.caller;").name()).isEqualTo("TypeError");
    assertThat(calls.json("module.exports = () => [Object.keys(console.log), String(console.log).includes('hostLog')];"))
        .isEqualTo("[[],false]");
  }

  @Test
  void theJvmEnvironmentIsNotVisible() {
    assertThat(calls.json("module.exports = () => [JSON.stringify(process.env), typeof PATH, Object.keys(process)];"))
        .isEqualTo("[\"{}\",\"undefined\",[\"env\"]]");
  }

  @Test
  void pollutingPrototypesAndBuiltInsHarmsNeitherTheHostNorTheNextRun() {
    String polluted = """
        Object.prototype.polluted = 'yes';
        Array.prototype.push = () => { throw new Error('push'); };
        Object.defineProperty(Array.prototype, '1', { set(v) { throw new Error('setter'); }, configurable: true });
        Object.defineProperty(Object.prototype, 'value', { get() { throw new Error('descriptor'); }, configurable: true });
        JSON.stringify = () => 'garbage';
        Object.keys = () => ['polluted'];
        Array.isArray = () => false;
        Function.prototype.call = () => 'hijacked';
        Date.prototype.getTime = () => 0;
        String = function () { return 'x'; };
        module.exports = () => ({ list: [1, 2], text: 'a"b', when: new Date(5), nested: { n: -0 } });""";
    assertThat(calls.json(polluted)).isEqualTo("{\"list\":[1,2],\"text\":\"a\\\"b\",\"when\":\"1970-01-01T00:00:00.005Z\",\"nested\":{\"n\":0}}");
    assertThat(calls.json("module.exports = () => [({}).polluted, typeof JSON.stringify({}), [].push(1)];"))
        .isEqualTo("[null,\"string\",1]");
  }

  @Test
  void stateDoesNotLeakBetweenRuns() {
    calls.run("globalThis.secret = 's3cr3t'; var declared = 1; module.exports = () => 1;");
    assertThat(calls.json("module.exports = () => [typeof secret, typeof declared];")).isEqualTo("[\"undefined\",\"undefined\"]");
  }

  @Test
  void hugeStringsReject() {
    JsError error = calls.error("module.exports = () => 'x'.repeat(2 ** 30);");
    assertThat(error.name() + ": " + error.message()).isEqualTo("RangeError: Invalid string length");
    assertThat(calls.error("let s = 'x'; while (true) s += s;", TIGHT).message()).isIn("Invalid string length", ScriptFailures.TIMED_OUT);
  }

  @Test
  void deepRecursionRejectsWithRangeError() {
    // unwinding ~13,000 interpreted frames takes GraalJS a second or more
    JsError error = calls.error("module.exports = () => { const f = (n) => f(n + 1) + 1; return f(0); };",
        new ScriptLimits(10_000, 8));
    assertThat(error.name() + ": " + error.message()).isEqualTo("RangeError: Maximum call stack size exceeded");
    assertThat(calls.json("module.exports = () => { const f = (n) => n === 0 ? 0 : 1 + f(n - 1); return f(5000); };"))
        .isEqualTo("5000");
  }

  @Test
  void deeplyNestedResultsReject() {
    JsError error = calls.error("module.exports = () => { let o = {}; for (let i = 0; i < 5000; i++) o = {o}; return o; };",
        new ScriptLimits(10_000, 8));
    assertThat(error.name() + ": " + error.message()).isEqualTo("RangeError: Maximum call stack size exceeded");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "while (true) {}",
      "for (;;) { try { while (true) {} } catch (e) {} finally { continue; } }",
      "module.exports = () => { while (true) {} };",
      "module.exports = async () => { const spin = () => Promise.resolve().then(spin); spin(); return 1; };",
      "module.exports = () => ({ get x() { while (true) {} } });",
      "module.exports = () => { const e = new Error(); Object.defineProperty(e, 'name', { get() { while (true) {} } }); throw e; };",
      "module.exports = () => /(a*)*\\1b/.test('a'.repeat(5000));",
      "module.exports = () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);",
      "module.exports = () => new Promise((resolve) => { while (true) {} });",
  })
  void runawayScriptsAreStopped(String code) {
    long start = System.nanoTime();
    JsError error = calls.error(code, TIGHT);
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertThat(error.message()).as(code).isIn(ScriptFailures.TIMED_OUT, "Unsupported operation");
    assertThat(millis).as(code).isLessThan(5_000);
  }

  @Test
  void theHostKeepsWorkingAfterAbuse() {
    assertThat(calls.json("module.exports = async (data) => 'still fine';")).isEqualTo("\"still fine\"");
    assertThat(JsJson.stringify(JsValue.of(1))).contains("1");
  }
}
