package dev.flowsmith.engine.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.value.JsDate;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import org.junit.jupiter.api.Test;

/** engine.md §6.2: globals, the copy of the result, and how failures are reported. */
class ScriptSemanticsTest {

  private final ScriptCalls calls = new ScriptCalls(TestRunners.inProcess());

  @Test
  void globalsAreThoseOfDirectusIsolate() {
    assertThat(calls.json("""
        const before = JSON.stringify(module);
        module.exports = () => ({
          before,
          global: global === globalThis,
          process: Object.keys(process),
          console: Object.keys(console),
          missing: ['require', 'setTimeout', 'setInterval', 'fetch', 'URL', 'TextEncoder', 'Buffer', 'atob',
              'structuredClone', 'crypto', 'Java', 'Polyglot', 'Graal', 'load', 'print', 'queueMicrotask']
              .filter((name) => typeof globalThis[name] !== 'undefined'),
          standard: [typeof JSON, typeof Math, typeof Date, typeof Intl, typeof Promise, typeof RegExp,
              typeof Map, typeof Proxy, typeof Reflect, typeof eval],
        });"""))
        .isEqualTo("{\"before\":\"{\\\"exports\\\":null}\",\"global\":true,\"process\":[\"env\"],"
            + "\"console\":[\"log\",\"info\",\"warn\",\"error\",\"trace\",\"debug\"],\"missing\":[],"
            + "\"standard\":[\"object\",\"object\",\"function\",\"object\",\"function\",\"function\","
            + "\"function\",\"function\",\"object\",\"function\"]}");
  }

  @Test
  void exportIsCalledWithModuleAsThis() {
    assertThat(calls.json("module.exports = function () { return this === module; };")).isEqualTo("true");
    assertThat(calls.json("module.exports = (d) => 1; module.exports = (d) => 2;")).isEqualTo("2");
  }

  @Test
  void datesStayDatesAndClassInstancesFlatten() {
    JsValue result = calls.run("""
        class Point { constructor() { this.x = 1; } get y() { return 2; } }
        module.exports = () => ({
          date: new Date(86400000), invalid: new Date(NaN), map: new Map([[1, 2]]), set: new Set([1]),
          regexp: /x/g, point: new Point(), bytes: new Uint8Array([7, 8]), boxed: [new Number(5), new String('s'), Object(false)],
          forged: {[Symbol.toStringTag]: 'Date', a: 1}, special: [NaN, -0, Infinity], sparse: [1, , 3],
          getter: {get g() { return 'computed'; }}, symbolKey: {[Symbol('s')]: 1, k: 2}
        });""");

    JsObject object = (JsObject) result;
    assertThat(object.get("date")).isEqualTo(JsDate.ofEpochMillis(86_400_000));
    assertThat(object.get("invalid")).isEqualTo(new JsDate(Double.NaN));
    assertThat(dev.flowsmith.engine.value.JsJson.stringify(object.without("date").without("invalid")))
        .contains("{\"map\":{},\"set\":{},\"regexp\":{},\"point\":{\"x\":1},\"bytes\":{\"0\":7,\"1\":8},"
            + "\"boxed\":[5,\"s\",false],\"forged\":{\"a\":1},\"special\":[null,0,null],\"sparse\":[1,null,3],"
            + "\"getter\":{\"g\":\"computed\"},\"symbolKey\":{\"k\":2}}");
    assertThat(((dev.flowsmith.engine.value.JsArray) object.get("sparse")).get(1)).isEqualTo(JsValue.UNDEFINED);
  }

  @Test
  void returnedErrorsStayErrors() {
    JsValue result = calls.run("module.exports = () => [new RangeError('r'), Object.assign(new Error('e'), {code: 1})];");
    JsError range = (JsError) ((dev.flowsmith.engine.value.JsArray) result).get(0);
    assertThat(range.name()).isEqualTo("RangeError");
    assertThat(range.message()).isEqualTo("r");
    assertThat(range.stack()).startsWith("RangeError: r\n    at ");
  }

  @Test
  void valuesThatCannotBeClonedReject() {
    assertThat(calls.error("module.exports = () => () => 1;").message()).isEqualTo("() => 1 could not be cloned.");
    assertThat(calls.error("module.exports = () => ({ nested: [function f() {}] });").message())
        .isEqualTo("function f() {} could not be cloned.");
    assertThat(calls.error("module.exports = () => Symbol('s');").message()).isEqualTo("Unsupported type");
    JsError symbol = calls.error("module.exports = () => ({ s: Symbol('s') });");
    assertThat(symbol.name() + ": " + symbol.message()).isEqualTo("TypeError: Symbol(s) could not be cloned.");
    JsError bigint = calls.error("module.exports = () => ({ n: 1n });");
    assertThat(bigint.name() + ": " + bigint.message()).isEqualTo("TypeError: Do not know how to serialize a BigInt");
  }

