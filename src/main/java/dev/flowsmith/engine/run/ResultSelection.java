package dev.flowsmith.engine.run;

import dev.flowsmith.engine.template.PathLookup;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonObject;
import dev.flowsmith.model.TriggerType;
import java.util.Optional;

/** The run's result and whether it throws, in the order engine.md §4.5 gives. */
final class ResultSelection {

  record Outcome(JsValue result, boolean thrown) {}

  private ResultSelection() {}

  static Outcome select(Flow flow, JsObject chain, StepStatus lastStatus) {
    JsonObject options = flow.triggerOptions();
    Optional<TriggerType> trigger = flow.triggerType();
    boolean caller = trigger.filter(t -> t == TriggerType.MANUAL || t == TriggerType.WEBHOOK).isPresent();
    boolean rejected = lastStatus == StepStatus.REJECT;
    // rule 1: error_on_reject on a synchronous webhook or manual flow
    if (caller && rejected && !isTrue(options, "async") && isTrue(options, "error_on_reject")) {
      return new Outcome(chain.get("$last"), true);
    }
    // rule 2: a blocking (filter) event flow that ends on a reject fails the request
    if (trigger.filter(t -> t == TriggerType.EVENT).isPresent() && rejected
        && options.string("type").filter("filter"::equals).isPresent()) {
      return new Outcome(chain.get("$last"), true);
    }
    String returns = returnOption(trigger.orElse(null), options);
    if ("$all".equals(returns)) {
      return new Outcome(chain, false);
    }
    if (returns != null && !returns.isEmpty()) {
      try {
        return new Outcome(PathLookup.resolve(returns, chain), false);
      } catch (JsException badPath) {
        return new Outcome(JsValue.UNDEFINED, false);
      }
    }
    return new Outcome(JsValue.UNDEFINED, false);
  }

  /** Manual flows always return {@code $last}; webhooks default to it (engine.md §3.2, §3.5). */
  private static String returnOption(TriggerType trigger, JsonObject options) {
    if (trigger == TriggerType.MANUAL) {
      return "$last";
    }
    String stored = options.string("return").orElse(null);
    if (trigger == TriggerType.WEBHOOK && (stored == null || stored.isEmpty())) {
      return "$last";
    }
    return stored;
  }

  private static boolean isTrue(JsonObject options, String name) {
    return options.get(name).filter(JsonValue.TRUE::equals).isPresent();
  }
}
