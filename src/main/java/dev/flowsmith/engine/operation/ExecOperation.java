package dev.flowsmith.engine.operation;

import static dev.flowsmith.model.OptionField.Kind.JAVASCRIPT;
import static dev.flowsmith.model.OptionField.field;

import dev.flowsmith.engine.Cancellation;
import dev.flowsmith.engine.script.ScriptConsole;
import dev.flowsmith.engine.script.ScriptLimits;
import dev.flowsmith.engine.script.ScriptRequest;
import dev.flowsmith.engine.script.ScriptRunner;
import dev.flowsmith.engine.script.ScriptValues;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsStrings;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.model.OperationType;
import java.util.List;
import java.util.Objects;

/**
 * {@code exec}, "Run Script" (engine.md §6.2): runs the {@code code} option's exported function
 * with a copy of the data chain and resolves with its (awaited) result. Limits come from the
 * run's {@link ScriptLimits} service (engine.md §9 defaults without one), console output goes to
 * its {@link ScriptConsole} service (discarded without one). With a {@link java.time.Clock}
 * service, the script's {@code Date} reads that clock's instant at the step's start.
 */
public final class ExecOperation implements OperationHandler {

  /** The stub the Studio puts in a new Run Script operation. */
  public static final String DEFAULT_CODE =
      "module.exports = async function(data) {\n\t// Do something...\n\treturn {};\n}";

  /** The form the Studio shows for this type (editor.md §7); lint and completion derive from it too. */
  public static final OperationType DESCRIPTION = OperationType.of("exec", "Run Script", "code", List.of(),
        field("code", "Code", JAVASCRIPT).defaultValue(DEFAULT_CODE).literal().build());

  private final ScriptRunner runner;

  /** @param runner where scripts run; the app and CLI use a worker-process runner */
  public ExecOperation(ScriptRunner runner) {
    this.runner = Objects.requireNonNull(runner);
  }

  @Override
  public OperationType description() {
    return DESCRIPTION;
  }

  @Override
  public JsValue run(JsObject options, OperationContext context) {
    ScriptLimits limits = context.services().find(ScriptLimits.class).orElse(ScriptLimits.DEFAULT);
    ScriptConsole console = context.services().find(ScriptConsole.class).orElse(ScriptConsole.DISCARD);
    // a Clock service (flow tests' fixed "now") is the script's Date too
    java.time.Instant now = context.services().find(java.time.Clock.class).map(java.time.Clock::instant).orElse(null);
    ScriptRequest request = new ScriptRequest(code(options.get("code")),
        ScriptValues.sieve(context.chain()), ScriptValues.sieve(context.env()), limits, now);
    Cancellation cancellation = context.cancellation();
    try {
      return runner.run(request, console, cancellation::isCancelled);
    } catch (JsException rejection) {
      cancellation.check(); // a cancelled run says so in the run's own words
      throw rejection;
    }
  }

  /** No code runs as an empty script, which exports nothing: "module.exports is not a function". */
  private static String code(JsValue option) {
    if (option instanceof JsString text) {
      return text.value();
    }
    return option.isNullish() ? "" : JsStrings.toJsString(option);
  }
}
