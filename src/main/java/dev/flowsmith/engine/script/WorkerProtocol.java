package dev.flowsmith.engine.script;

import dev.flowsmith.engine.value.JsJson;
import dev.flowsmith.engine.value.JsNumber;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsString;
import dev.flowsmith.engine.value.JsValue;
import org.jspecify.annotations.Nullable;

/**
 * The lines a host and a script worker exchange over the worker's stdin and stdout: one compact
 * JSON object per line. Values travel as tagged text ({@link ScriptValues}) inside strings, so the
 * worker hands them to and from the sandbox without reading them.
 *
 * <pre>
 * worker → host  {"op":"ready"}
 * host → worker  {"op":"run","id":1,"timeout":10000,"code":"…","env":"…","data":"…","now":1767225600000}
 *                ("now", epoch milliseconds, only when the run's clock is fixed)
 * worker → host  {"op":"log","id":1,"method":"info","value":"…"}      (any number)
 * worker → host  {"op":"done","id":1,"resolved":true,"value":"…","retire":false}
 * host → worker  {"op":"cancel","id":1}
 * </pre>
 */
final class WorkerProtocol {

  static final String READY = "ready";
  static final String RUN = "run";
  static final String LOG = "log";
  static final String DONE = "done";
  static final String CANCEL = "cancel";

  private WorkerProtocol() {}

  static String ready() {
    return line(JsObject.builder().put("op", READY).build());
  }

  static String run(long id, ScriptRequest request) {
    JsObject.Builder message = JsObject.builder().put("op", RUN).put("id", id)
        .put("timeout", request.limits().timeoutMillis())
        .put("code", request.code())
        .put("env", ScriptValues.encode(request.env()))
        .put("data", ScriptValues.encode(request.data()));
    Long now = request.nowMillis();
    if (now != null) {
      message.put("now", now);
    }
    return line(message.build());
  }

  /** The fixed clock of a run message, or null. */
  static @Nullable Long now(JsObject message) {
    return message.get("now") instanceof JsNumber n ? (long) n.value() : null;
  }

  static String log(long id, String method, String tagged) {
    return line(JsObject.builder().put("op", LOG).put("id", id).put("method", method).put("value", tagged).build());
  }

  static String done(long id, ScriptOutcome outcome) {
    return line(JsObject.builder().put("op", DONE).put("id", id)
        .put("resolved", JsValue.of(outcome.resolved()))
        .put("value", outcome.value())
        .put("retire", JsValue.of(outcome.heapExhausted()))
        .build());
  }

  static String cancel(long id) {
    return line(JsObject.builder().put("op", CANCEL).put("id", id).build());
  }

  static JsObject parse(String line) {
    return JsJson.parse(line) instanceof JsObject message ? message : JsObject.EMPTY;
  }

  static String text(JsObject message, String key) {
    return message.get(key) instanceof JsString s ? s.value() : "";
  }

  static long number(JsObject message, String key) {
    return message.get(key) instanceof JsNumber n ? (long) n.value() : -1;
  }

  static boolean flag(JsObject message, String key) {
    return message.get(key).isTruthy();
  }

  static ScriptOutcome outcome(JsObject done) {
    return new ScriptOutcome(flag(done, "resolved"), text(done, "value"), flag(done, "retire"));
  }

  private static String line(JsObject message) {
    return JsJson.stringify(message).orElseThrow();
  }
}
