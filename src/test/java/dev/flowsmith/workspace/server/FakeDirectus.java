package dev.flowsmith.workspace.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An in-process stand-in for the parts of a Directus server that running on the server uses:
 * flows and operations (create, patch, delete, list), {@code /flows/trigger/:id} for a launcher
 * whose Trigger Flow operation names a copy (which it "runs" by walking the resolve links, each
 * step resolving with its options as its value), and {@code /revisions} with the log of that run.
 * Every request is recorded; {@link #failTrigger} and {@link #triggerDelayMillis} inject trouble.
 *
 * <p>For sync: flows and operations also take batches ({@code POST}/{@code PATCH}/{@code DELETE}
 * with arrays), {@code GET /flows?fields=*,operations.*} nests the operations, {@code /server/info}
 * shows {@link #version}, and {@code /auth/login} / {@code /auth/refresh} hand out tokens for
 * {@link #user}; {@link #expireTokens} makes the tokens handed out so far answer 401 TOKEN_EXPIRED.
 */
public final class FakeDirectus implements AutoCloseable {

  public static final String TOKEN = "fake-token";

  private final String token;

  private final HttpServer server;
  private final Map<String, JsonObject> flows = Collections.synchronizedMap(new LinkedHashMap<>());
  private final Map<String, JsonObject> operations = Collections.synchronizedMap(new LinkedHashMap<>());
  private final Map<String, JsonObject> revisions = Collections.synchronizedMap(new LinkedHashMap<>());
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private volatile int failTrigger;
  private volatile long triggerDelayMillis;
  private int revisionIds = 100;
  private final java.util.Set<String> loginTokens = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final java.util.Set<String> expiredTokens = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final java.util.Set<String> refreshTokens = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private volatile String email = "";
  private volatile String password = "";
  private volatile @org.jspecify.annotations.Nullable String version = "11.11.0";
  private final java.util.concurrent.atomic.AtomicInteger issued = new java.util.concurrent.atomic.AtomicInteger();

  public FakeDirectus() throws IOException {
    this(TOKEN);
  }

  /** A fake accepting {@code token} (CLI tests pass one through an environment variable that exists, e.g. PATH). */
  public FakeDirectus(String token) throws IOException {
    this.token = token;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool()); // a slow trigger must not hold up clean-up
    server.start();
  }

  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public DirectusHttp client() {
    return new DirectusHttp(url(), token);
  }

  /** "METHOD /path" of every request, in order (no query). */
  public List<String> requests() {
    return List.copyOf(requests);
  }

  public Map<String, JsonObject> flows() {
    return Map.copyOf(flows);
  }

  public Map<String, JsonObject> operations() {
    return Map.copyOf(operations);
  }

  /** Answer the trigger call with this status (0: run normally). */
  public void failTrigger(int status) {
    failTrigger = status;
  }

  public void triggerDelayMillis(long millis) {
    triggerDelayMillis = millis;
  }

  /** The user {@code /auth/login} accepts. */
  public void user(String email, String password) {
    this.email = email;
    this.password = password;
  }

  /** What {@code /server/info} shows as {@code version} (null: nothing, as for a non-admin). */
  public void version(@org.jspecify.annotations.Nullable String shown) {
    this.version = shown;
  }

  /** Every login access token handed out so far now answers 401 TOKEN_EXPIRED. */
  public void expireTokens() {
    expiredTokens.addAll(loginTokens);
  }

  /** Puts a flow (with nested operations, as GET /flows?fields=*,operations.* gives it) on the server. */
  public void putFlow(JsonObject flowWithOperations) {
    JsonObject flow = flowWithOperations.without("operations");
    flows.put(flow.string("id").orElseThrow(), flow);
    if (flowWithOperations.get("operations").orElse(null) instanceof JsonArray ops) {
      ops.elements().forEach(op -> operations.put(((JsonObject) op).string("id").orElseThrow(), (JsonObject) op));
    }
  }

  /** A flow as if left behind by a killed run, created at {@code when}. */
  public void addFlow(String id, String name, Instant when) {
    flows.put(id, JsonObject.builder().put("id", id).put("name", name).put("date_created", when.toString()).build());
  }

  private void handle(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    requests.add(method + " " + path);
    Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
    try {
      String text = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      JsonValue body = text.isBlank() ? JsonValue.NULL : JsonText.parseValue(text);
      if (path.startsWith("/auth/")) {
        auth(exchange, path, (JsonObject) body);
        return;
      }
      String authorization = exchange.getRequestHeaders().getFirst("Authorization");
      String bearer = authorization == null ? "" : authorization.replaceFirst("^Bearer ", "");
      if (expiredTokens.contains(bearer)) {
        send(exchange, 401, error("Token expired.", "TOKEN_EXPIRED"));
        return;
      }
      if (!bearer.equals(token) && !loginTokens.contains(bearer)) {
        send(exchange, 401, error("Invalid user credentials.", "INVALID_CREDENTIALS"));
        return;
      }
      String[] parts = path.split("/");
      Map<String, JsonObject> opsBefore;
      Map<String, JsonObject> flowsBefore;
      synchronized (operations) {
        opsBefore = new LinkedHashMap<>(operations);
        flowsBefore = new LinkedHashMap<>(flows);
      }
      if (!method.equals("GET") && !path.startsWith("/flows/trigger/")) {
        String broken = null;
        JsonValue answer = null;
        try {
          answer = write(exchange, method, path, parts, body, query);
          broken = constraintBroken();
        } catch (RuntimeException bad) {
          broken = "500 " + bad;
        }
        if (broken != null) {
          synchronized (operations) {
            operations.clear();
            operations.putAll(opsBefore);
            flows.clear();
            flows.putAll(flowsBefore);
          }
          send(exchange, broken.startsWith("400") ? 400 : 500, error(broken.substring(4),
              broken.startsWith("400") ? "RECORD_NOT_UNIQUE" : "INTERNAL_SERVER_ERROR"));
        } else if (answer != null) {
          send(exchange, 200, answer);
        }
        return;
      }
      if (path.equals("/server/info") && method.equals("GET")) {
        JsonObject.Builder info = JsonObject.builder().put("project", JsonObject.EMPTY);
        if (version != null) {
          info.put("version", version);
        }
        send(exchange, 200, data(info.build()));
        return;
      }
      if (path.startsWith("/flows/trigger/") && method.equals("POST")) {
        JsonValue answer = trigger(exchange, parts[3], (JsonObject) body);
        if (answer != null) {
          send(exchange, 200, answer);
        }
        return;
      }
      JsonValue answer = write(exchange, method, path, parts, body, query);
      if (answer != null) {
        send(exchange, 200, answer);
      }
    } catch (Exception broken) {
      send(exchange, 500, error(String.valueOf(broken), "INTERNAL_SERVER_ERROR"));
    }
  }

  private JsonValue trigger(HttpExchange exchange, String launcherId, JsonObject body) throws Exception {
    if (triggerDelayMillis > 0) {
      Thread.sleep(triggerDelayMillis);
    }
    if (failTrigger != 0) {
      send(exchange, failTrigger, error("An unexpected error occurred.", "INTERNAL_SERVER_ERROR"));
      return null;
    }
    JsonObject launcher = flows.get(launcherId);
    if (launcher == null || !"active".equals(launcher.string("status").orElse(""))) {
      send(exchange, 403, error("You don't have permission to access this.", "FORBIDDEN"));
      return null;
    }
    JsonObject call = operations.get(launcher.string("operation").orElseThrow());
    String copyId = ((JsonObject) call.get("options").orElseThrow()).string("flow").orElseThrow();
    JsonObject copy = flows.get(copyId);
    JsonValue payload = body.get("payload").orElse(JsonValue.NULL);
    List<JsonValue> steps = new ArrayList<>();
    JsonObject.Builder chain = JsonObject.builder().put("$trigger", payload).put("$last", payload)
        .put("$accountability", JsonObject.builder().put("user", "fake-admin").put("admin", JsonValue.TRUE).build())
        .put("$env", JsonObject.EMPTY);
    String next = copy.string("operation").orElse(null);
    while (next != null) {
      JsonObject op = operations.get(next);
      JsonValue options = op.get("options").orElse(JsonValue.NULL);
      steps.add(JsonObject.builder().put("operation", next).put("key", op.string("key").orElseThrow())
          .put("status", "resolve").put("options", options).build());
      chain.put(op.string("key").orElseThrow(), options);
      next = op.string("resolve").orElse(null);
    }
    JsonObject log = JsonObject.builder().put("steps", new JsonArray(steps)).put("data", chain.build()).build();
    revisions.put(copyId, JsonObject.builder().put("id", JsonValue.of(revisionIds++)).put("collection", "directus_flows")
        .put("item", copyId).put("data", log).build());
    return data(chain.build());
  }

  /** The answer to a request (null when already sent); writes change the maps in place. */
  private JsonValue write(HttpExchange exchange, String method, String path, String[] parts, JsonValue body,
      Map<String, String> query) throws IOException {
      return switch (method + " " + (parts.length > 1 ? parts[1] : "")) {
        // what the app's Connect dialog checks: who the token is, and the server's version
        case "GET users" -> data(JsonObject.builder().put("email", "fake-admin@example.com").build());
        case "GET server" -> data(JsonObject.builder().put("version", "11.11.0").build());
        case "GET flows" -> query.getOrDefault("fields", "").contains("operations.*") ? nestedFlows()
            : list(flows, row -> row.string("name").orElse("").startsWith(
                query.getOrDefault("filter[name][_starts_with]", "")));
        case "POST flows" -> {
          List<JsonValue> created = new ArrayList<>();
          for (JsonValue one : body instanceof JsonArray many ? many.elements() : List.of(body)) {
            JsonObject flow = (JsonObject) one;
            flow = flow.with("date_created", JsonValue.of(Instant.now().toString()));
            flows.put(flow.string("id").orElseThrow(), flow);
            created.add(flow);
          }
          yield data(body instanceof JsonArray ? new JsonArray(created) : created.get(0));
        }
        case "PATCH flows" -> {
          List<JsonValue> changes = body instanceof JsonArray many ? many.elements()
              : List.of(((JsonObject) body).with("id", JsonValue.of(parts[2])));
          for (JsonValue one : changes) {
            JsonObject change = (JsonObject) one;
            String id = change.string("id").orElseThrow();
            JsonObject flow = flows.get(id);
            for (var member : change.members().entrySet()) {
              flow = flow.with(member.getKey(), member.getValue());
            }
            flows.put(id, flow);
          }
          yield data(body);
        }
        case "DELETE flows" -> {
          if (parts.length < 3) {
            for (JsonValue id : ((JsonArray) body).elements()) {
              String key = ((JsonValue.JsonString) id).value();
              flows.remove(key);
              operations.values().removeIf(op -> op.string("flow").orElse("").equals(key));
            }
            exchange.sendResponseHeaders(204, -1);
            yield null;
          }
          if (flows.remove(parts[2]) == null) {
            send(exchange, 403, error("You don't have permission to access this.", "FORBIDDEN"));
            yield null;
          }
          operations.values().removeIf(op -> op.string("flow").orElse("").equals(parts[2]));
          exchange.sendResponseHeaders(204, -1);
          yield null;
        }
        case "POST operations" -> {
          for (JsonValue op : ((JsonArray) body).elements()) {
            JsonObject row = (JsonObject) op;
            operations.put(row.string("id").orElseThrow(), row);
          }
          yield data(body);
        }
        case "PATCH operations" -> {
          for (JsonValue op : ((JsonArray) body).elements()) {
            JsonObject change = (JsonObject) op;
            String id = change.string("id").orElseThrow();
            JsonObject row = operations.get(id);
            for (var member : change.members().entrySet()) {
              row = row.with(member.getKey(), member.getValue());
            }
            operations.put(id, row);
          }
          yield data(body);
        }
        case "GET operations" -> list(operations, row -> row.string("flow").orElse("").equals(
            query.getOrDefault("filter[flow][_eq]", "")));
        case "DELETE operations" -> {
          ((JsonArray) body).elements().forEach(id -> operations.remove(((JsonValue.JsonString) id).value()));
          exchange.sendResponseHeaders(204, -1);
          yield null;
        }
        case "GET revisions" -> {
          JsonObject revision = revisions.get(query.getOrDefault("filter[item][_eq]", ""));
          yield data(revision == null ? JsonArray.EMPTY : new JsonArray(List.of(revision)));
        }
        default -> {
          send(exchange, 404, error("Route " + path + " doesn't exist.", "ROUTE_NOT_FOUND"));
          yield null;
        }
      };
  }

  /** Directus's constraints a push must respect: unique resolve/reject, links to existing operations. */
  private String constraintBroken() {
    synchronized (operations) {
      java.util.Set<String> resolves = new java.util.HashSet<>();
      java.util.Set<String> rejects = new java.util.HashSet<>();
      for (JsonObject op : operations.values()) {
        for (String link : List.of("resolve", "reject")) {
          String target = op.string(link).orElse(null);
          if (target == null) {
            continue;
          }
          if (!(link.equals("resolve") ? resolves : rejects).add(target)) {
            return "400 Value for field \"" + link + "\" in collection \"directus_operations\" has to be unique.";
          }
          if (!operations.containsKey(target)) {
            return "500 FOREIGN KEY constraint failed (" + op.string("id").orElse("") + "." + link + ")";
          }
        }
        if (!flows.containsKey(op.string("flow").orElse(""))) {
          return "500 FOREIGN KEY constraint failed (operation " + op.string("id").orElse("") + ".flow)";
        }
      }
      for (JsonObject flow : flows.values()) {
        String entry = flow.string("operation").orElse(null);
        if (entry != null && !operations.containsKey(entry)) {
          return "500 FOREIGN KEY constraint failed (flow " + flow.string("id").orElse("") + ".operation)";
        }
      }
    }
    return null;
  }

  private JsonValue nestedFlows() {
    List<JsonValue> out = new ArrayList<>();
    synchronized (flows) {
      for (JsonObject flow : flows.values()) {
        String id = flow.string("id").orElseThrow();
        List<JsonValue> ops;
        synchronized (operations) {
          ops = operations.values().stream().filter(op -> op.string("flow").orElse("").equals(id))
              .map(JsonValue.class::cast).toList();
        }
        out.add(flow.with("operations", new JsonArray(ops)));
      }
    }
    return data(new JsonArray(out));
  }

  private void auth(HttpExchange exchange, String path, JsonObject body) throws IOException {
    if (path.equals("/auth/login")) {
      if (email.isEmpty() || !email.equals(body.string("email").orElse("")) || !password.equals(
          body.string("password").orElse(""))) {
        send(exchange, 401, error("Invalid user credentials.", "INVALID_CREDENTIALS"));
        return;
      }
    } else if (path.equals("/auth/refresh")) {
      if (!refreshTokens.remove(body.string("refresh_token").orElse(""))) {
        send(exchange, 401, error("Invalid user credentials.", "INVALID_CREDENTIALS"));
        return;
      }
    } else {
      send(exchange, 404, error("Route " + path + " doesn't exist.", "ROUTE_NOT_FOUND"));
      return;
    }
    int n = issued.incrementAndGet();
    loginTokens.add("access-" + n);
    refreshTokens.add("refresh-" + n);
    send(exchange, 200, data(JsonObject.builder().put("access_token", "access-" + n).put("expires", JsonValue.of(900000))
        .put("refresh_token", "refresh-" + n).build()));
  }

  private static JsonValue list(Map<String, JsonObject> rows, java.util.function.Predicate<JsonObject> keep) {
    List<JsonValue> kept = new ArrayList<>();
    synchronized (rows) {
      rows.values().stream().filter(keep).forEach(kept::add);
    }
    return data(new JsonArray(kept));
  }

  private static JsonObject data(JsonValue value) {
    return JsonObject.builder().put("data", value).build();
  }

  private static JsonObject error(String message, String code) {
    return JsonObject.builder().put("errors", new JsonArray(List.of(JsonObject.builder().put("message", message)
        .put("extensions", JsonObject.builder().put("code", code).build()).build()))).build();
  }

  private static void send(HttpExchange exchange, int status, JsonValue body) throws IOException {
    byte[] bytes = JsonText.compact(body).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> values = new LinkedHashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int equals = pair.indexOf('=');
        if (equals > 0) {
          values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return values;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
