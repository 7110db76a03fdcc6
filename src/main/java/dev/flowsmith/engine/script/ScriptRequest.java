package dev.flowsmith.engine.script;

import dev.flowsmith.engine.value.JsValue;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One exec run (engine.md §6.2).
 *
 * @param code the script, which assigns a function to {@code module.exports}
 * @param data the argument of that function: the data chain, already sieved by {@link
 *     ScriptValues#sieve}
 * @param env {@code process.env}: the allow-listed {@code $env}, sieved the same way
 * @param now a fixed clock for the script ({@code Date.now()} and {@code new Date()} answer it,
 *     the time standing still while the script runs), or null for the real clock
 */
public record ScriptRequest(String code, JsValue data, JsValue env, ScriptLimits limits, @Nullable Instant now) {

  public ScriptRequest {
    Objects.requireNonNull(code);
    Objects.requireNonNull(data);
    Objects.requireNonNull(env);
    Objects.requireNonNull(limits);
  }

  /** A script on the real clock. */
  public ScriptRequest(String code, JsValue data, JsValue env, ScriptLimits limits) {
    this(code, data, env, limits, null);
  }

  /** {@link #now} as epoch milliseconds, or null. */
  @Nullable Long nowMillis() {
    return now == null ? null : now.toEpochMilli();
  }
}
