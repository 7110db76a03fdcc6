package dev.flowsmith.engine.operation;

import static dev.flowsmith.model.OptionField.Kind.NUMBER;
import static dev.flowsmith.model.OptionField.field;

import dev.flowsmith.engine.value.JsNumberConversion;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.model.OperationType;
import java.util.List;

/**
 * {@code sleep} (engine.md §6.12): waits {@code Number(milliseconds)}. Node's timer rules apply:
 * NaN, negative or more than 2³¹−1 ms waits about 1 ms. Only this run waits; a cancel ends it.
 */
public final class SleepOperation implements OperationHandler {

  /** The form the Studio shows for this type (editor.md §7); lint and completion derive from it too. */
  public static final OperationType DESCRIPTION = OperationType.of("sleep", "Sleep", "schedule", List.of("milliseconds"),
        field("milliseconds", "Milliseconds", NUMBER).build());

  private static final double MAX_TIMER = Math.pow(2, 31) - 1;

  @Override
  public OperationType description() {
    return DESCRIPTION;
  }

  @Override
  public JsValue run(JsObject options, OperationContext context) throws InterruptedException {
    context.cancellation().sleep(delay(options.get("milliseconds")));
    return JsValue.NULL;
  }

  static long delay(JsValue milliseconds) {
    double value = JsNumberConversion.toNumber(milliseconds);
    if (Double.isNaN(value) || value < 1 || value > MAX_TIMER) {
      return 1;
    }
    return (long) value;
  }
}
