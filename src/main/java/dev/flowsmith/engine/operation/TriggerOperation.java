package dev.flowsmith.engine.operation;

import static dev.flowsmith.model.OptionField.Kind.FLOW;
import static dev.flowsmith.model.OptionField.Kind.JSON;
import static dev.flowsmith.model.OptionField.Kind.NUMBER;
import static dev.flowsmith.model.OptionField.Kind.SELECT;
import static dev.flowsmith.model.OptionField.field;

import dev.flowsmith.engine.template.OptionParsing;
import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsNumber;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsStrings;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.engine.value.ResultNormalizer;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.OperationType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * {@code trigger} ("Trigger Flow", engine.md §6.15): runs another flow once, or once per element
 * of an array payload — {@code serial}, in {@code batch}es of {@code batchSize}, or all in
 * {@code parallel} — and resolves with the results in input order.
 */
public final class TriggerOperation implements OperationHandler {

  /** The form the Studio shows for this type (editor.md §7); lint and completion derive from it too. */
  public static final OperationType DESCRIPTION = OperationType.of("trigger", "Trigger Flow", "flag", List.of("flow"),
        field("flow", "Flow", FLOW).half().required().build(),
        field("iterationMode", "Iteration Mode", SELECT).half().choices("parallel", "serial", "batch")
            .defaultValue("parallel").build(),
        field("batchSize", "Batch Size", NUMBER).half().defaultValue(JsonValue.of(10)).when("iterationMode", "batch")
            .build(),
        field("payload", "Payload", JSON).build());

  @Override
  public OperationType description() {
    return DESCRIPTION;
  }

  @Override
  public JsValue run(JsObject options, OperationContext context) {
    String flowId = JsStrings.toJsString(options.get("flow"));
    JsValue payload = OptionParsing.optionToObject(options.get("payload"));
    if (payload.isUndefined()) {
      payload = JsValue.NULL;
    }
    FlowInvoker invoker = context.service(FlowInvoker.class);
    String mode = options.get("iterationMode").isUndefined() ? "parallel"
        : JsStrings.toJsString(options.get("iterationMode"));
    boolean knownMode = mode.equals("serial") || mode.equals("batch") || mode.equals("parallel");
    // an unrecognised mode runs the target once with the whole array
    if (!(payload instanceof JsArray items) || !knownMode) {
      return invoke(invoker, flowId, payload, context);
    }
    int batchSize = switch (mode) {
      case "serial" -> 1;
      case "batch" -> batchSize(options.get("batchSize"));
      default -> Math.max(1, items.size());
    };
    List<JsValue> results = new ArrayList<>(items.size());
    for (int start = 0; start < items.size(); start += batchSize) {
      List<JsValue> batch = items.elements().subList(start, Math.min(items.size(), start + batchSize));
      results.addAll(runBatch(invoker, flowId, batch, context));
    }
    return new JsArray(results);
  }

  private static List<JsValue> runBatch(FlowInvoker invoker, String flowId, List<JsValue> batch,
      OperationContext context) {
    if (batch.size() == 1) {
      return List.of(invoke(invoker, flowId, batch.get(0), context));
    }
    List<Supplier<JsValue>> tasks = new ArrayList<>(batch.size());
    for (JsValue item : batch) {
      tasks.add(() -> invoke(invoker, flowId, item, context));
    }
    ParallelRuns pool = context.services().find(ParallelRuns.class).orElse(ParallelRuns.shared());
    List<CompletableFuture<JsValue>> running = pool.startAll(tasks);
    List<JsValue> results = new ArrayList<>();
    try {
      for (CompletableFuture<JsValue> run : running) {
        results.add(run.join());
      }
    } catch (CompletionException failed) {
      // one sub-run threw: the whole operation rejects and partial results are lost (§6.15)
      if (failed.getCause() instanceof JsException thrown) {
        throw thrown;
      }
      throw new JsException(JsError.error(String.valueOf(failed.getCause().getMessage())));
    }
    return results;
  }

  /** A missing, inactive or non-"Another Flow" target resolves with null (§6.15). */
  private static JsValue invoke(FlowInvoker invoker, String flowId, JsValue payload, OperationContext context) {
    context.cancellation().check();
    return invoker.invoke(flowId, payload, context).map(ResultNormalizer::normalizeResolved).orElse(JsValue.NULL);
  }

  /** A templated string would concatenate in JS (§6.15); we require a positive number, default 10. */
  private static int batchSize(JsValue value) {
    if (value instanceof JsNumber number && number.value() >= 1) {
      return (int) Math.min(number.value(), Integer.MAX_VALUE);
    }
    return 10;
  }
}
