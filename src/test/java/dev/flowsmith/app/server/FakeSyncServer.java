package dev.flowsmith.app.server;

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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * An in-process stand-in for what the Server view uses of a Directus server: {@code /users/me},
 * {@code /server/info}, {@code GET /flows} with nested operations, and the batch writes of a
 * push ({@code POST/PATCH/DELETE /flows} and {@code /operations} with arrays). A wrong token gets
 * 401; {@link #forbidFlows} makes {@code /flows} answer 403; {@link #version} sets what
 * {@code /server/info} reports; {@link #delayReadsMillis} slows {@code GET /flows} for Cancel.
 */
final class FakeSyncServer implements AutoCloseable {

  static final String TOKEN = "fake-sync-token";

  private final HttpServer server;
  private final Map<String, JsonObject> flows = Collections.synchronizedMap(new LinkedHashMap<>());
  private final Map<String, JsonObject> operations = Collections.synchronizedMap(new LinkedHashMap<>());
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private volatile boolean forbidFlows;
  private volatile String version = "11.11.0";
  private volatile long delayReadsMillis;

  FakeSyncServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Puts a flow on the server from a canonical document (a flow with nested {@code operations}). */
  void putFlow(String canonicalJson) throws Exception {
    JsonObject flow = (JsonObject) JsonText.parseValue(canonicalJson);
    String id = flow.string("id").orElseThrow();
    if (flow.get("operations").orElse(JsonArray.EMPTY) instanceof JsonArray ops) {
      for (JsonValue op : ops.elements()) {
        JsonObject row = ((JsonObject) op).with("flow", JsonValue.of(id));
        operations.put(row.string("id").orElseThrow(), row);
      }
    }
    flows.put(id, flow.without("operations"));
  }

  /** Changes one field of a flow, as an edit in the Directus app would. */
  void editFlow(String id, String field, JsonValue value) {
    flows.computeIfPresent(id, (key, flow) -> flow.with(field, value));
  }

  JsonObject flow(String id) {
    return flows.get(id);
  }

  Map<String, JsonObject> operations() {
    return Map.copyOf(operations);
  }

  List<String> requests() {
    return List.copyOf(requests);
  }

  void forbidFlows(boolean forbid) {
    forbidFlows = forbid;
  }

  void version(String reported) {
    version = reported;
  }

  void delayReadsMillis(long millis) {
    delayReadsMillis = millis;
  }

  private void handle(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    requests.add(method + " " + path);
    try {
      if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        send(exchange, 401, error("Invalid user credentials.", "INVALID_CREDENTIALS"));
        return;
      }
      String text = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      JsonValue body = text.isBlank() ? JsonValue.NULL : JsonText.parseValue(text);
      if (path.equals("/users/me")) {
        send(exchange, 200, data(JsonObject.builder().put("email", "fake@example.com").build()));
        return;
      }
      if (path.equals("/server/info")) {
        send(exchange, 200, data(JsonObject.builder().put("version", version).build()));
        return;
      }
      if (forbidFlows && (path.startsWith("/flows") || path.startsWith("/operations"))) {
        send(exchange, 403, error("You don't have permission to access this.", "FORBIDDEN"));
        return;
      }
      String[] parts = path.split("/");
      String collection = parts.length > 1 ? parts[1] : "";
      Map<String, JsonObject> rows = collection.equals("flows") ? flows : collection.equals("operations")
          ? operations : null;
      if (rows == null) {
        send(exchange, 404, error("Route " + path + " doesn't exist.", "ROUTE_NOT_FOUND"));
        return;
      }
      switch (method) {
        case "GET" -> {
          if (delayReadsMillis > 0) {
            Thread.sleep(delayReadsMillis);
          }
          send(exchange, 200, data(collection.equals("flows") ? flowsWithOperations() : list(operations)));
        }
        case "POST" -> {
          for (JsonValue item : items(body)) {
            JsonObject row = (JsonObject) item;
            rows.put(row.string("id").orElseThrow(), row);
          }
          send(exchange, 200, data(body));
        }
        case "PATCH" -> {
          List<JsonValue> changes = parts.length > 2
              ? List.of(((JsonObject) body).with("id", JsonValue.of(parts[2]))) : items(body);
          for (JsonValue item : changes) {
            JsonObject change = (JsonObject) item;
            String id = change.string("id").orElseThrow();
            JsonObject row = rows.get(id);
            for (var member : change.members().entrySet()) {
              row = row.with(member.getKey(), member.getValue());
            }
            rows.put(id, row);
          }
          send(exchange, 200, data(body));
        }
        case "DELETE" -> {
          List<JsonValue> ids = parts.length > 2 ? List.of(JsonValue.of(parts[2])) : items(body);
          for (JsonValue id : ids) {
            String key = ((JsonValue.JsonString) id).value();
            rows.remove(key);
            if (collection.equals("flows")) {
              operations.values().removeIf(op -> op.string("flow").orElse("").equals(key));
            }
          }
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        }
        default -> send(exchange, 405, error("no " + method, "INVALID_PAYLOAD"));
      }
    } catch (Exception broken) {
      send(exchange, 500, error(String.valueOf(broken), "INTERNAL_SERVER_ERROR"));
    }
  }

  private JsonArray flowsWithOperations() {
    List<JsonValue> out = new ArrayList<>();
    synchronized (flows) {
      for (JsonObject flow : flows.values()) {
        String id = flow.string("id").orElseThrow();
        List<JsonValue> ops = new ArrayList<>();
        synchronized (operations) {
          operations.values().stream().filter(op -> op.string("flow").orElse("").equals(id)).forEach(ops::add);
        }
        out.add(flow.with("operations", new JsonArray(ops)));
      }
    }
    return new JsonArray(out);
  }

  private static JsonArray list(Map<String, JsonObject> rows) {
    synchronized (rows) {
      return new JsonArray(new ArrayList<>(rows.values()));
    }
  }

  private static List<JsonValue> items(JsonValue body) {
    return body instanceof JsonArray array ? array.elements() : List.of(body);
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

  @Override
  public void close() {
    server.stop(0);
  }
}
