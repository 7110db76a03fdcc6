package dev.flowsmith.workspace;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.flowsmith.engine.run.FlowRunException;
import dev.flowsmith.engine.run.HttpOutcome;
import dev.flowsmith.engine.run.RunResult;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.model.Flow;
import dev.flowsmith.model.TriggerType;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET|POST /flows/trigger/<flowId>} as Directus serves it (engine.md §3.2 webhook, §3.5
 * manual). Runs on the server's worker pool, never on the dispatcher thread, so slow flows do not
 * hold up other requests. As in Directus the JSON body is parsed before the route is matched, so
 * a too-large or malformed body is refused even for an unknown flow.
 */
final class TriggerEndpoint implements HttpHandler {

  private static final Pattern ROUTE = Pattern.compile("/flows/trigger/([^/]+)/?");

  private final WorkspaceRuntime runtime;
  private final Executor background;
  private final int maxBodyBytes;
  private final Consumer<String> problems;

  TriggerEndpoint(WorkspaceRuntime runtime, Executor background, int maxBodyBytes, Consumer<String> problems) {
    this.runtime = runtime;
    this.background = background;
    this.maxBodyBytes = maxBodyBytes;
    this.problems = problems;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      HttpOutcome outcome;
      try {
        outcome = answer(exchange);
      } catch (TriggerRequest.Refused refused) {
        outcome = refused.outcome;
      } catch (RuntimeException bug) {
        problems.accept("webhook: " + exchange.getRequestURI() + " failed: " + bug);
        outcome = HttpErrors.of(500, "An unexpected error occurred.", "INTERNAL_SERVER_ERROR");
      }
      send(exchange, outcome);
    }
  }

  private HttpOutcome answer(HttpExchange exchange) throws IOException, TriggerRequest.Refused {
    String rawPath = exchange.getRequestURI().getRawPath();
    String method = exchange.getRequestMethod();
    Matcher route = ROUTE.matcher(rawPath);
    if (!route.matches() || !(method.equals("GET") || method.equals("POST"))) {
      return HttpErrors.routeNotFound(rawPath);
    }
    String flowId = URLDecoder.decode(route.group(1).replace("+", "%2B"), StandardCharsets.UTF_8);
    JsObject trigger = TriggerRequest.read(exchange, flowId, maxBodyBytes);
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
    if (manual && !ManualChecks.allowed(flow, trigger.get("body"))) {
      return HttpErrors.FORBIDDEN;
    }
    JsObject accountability = accountability(exchange, manual);
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

  private static JsObject accountability(HttpExchange exchange, boolean manual) {
    InetSocketAddress remote = exchange.getRemoteAddress();
    String ip = remote.getAddress() == null ? remote.getHostString() : remote.getAddress().getHostAddress();
    String userAgent = exchange.getRequestHeaders().getFirst("User-Agent");
    String origin = exchange.getRequestHeaders().getFirst("Origin");
    return manual ? LocalCallers.admin(ip, userAgent, origin) : LocalCallers.anonymous(ip, userAgent, origin);
  }

  private static void send(HttpExchange exchange, HttpOutcome outcome) throws IOException {
    if (outcome.body() == null) {
      exchange.sendResponseHeaders(outcome.status(), -1);
      return;
    }
    byte[] bytes = outcome.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(outcome.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