  @Test
  void cyclesRejectAsJsonStringifyWouldInTheRunLoop() {
    assertThat(calls.error("module.exports = () => { const o = {}; o.self = o; return o; };").message())
        .isEqualTo("Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n"
            + "    --- property 'self' closes the circle");
    assertThat(calls.error("module.exports = () => { const o = {a: [{}]}; o.a[0].back = o; return o; };").message())
        .isEqualTo("Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n"
            + "    |     property 'a' -> object with constructor 'Array'\n"
            + "    |     index 0 -> object with constructor 'Object'\n"
            + "    --- property 'back' closes the circle");
    assertThat(calls.json("module.exports = () => { const shared = {}; return [shared, shared]; };"))
        .isEqualTo("[{},{}]");
  }

  @Test
  void thrownValuesMapAsIsolatedVmCopiesThem() {
    JsError type = calls.error("module.exports = () => { null.x; };");
    assertThat(type.name()).isEqualTo("TypeError");
    JsError custom = calls.error("class MyError extends Error { constructor() { super('m'); this.name = 'MyError'; } }"
        + " module.exports = () => { throw new MyError(); };");
    assertThat(custom.name() + ": " + custom.message()).isEqualTo("MyError: m");
    assertThat(calls.rejection("module.exports = () => { throw 'plain text'; };")).isEqualTo(JsValue.of("plain text"));
    assertThat(calls.rejection("module.exports = async () => { throw '{\"a\":1}'; };")).isEqualTo(JsValue.of("{\"a\":1}"));
    assertThat(calls.rejection("module.exports = () => { throw 42; };")).isEqualTo(JsValue.of(42));
    assertThat(calls.rejection("module.exports = () => { throw undefined; };")).isEqualTo(JsValue.UNDEFINED);
    for (String thrown : new String[] {"{a: 1}", "[1]", "() => 1", "Symbol()", "new Date()"}) {
      assertThat(calls.error("module.exports = () => { throw " + thrown + "; };").message()).as(thrown)
          .isEqualTo("An object was thrown from supplied code within isolated-vm, but that object was not an instance of `Error`.");
    }
    assertThat(calls.error("module.exports = () => Promise.reject(new Error('later'));").message()).isEqualTo("later");
    assertThat(calls.error("throw new SyntaxError('at top level');").message()).isEqualTo("at top level");
  }

  @Test
  void syntaxErrorsAreWordedLikeV8WithTheirLocation() {
    assertThat(calls.error("let x = ;").message()).isEqualTo("Unexpected token ';' [<isolated-vm>:1:9]");
    assertThat(calls.error("a b").message()).isEqualTo("Unexpected identifier 'b' [<isolated-vm>:1:3]");
    assertThat(calls.error("x = 'open").message()).isEqualTo("Invalid or unexpected token [<isolated-vm>:1:10]");
    assertThat(calls.error("module.exports = () => {").name()).isEqualTo("SyntaxError");
  }

  @Test
  void aPromiseThatCanNeverSettleRejectsAtOnce() {
    // Deliberate difference (engine.md §6.2): Directus hangs; with no timers or I/O nothing can settle it here.
    long start = System.nanoTime();
    assertThat(calls.error("module.exports = () => new Promise(() => {});", new ScriptLimits(60_000, 8)).message())
        .isEqualTo("The promise returned by module.exports never settled.");
    assertThat(System.nanoTime() - start).isLessThan(10_000_000_000L);
  }

  @Test
  void promiseJobsRunBeforeTheResultIsRead() {
    assertThat(calls.json("""
        module.exports = async () => {
          let n = 0;
          for (let i = 0; i < 100; i++) await Promise.resolve(n++);
          return [n, await Promise.all([1, Promise.resolve(2)])];
        };""")).isEqualTo("[100,[1,2]]");
  }

  @Test
  void consoleOutputIsCapped() {
    calls.run("module.exports = () => { for (let i = 0; i < 1500; i++) console.log(i); };");
    assertThat(calls.console()).hasSize(ConsoleForwarder.MAX_LINES + 1);
    assertThat(calls.console().get(ConsoleForwarder.MAX_LINES)).startsWith("warn \"Further console output");
  }

  @Test
  void consoleArgumentsAreClonedLikeResults() {
    assertThat(calls.error("module.exports = () => console.log(() => 1);").message())
        .isEqualTo("() => 1 could not be cloned.");
    calls.run("module.exports = () => console.log(10n);");
    assertThat(calls.console()).containsExactly("log \"10\"");
  }
}
