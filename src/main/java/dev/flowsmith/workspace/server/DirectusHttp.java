package dev.flowsmith.workspace.server;

import dev.flowsmith.format.FlowFormatException;
import dev.flowsmith.format.JsonText;
import dev.flowsmith.model.JsonValue;
import dev.flowsmith.model.JsonValue.JsonArray;
import dev.flowsmith.model.JsonValue.JsonObject;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A small JSON client for a Directus server's REST API with a static or login token
 * ({@link TokenSource}; a login token that expired is refreshed once and the call repeated). Every
 * call returns the parsed body ({@link JsonValue#NULL} for 204), counts itself, and stops early
 * when the caller cancels (checked before each request and while one is waiting). HTTP/1.1 only:
 * the JDK client's h2c upgrade request confuses Directus. Requests go through a {@link Transport},
 * which tests replace to inject failures.
 */
public final class DirectusHttp {

  /** Sends one request; the default is the JDK HTTP client. */
  @FunctionalInterface
  public interface Transport {
    CompletableFuture<HttpResponse<String>> send(HttpRequest request);
  }

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(120);

  private final URI base;
  private final @Nullable TokenSource tokens;
  private final Transport transport;
  private final AtomicInteger requests;
  private final BooleanSupplier cancelled;

  public DirectusHttp(URI base, String token) {
    this(base, TokenSource.fixed(token));
  }

  public DirectusHttp(URI base, TokenSource tokens) {
    this(trimSlash(base), tokens, jdkTransport(), new AtomicInteger(), () -> false);
  }

  private DirectusHttp(URI base, @Nullable TokenSource tokens, Transport transport, AtomicInteger requests,
      BooleanSupplier cancelled) {
    this.base = base;
    this.tokens = tokens;
    this.transport = transport;
    this.requests = requests;
    this.cancelled = cancelled;
  }

  private static Transport jdkTransport() {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(CONNECT_TIMEOUT).build();
    return request -> client.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A client of {@code base} that sends no token (logging in). */
  public static DirectusHttp anonymous(URI base) {
    return new DirectusHttp(trimSlash(base), null, jdkTransport(), new AtomicInteger(), () -> false);
  }

  /** The same client (and request count) whose calls stop with {@code CANCELLED} once {@code cancelled} says so. */
  public DirectusHttp cancellable(BooleanSupplier whenCancelled) {
    return new DirectusHttp(base, tokens, transport, requests, whenCancelled);
  }

  /** The same client with its transport wrapped by {@code wrap} (fault injection in tests). */
  public DirectusHttp withTransport(UnaryOperator<Transport> wrap) {
    return new DirectusHttp(base, tokens, wrap.apply(transport), requests, cancelled);
  }

  /** The same server and request count without a token, for {@code /auth/*} calls. */
  DirectusHttp withoutToken() {
    return new DirectusHttp(base, null, transport, requests, cancelled);
  }

  /** The same client without cancellation, for clean-up that must run after a cancel. */
  public DirectusHttp uncancellable() {
    return cancellable(() -> false);
  }

  public URI url() {
    return base;
  }

  public int requestCount() {
    return requests.get();
  }

  public JsonValue get(String path) throws DirectusCallException {
    return send("GET", path, null);
  }

  public JsonValue post(String path, JsonValue body) throws DirectusCallException {
    return send("POST", path, body);
  }

  public JsonValue patch(String path, JsonValue body) throws DirectusCallException {
    return send("PATCH", path, body);
  }

  public JsonValue delete(String path, @Nullable JsonValue body) throws DirectusCallException {
    return send("DELETE", path, body);
  }

  /** The {@code data} member of an answer ({@code {"data": …}}), or NULL. */
  public static JsonValue data(JsonValue answer) {
    return answer instanceof JsonObject object ? object.get("data").orElse(JsonValue.NULL) : JsonValue.NULL;
  }

  /** {@code name=value} pairs as a query string ({@code ?filter[item][_eq]=…}), each part URL-encoded. */
  public static String query(String... namesAndValues) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      out.append(i == 0 ? '?' : '&').append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8))
          .append('=').append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
    }
    return out.toString();
  }

  /** Throws {@code CANCELLED} when the caller has cancelled. */
  public void checkCancelled() throws DirectusCallException {
    if (cancelled.getAsBoolean()) {
      throw DirectusCallException.cancelled();
    }
  }

  private JsonValue send(String method, String path, @Nullable JsonValue body) throws DirectusCallException {
    try {
      return sendOnce(method, path, body);
    } catch (DirectusCallException failed) {
      if (tokens != null && failed.status() == 401 && "TOKEN_EXPIRED".equals(failed.code())
          && tokens.refresh(withoutToken())) {
        return sendOnce(method, path, body);
      }
      throw failed;
    }
  }

  private JsonValue sendOnce(String method, String path, @Nullable JsonValue body) throws DirectusCallException {
    if (cancelled.getAsBoolean()) {
      throw DirectusCallException.cancelled();
    }
    URI uri = URI.create(base + path);
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
        .header("Accept", "application/json");
    if (tokens != null) {
      request.header("Authorization", "Bearer " + tokens.token());
    }
    if (body != null) {
      request.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(JsonText.compact(body), StandardCharsets.UTF_8));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    requests.incrementAndGet();
    HttpResponse<String> response = await(transport.send(request.build()), method + " " + uri);
    return answer(method + " " + path, response.statusCode(), response.body());
  }

  private HttpResponse<String> await(CompletableFuture<HttpResponse<String>> pending, String what)
      throws DirectusCallException {
    while (true) {
      try {
        return pending.get(100, TimeUnit.MILLISECONDS);
      } catch (TimeoutException stillWaiting) {
        if (cancelled.getAsBoolean()) {
          pending.cancel(true);
          throw DirectusCallException.cancelled();
        }
      } catch (InterruptedException interrupted) {
        pending.cancel(true);
        Thread.currentThread().interrupt();
        throw DirectusCallException.cancelled();
      } catch (ExecutionException failed) {
        Throwable cause = failed.getCause() == null ? failed : failed.getCause();
        String reason = cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException
            ? "cannot connect to " + base + " (" + describe(cause) + ")"
            : what + ": " + describe(cause);
        throw new DirectusCallException(DirectusCallException.Kind.UNREACHABLE, reason, cause);
      }
    }
  }

  private static String describe(Throwable cause) {
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
  }

  /** A 2xx body parsed, or the failure with Directus's first error message and code. */
  static JsonValue answer(String what, int status, String body) throws DirectusCallException {
    JsonValue parsed;
    try {
      parsed = body.isBlank() ? JsonValue.NULL : JsonText.parseValue(body);
    } catch (FlowFormatException notJson) {
      if (status / 100 == 2) {
        throw new DirectusCallException(DirectusCallException.Kind.SERVER_ERROR, status, null,
            what + " answered " + status + " with a body that is not JSON: " + abbreviate(body));
      }
      throw new DirectusCallException(DirectusCallException.kindOf(status), status, null,
          what + " answered " + status + ": " + abbreviate(body));
    }
    if (status / 100 == 2) {
      return parsed;
    }
    String message = "";
    String code = null;
    if (parsed instanceof JsonObject object && object.get("errors").orElse(null) instanceof JsonArray errors
        && !errors.elements().isEmpty() && errors.elements().get(0) instanceof JsonObject first) {
      message = first.string("message").orElse("");
      if (first.get("extensions").orElse(null) instanceof JsonObject extensions) {
        code = extensions.string("code").orElse(null);
      }
    }
    throw new DirectusCallException(DirectusCallException.kindOf(status), status, code,
        what + " answered " + status + (code == null ? "" : " " + code) + (message.isEmpty() ? "" : ": " + message));
  }

  private static String abbreviate(String text) {
    String line = text.strip().replaceAll("\\s+", " ");
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }

  private static URI trimSlash(URI uri) {
    String text = uri.toString();
    return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
  }
}
