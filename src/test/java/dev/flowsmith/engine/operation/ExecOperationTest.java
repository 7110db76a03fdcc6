package dev.flowsmith.engine.operation;

import dev.flowsmith.engine.Cancellation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.flowsmith.engine.script.ScriptCalls;
import dev.flowsmith.engine.script.ScriptConsole;
import dev.flowsmith.engine.script.ScriptLimits;
import dev.flowsmith.engine.script.TestRunners;
import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsDate;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.engine.value.ResultNormalizer;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.GridPosition;
import dev.flowsmith.model.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** engine.md §6.2 and the D12 / C09 vectors, through the operation (scripts run in-process). */
class ExecOperationTest {

  /** For scripts that must succeed: generous, as the shared test machines can be very slow. */
  private static final ScriptLimits LIMITS = new ScriptLimits(5_000, 8);
  private static final ScriptLimits TIGHT = new ScriptLimits(250, 8);

  private final ExecOperation exec = new ExecOperation(TestRunners.inProcess());
  private final List<String> console = new ArrayList<>();

  private OperationContext context(JsObject chain, ScriptLimits limits, Cancellation cancellation) {
    RunServices services = RunServices.builder()
        .add(ScriptLimits.class, limits)
        .add(ScriptConsole.class, (level, value) -> console.add(level + " " + JsJson.stringify(value).orElse("undefined")))
        .build();
    JsObject env = chain.get("$env") instanceof JsObject e ? e : JsObject.EMPTY;
    return new OperationContext(chain, JsValue.NULL, env, Flow.create("f", "Flow"),
        Operation.create("o", "script", "exec", new GridPosition(19, 1), "f"), services, cancellation, 0);
  }

  private JsValue run(String code, JsObject chain) {
    return exec.run(JsObject.of("code", JsValue.of(code)), context(chain, LIMITS, Cancellation.none()));
  }

  private String message(String code) {
    return message(code, LIMITS);
  }

  private String message(String code, ScriptLimits limits) {
    return ScriptCalls.errorOf(code, () -> exec.run(JsObject.of("code", JsValue.of(code)),
        context(JsObject.EMPTY, limits, Cancellation.none()))).message();
  }

  @Test
  void typeIsExec() {
    assertThat(exec.type()).isEqualTo("exec");
  }

  @Test
  void d12SyncAndAsyncFunctionsResolve() {
    JsObject data = JsObject.of("greeting", JsValue.of("Hello"));
    assertThat(JsJson.stringify(run("""
        module.exports = function (data) {
          return { result: data.greeting + ', I ran synchronously' };
        };""", data))).contains("{\"result\":\"Hello, I ran synchronously\"}");
    assertThat(JsJson.stringify(run("""
        module.exports = async function (data) {
          return { result: data.greeting + ', I ran asynchronously' };
        };""", data))).contains("{\"result\":\"Hello, I ran asynchronously\"}");
  }

  @Test
  void d12Rejections() {
    assertThat(message("\n\t\tmodule.exports = false;\n\t")).isEqualTo("module.exports is not a function");
    assertThat(message("module.exports = function() {\n\t\t\treturn a + b;\n\t\t};")).isEqualTo("a is not defined");
    assertThat(message("module.exports = function () {\n\t\t\tthrow new Error('yup, this failed');\n\t\t};"))
        .isEqualTo("yup, this failed");
    assertThat(message("\n\t\tconst test = require('node:fs');\n\t")).isEqualTo("require is not defined");
    assertThat(message("\n\t\timport { readFileSync } from 'node:fs';\n\t"))
        .isEqualTo("Cannot use import statement outside a module [<isolated-vm>:2:3]");
    assertThat(message("\n\t\t~~\n\t")).isEqualTo("Unexpected end of input [<isolated-vm>:3:2]");
  }

  @Test
  void d12TimeoutAppliesToEvaluationAndToTheCall() {
    assertThat(message("\n\t\twhile (true) {}\n\t", TIGHT)).isEqualTo("Script execution timed out.");
    assertThat(message("module.exports = async function (data) {\n\t\t\twhile (true) {}\n\t\t}", TIGHT))
        .isEqualTo("Script execution timed out.");
    // CPU after awaiting a settled promise counts too (engine.md §6.2)
    assertThat(message("module.exports = async () => { await null; while (true) {} }", TIGHT))
        .isEqualTo("Script execution timed out.");
  }

