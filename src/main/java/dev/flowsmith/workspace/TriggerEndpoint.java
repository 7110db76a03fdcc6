package dev.flowsmith.workspace;

import dev.flowsmith.engine.run.FlowRunException;
import dev.flowsmith.engine.run.HttpOutcome;
import dev.flowsmith.engine.run.RunResult;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.TriggerType;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code GET|POST /flows/trigger/<flowId>} as Directus serves it (engine.md §3.2 webhook, §3.5
 * manual). As in Directus the JSON body is parsed before the flow is looked up, so a too-large or
 * malformed body is refused even for an unknown flow. The body is read without blocking (see
 * {@link RequestBody}); the flow then runs on the Jetty worker that got the last bytes.
 *
 * <p>Before anything else a request is checked against the server's limits: too many open
 * connections is a 503, more than {@link WebhookLimits#MAX_HEADERS} header fields a 431, a
 * declared JSON body over the limit a 400 without reading a byte of it. Those answers close the
 * connection, since the rest of what the client sends is not read.
 */
final class TriggerEndpoint extends Handler.Abstract {

  private static final Pattern ROUTE = Pattern.compile("/flows/trigger/([^/]+)/?");

  private final WorkspaceRuntime runtime;
  private final Executor background;
  private final WebhookLimits limits;
  private final ConnectionGuard guard;
  private final Consumer<String> problems;

  TriggerEndpoint(WorkspaceRuntime runtime, Executor background, WebhookLimits limits, ConnectionGuard guard,
      Consumer<String> problems) {
    this.runtime = runtime;
    this.background = background;
    this.limits = limits;
    this.guard = guard;
    this.problems = problems;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    guard.headReceived(request);
    if (guard.open() > limits.maxConnections()) {
      send(response, callback, HttpErrors.unavailable("Too many open connections (limit "
          + limits.maxConnections() + ")"), true);
      return true;
    }
    if (request.getHeaders().size() > WebhookLimits.MAX_HEADERS) {
      send(response, callback, HttpErrors.badFraming(431, "More than " + WebhookLimits.MAX_HEADERS
          + " header fields"), true);
      return true;
    }
    String rawPath = request.getHttpURI().getPath();
    String method = request.getMethod();
    Matcher route = ROUTE.matcher(rawPath);
    // Express answers HEAD with the GET route; the flow lookup then fails ("HEAD-<id>" is no
    // registered flow), so HEAD is the 403 without its body (measured on Directus 11.11)
    if (!route.matches() || !(method.equals("GET") || method.equals("POST") || method.equals("HEAD"))) {
      send(response, callback, HttpErrors.routeNotFound(rawPath), false);
      return true;
    }
    String flowId = URLDecoder.decode(route.group(1).replace("+", "%2B"), StandardCharsets.UTF_8);
    if (!TriggerRequest.hasJsonBody(request.getHeaders())) {
      answer(request, response, callback, flowId, JsObject.EMPTY);
      return true;
    }
    if (request.getLength() > limits.maxBodyBytes()) {
      // body-parser refuses a declared length over the limit before reading; unlike Directus,
      // which then drains the whole body before answering, we answer at once and close
      send(response, callback, HttpErrors.TOO_LARGE, true);
      return true;
    }
    RequestBody.read(request, limits.maxBodyBytes(), new RequestBody.Outcome() {
      @Override
      public void body(byte[] bytes) {
        JsValue body;
        try {
          body = TriggerRequest.jsonBody(bytes);
        } catch (TriggerRequest.Refused refused) {
          send(response, callback, refused.outcome, false);
          return;
        }
        answer(request, response, callback, flowId, body);
      }

      @Override
      public void refused(HttpOutcome answer) {
        send(response, callback, answer, true);
      }

      @Override
      public void broken(Throwable failure) {
        callback.failed(failure);
      }
    });
    return true;
  }

  private void answer(Request request, Response response, Callback callback, String flowId, JsValue body) {
    HttpOutcome outcome;
    try {
      outcome = run(request, flowId, body);
    } catch (RuntimeException bug) {
      problems.accept("webhook: " + request.getHttpURI().getPathQuery() + " failed: " + bug);
      outcome = HttpErrors.of(500, "An unexpected error occurred.", "INTERNAL_SERVER_ERROR");
    }
    send(response, callback, outcome, false);
  }

  private HttpOutcome run(Request request, String flowId, JsValue body) {
    String method = request.getMethod();
    Optional<Flow> found = runtime.flow(flowId);
    Optional<TriggerType> type = found.flatMap(Flow::triggerType)
        .filter(t -> t == TriggerType.WEBHOOK || t == TriggerType.MANUAL);
    if (type.isEmpty()) {
      return HttpErrors.FORBIDDEN;
    }
    Flow flow = found.get();
    boolean manual = type.get() == TriggerType.MANUAL;
    // Directus registers the flow under "<METHOD>-<id>": manual flows as POST, webhooks as options.method
    String registered = manual ? "POST" : flow.triggerOptions().string("method").orElse("GET");
    if (!registered.equals(method)) {
      return HttpErrors.FORBIDDEN;
    }
    if (manual && !ManualChecks.allowed(flow, body)) {
      return HttpErrors.FORBIDDEN;
    }
    JsObject trigger = TriggerRequest.of(flowId, method, request.getHttpURI().getQuery(), request.getHeaders(), body);
    JsObject accountability = accountability(request, manual);
    if (flow.triggerOptions().get("async").filter(dev.flowsmith.model.JsonValue.TRUE::equals).isPresent()) {
      background.execute(() -> runInBackground(flow, trigger, accountability));
      return new HttpOutcome(204, null);
    }
    try {
      RunResult result = runtime.launch(flow, trigger, accountability);
      // engine.md §4.6: only admins see a thrown value's own message
      return HttpOutcome.of(flow, result, manual);
    } catch (FlowRunException unrunnable) {
      return HttpErrors.unrunnable(unrunnable.getMessage());
    }
  }

  private void runInBackground(Flow flow, JsObject trigger, JsObject accountability) {
    try {
      runtime.launch(flow, trigger, accountability);
    } catch (FlowRunException | RuntimeException failed) {
      problems.accept("webhook: async flow \"" + flow.name() + "\" did not run: " + failed.getMessage());
    }
  }

  private static JsObject accountability(Request request, boolean manual) {
    String ip = Request.getRemoteAddr(request);
    String userAgent = request.getHeaders().get(HttpHeader.USER_AGENT);
    String origin = request.getHeaders().get(HttpHeader.ORIGIN);
    return manual ? LocalCallers.admin(ip, userAgent, origin) : LocalCallers.anonymous(ip, userAgent, origin);
  }

  /** Writes the answer; {@code close} when the request was not read to its end. */
  static void send(Response response, Callback callback, HttpOutcome outcome, boolean close) {
    response.setStatus(outcome.status());
    if (close) {
      response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE);
    }
    if (outcome.body() == null) {
      response.write(true, null, callback);
      return;
    }
    byte[] bytes = outcome.body().getBytes(StandardCharsets.UTF_8);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
    response.write(true, ByteBuffer.wrap(bytes), callback);
  }
}
