package dev.flowsmith.engine.run;

import dev.flowsmith.engine.value.JsArray;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.engine.value.LogSerializer;
import dev.flowsmith.engine.value.Redaction;
import java.util.ArrayList;
import java.util.List;

/**
 * The revision Directus writes for a run of a flow with {@code accountability: "all"}
 * (engine.md §8.1–8.2): {@code {steps: [{operation, key, status, options}], data: chain}},
 * serialised with errors as {@code {name, message, stack?}}, allow-listed env values masked
 * everywhere ({@code --redacted:NAME--}) and {@link Redaction#RUN_LOG_KEYS} masked in
 * {@code data} ({@code --redacted--}).
 *
 * <p>This is the one place a run is turned into something kept or shown outside the running
 * engine: the run history's files, pasted logs, a test saved from a run, the CLI's {@code run}
 * output and server comparisons all take their values from here, so none of them holds a
 * secret the server's own log would not.
 */
public final class RunLogWriter {

  private RunLogWriter() {}

  /** The revision of a finished run: the one the engine wrote, or the same computed now. */
  public static JsObject revision(RunResult result) {
    return result.log() != null ? result.log() : revision(result.steps(), result.chain(), env(result.chain()));
  }

  public static JsObject revision(List<StepRecord> steps, JsObject chain, JsObject env) {
    List<JsValue> stepEntries = new ArrayList<>();
    for (StepRecord step : steps) {
      stepEntries.add(step(step, env));
    }
    return JsObject.builder().put("steps", new JsArray(stepEntries)).put("data", data(chain, env)).build();
  }

  /**
   * One {@code steps[]} entry as the run log stores it: the whole entry env-masked (an env value
   * inside an operation key is masked too, as Directus does), no key masking.
   */
  public static JsObject step(StepRecord step, JsObject env) {
    JsObject entry = JsObject.builder()
        .put("operation", step.operationId())
        .put("key", step.key())
        .put("status", step.status().id())
        .put("options", step.options() == null ? JsValue.NULL : step.options())
        .build();
    return (JsObject) LogSerializer.serialize(entry, env);
  }

  /** Step options as the log's {@code steps[]} hold them: serialised and env-masked. */
  public static JsValue options(JsValue options, JsObject env) {
    return LogSerializer.serialize(options, env);
  }

  /**
   * A value as the log's {@code data} holds it: serialised, env-masked and key-masked. Used for
   * the chain, for a value taken from it (a run's result), and to re-mask a log that came from
   * elsewhere — on a log already written this way it changes nothing.
   */
  public static JsValue data(JsValue value, JsObject env) {
    return Redaction.redact(LogSerializer.serialize(value, env), Redaction.RUN_LOG_KEYS);
  }

  /** The {@code $env} snapshot of a chain (empty when there is none). */
  public static JsObject env(JsObject chain) {
    return chain.get("$env") instanceof JsObject env ? env : JsObject.EMPTY;
  }
}