  @Test
  void eachPhaseHasItsOwnTimeout() {
    String code = """
        const busy = (ms) => { const end = Date.now() + ms; while (Date.now() < end) {} };
        busy(700);
        module.exports = () => { busy(700); return 'both phases fit'; };""";
    JsValue result = exec.run(JsObject.of("code", JsValue.of(code)),
        context(JsObject.EMPTY, new ScriptLimits(1_200, 8), Cancellation.none()));
    assertThat(result).isEqualTo(JsValue.of("both phases fit"));
  }

  @Test
  void c09UndefinedMembersComeBackForTheRunLoopToNullify() {
    JsValue result = run("module.exports = () => ({a: undefined, b: [undefined, 1], c: {d: undefined}});", JsObject.EMPTY);

    JsObject expected = JsObject.builder()
        .put("a", JsValue.UNDEFINED)
        .put("b", JsArray.of(JsValue.UNDEFINED, JsValue.of(1)))
        .put("c", JsObject.of("d", JsValue.UNDEFINED))
        .build();
    assertThat(result).isEqualTo(expected);
    assertThat(JsJson.stringify(ResultNormalizer.normalizeResolved(result)))
        .contains("{\"a\":null,\"b\":[null,1],\"c\":{\"d\":null}}");
  }

  @Test
  void undefinedResultStaysUndefined() {
    assertThat(run("module.exports = () => {};", JsObject.EMPTY)).isEqualTo(JsValue.UNDEFINED);
    assertThat(run("module.exports = async () => null;", JsObject.EMPTY)).isEqualTo(JsValue.NULL);
  }

  @Test
  void theScriptGetsAStructuredCloneOfTheChain() {
    JsObject chain = JsObject.builder()
        .put("$trigger", JsObject.of("n", JsValue.of(-0.0)))
        .put("$last", JsValue.UNDEFINED)
        .put("$env", JsObject.of("API", JsValue.of("k")))
        .put("check", JsError.directus("FAILED_VALIDATION", 400, "hidden message", null))
        .put("when", JsDate.ofEpochMillis(0))
        .build();
    String code = """
        module.exports = (data) => ({
          keys: Object.keys(data),
          lastIsOwn: '$last' in data && data.$last === undefined,
          negativeZero: Object.is(data.$trigger.n, -0),
          check: data.check,
          checkKeys: Object.keys(data.check),
          message: data.check.message,
          when: data.when,
          whenIsDate: data.when instanceof Date,
          env: process.env,
          sameEnv: data.$env !== process.env,
        });""";

    assertThat(JsJson.stringify(run(code, chain))).contains("{\"keys\":[\"$trigger\",\"$last\",\"$env\",\"check\",\"when\"],"
        + "\"lastIsOwn\":true,\"negativeZero\":true,"
        + "\"check\":{\"name\":\"DirectusError\",\"code\":\"FAILED_VALIDATION\",\"status\":400},"
        + "\"checkKeys\":[\"name\",\"extensions\",\"code\",\"status\"],"
        + "\"when\":{},\"whenIsDate\":false,\"env\":{\"API\":\"k\"},\"sameEnv\":true}");
  }

  @Test
  void consoleGoesToTheRunsConsoleService() {
    run("""
        module.exports = () => {
          console.log('one');
          console.info('two', 2);
          console.warn({w: [1, undefined]});
          console.error(new Date(0));
          console.debug();
          console.trace(null);
        };""", JsObject.EMPTY);

    assertThat(console).containsExactly("LOG \"one\"", "INFO [\"two\",2]", "WARN {\"w\":[1,null]}",
        "ERROR \"1970-01-01T00:00:00.000Z\"", "DEBUG []", "TRACE null");
  }

  @Test
  void missingCodeExportsNothing() {
    JsException thrown = catchThrowableOfType(JsException.class,
        () -> exec.run(JsObject.EMPTY, context(JsObject.EMPTY, LIMITS, Cancellation.none())));
    assertThat(thrown.getMessage()).isEqualTo("TypeError: module.exports is not a function");
  }

  @Test
  void cancellingTheRunStopsTheScript() {
    Cancellation cancellation = new Cancellation();
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    try {
      timer.schedule(cancellation::cancel, 200, TimeUnit.MILLISECONDS);
      long start = System.nanoTime();
      JsException thrown = catchThrowableOfType(JsException.class, () -> exec.run(
          JsObject.of("code", JsValue.of("module.exports = () => { while (true) {} }")),
          context(JsObject.EMPTY, new ScriptLimits(60_000, 8), cancellation)));
      assertThat(thrown.value()).isEqualTo(Cancellation.cancelledError().value());
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(10_000);
    } finally {
      timer.shutdownNow();
    }
  }
}
