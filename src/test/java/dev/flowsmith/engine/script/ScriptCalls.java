package dev.flowsmith.engine.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Runs scripts through a runner with short limits and reads the results as JSON. */
public final class ScriptCalls {

  /** For scripts that must succeed: generous, as the shared test machines can be very slow. */
  public static final ScriptLimits SHORT = new ScriptLimits(5_000, 8);

  private final ScriptRunner runner;
  private final List<String> console = new ArrayList<>();

  public ScriptCalls(ScriptRunner runner) {
    this.runner = runner;
  }

  public JsValue run(String code) {
    return run(code, JsObject.EMPTY, SHORT);
  }

  public JsValue run(String code, JsValue data, ScriptLimits limits) {
    return runner.run(new ScriptRequest(code, data, JsObject.EMPTY, limits), this::log, () -> false);
  }

  /** The result as JSON.stringify shows it ("undefined" for undefined). */
  public String json(String code) {
    return JsJson.stringify(run(code)).orElse("undefined");
  }

  /** The rejection value; fails if the script resolves. */
  public JsValue rejection(String code) {
    return rejection(code, SHORT);
  }

  public JsValue rejection(String code, ScriptLimits limits) {
    return rejectionOf(code, () -> run(code, JsObject.EMPTY, limits));
  }

  /** The rejection's error; fails unless the script rejects with an error. */
  public JsError error(String code) {
    return error(code, SHORT);
  }

  public JsError error(String code, ScriptLimits limits) {
    return errorOf(code, () -> run(code, JsObject.EMPTY, limits));
  }

  /** The value {@code call} rejects with; fails if it returns. */
  public static JsValue rejectionOf(String code, ThrowingCallable call) {
    JsException thrown = catchThrowableOfType(JsException.class, call);
    assertThat(thrown).as("rejection of %s", code).isNotNull();
    return thrown.value();
  }

  /** The error {@code call} rejects with; fails unless it rejects with an error. */
  public static JsError errorOf(String code, ThrowingCallable call) {
    JsValue value = rejectionOf(code, call);
    assertThat(value).as("rejection of %s", code).isInstanceOf(JsError.class);
    return (JsError) value;
  }

  public List<String> console() {
    return console;
  }

  private synchronized void log(ScriptConsole.Level level, JsValue value) {
    console.add(level.name().toLowerCase() + " " + JsJson.stringify(value).orElse("undefined"));
  }
}
