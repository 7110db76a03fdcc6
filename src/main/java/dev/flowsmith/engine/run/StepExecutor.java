package dev.flowsmith.engine.run;

import dev.flowsmith.engine.operation.OperationContext;
import dev.flowsmith.engine.operation.OperationHandler;
import dev.flowsmith.engine.template.TemplateRenderer;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.engine.value.Redaction;
import dev.flowsmith.engine.value.ResultNormalizer;
import dev.flowsmith.model.Operation;
import org.jspecify.annotations.Nullable;

/** engine.md §4.3: render, call, and turn the outcome into the value stored under the key. */
final class StepExecutor {

  /** The outcome of one operation before it is recorded. */
  record Outcome(StepStatus status, @Nullable JsValue options, JsValue value, @Nullable String next) {}

  private StepExecutor() {}

  static Outcome execute(Operation op, @Nullable OperationHandler handler, JsObject chain,
      OperationContext context, RunListener listener, String runId) {
    if (handler == null) {
      // §4.3 step 1: an unknown type stops the run; neither path is followed
      return new Outcome(StepStatus.UNKNOWN, null, JsValue.NULL, null);
    }
    JsValue rawOptions = JsJson.fromModel(op.options());
    JsValue options = rawOptions;
    try {
      // §5.7: the log operation renders against a redacted copy of the chain
      JsValue scope = "log".equals(op.type()) ? Redaction.logScope(chain) : chain;
      JsObject rendered = TemplateRenderer.render(rawOptions, scope);
      options = rendered;
      listener.stepStarted(runId, op, rendered);
      context.cancellation().check();
      JsValue result = handler.run(rendered, context);
      return new Outcome(StepStatus.RESOLVE, options, ResultNormalizer.normalizeResolved(result), op.resolve());
    } catch (JsException thrown) {
      return rejected(op, options, thrown.value());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return rejected(op, options, JsError.error("The run was cancelled"));
    } catch (Exception | StackOverflowError crash) {
      // A crashing operation is a rejection, never a crashed app (our guard; Directus has none)
      return rejected(op, options, JsError.error(describe(crash)));
    }
  }

  /**
   * A step a limit stopped (RunBudget): it rejects with the limit error and the run ends there,
   * neither path followed, since the budget would stop the next step too.
   */
  static Outcome stopped(Operation op, JsValue limitError) {
    return new Outcome(StepStatus.REJECT, null, ResultNormalizer.normalizeThrown(limitError), null);
  }

  private static Outcome rejected(Operation op, JsValue options, JsValue thrown) {
    return new Outcome(StepStatus.REJECT, options, ResultNormalizer.normalizeThrown(thrown), op.reject());
  }

  private static String describe(Throwable crash) {
    String message = crash.getMessage();
    return message == null || message.isBlank() ? crash.getClass().getSimpleName() : message;
  }
}
