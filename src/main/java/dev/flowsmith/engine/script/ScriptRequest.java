package dev.flowsmith.engine.script;

import dev.flowsmith.engine.value.JsValue;
import java.util.Objects;

/**
 * One exec run (engine.md §6.2).
 *
 * @param code the script, which assigns a function to {@code module.exports}
 * @param data the argument of that function: the data chain, already sieved by {@link
 *     ScriptValues#sieve}
 * @param env {@code process.env}: the allow-listed {@code $env}, sieved the same way
 */
public record ScriptRequest(String code, JsValue data, JsValue env, ScriptLimits limits) {

  public ScriptRequest {
    Objects.requireNonNull(code);
    Objects.requireNonNull(data);
    Objects.requireNonNull(env);
    Objects.requireNonNull(limits);
  }
}
