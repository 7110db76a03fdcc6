package dev.flowsmith.engine.http;

import dev.flowsmith.engine.Cancellation;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsObject;
import dev.flowsmith.engine.value.JsValue;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;

/**
 * Sends one request the way Directus' axios does (engine.md §6.11): the deny list is checked
 * before every connection (redirects included), redirects are followed as follow-redirects
 * follows them, the answer is read by {@link ResponseReader}. Failures without a response throw
 * the errors of {@link AxiosErrors}; a response of any status is returned. One transport (and its
 * Java HTTP client) serves many runs; a run finds it among its services.
 */
public final class HttpTransport {

  /** One request header; a name may repeat (an array value in axios). */
  public record Header(String name, String value) {}

  /** What to send: an already encoded absolute URL, the method, headers in order, a text body. */
  public record Request(String url, String method, List<Header> headers, @Nullable String body) {
    public Request {
      headers = List.copyOf(headers);
    }
  }

  /** What came back: the axios response fields. */
  public record Response(int status, String statusText, JsObject headers, JsValue data) {}

  private static final long POLL_MILLIS = 50;

  private final HttpSettings settings;
  private final IpDenyList denyList;
  private final HttpClient client;

  public HttpTransport(HttpSettings settings) {
    this(settings, IpDenyList.of(settings.denyList()));
  }

  HttpTransport(HttpSettings settings, IpDenyList denyList) {
    this.settings = Objects.requireNonNull(settings);
    this.denyList = denyList;
    this.client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1) // axios speaks HTTP/1.1; no h2c upgrade attempts
        .followRedirects(HttpClient.Redirect.NEVER) // followed here, so every hop is checked
        .connectTimeout(settings.connectTimeout())
        .build();
  }

  public HttpSettings settings() {
    return settings;
  }

  /** Sends the request, following redirects; stops early (rejecting) when the run is cancelled. */
  public Response send(Request request, Cancellation cancellation) {
    cancellation.check();
    JsObject config = AxiosErrors.config(request.url(), request.method(), request.headers(),
        request.body());
    long deadline = settings.hasRequestTimeout()
        ? System.nanoTime() + settings.requestTimeout().toNanos() : Long.MAX_VALUE;
    URI uri = Addresses.parse(request.url());
    RedirectHop hop = new RedirectHop(uri, request.method(), withUserInfo(uri, request.headers()),
        request.body());
    for (int redirects = 0; ; redirects++) {
      InetAddress target = Addresses.checkedTarget(hop.uri(), denyList, config);
      HttpResponse<byte[]> response = exchange(hop, target, deadline, cancellation, config);
      int status = response.statusCode();
      Map<String, List<String>> headers = ResponseReader.headers(response.headers());
      List<String> location = headers.get("location");
      if (status >= 300 && status < 400 && location != null) {
        if (redirects >= settings.maxRedirects()) {
          throw AxiosErrors.wrapped("Maximum number of redirects exceeded",
              "ERR_FR_TOO_MANY_REDIRECTS", config);
        }
        hop = hop.next(status, location.get(0));
        continue;
      }
      byte[] body = ResponseReader.decompress(response.body(), headers, hop.method(), status, config,
          settings.maxResponseBytes());
      return new Response(status, HttpStatusTexts.of(status), NodeHeaders.toJs(headers),
          ResponseReader.data(body));
    }
  }

  /** axios turns {@code user:pass@} in the URL into basic authentication unless one is set. */
  private static List<Header> withUserInfo(URI uri, List<Header> headers) {
    String userInfo = uri.getUserInfo();
    if (userInfo == null || headers.stream().anyMatch(h -> h.name().equalsIgnoreCase("authorization"))) {
      return headers;
    }
    List<Header> with = new ArrayList<>(headers);
    with.add(new Header("Authorization", "Basic " + Base64.getEncoder()
        .encodeToString(userInfo.getBytes(StandardCharsets.UTF_8))));
    return with;
  }

  private HttpResponse<byte[]> exchange(RedirectHop hop, InetAddress target, long deadline,
      Cancellation cancellation, JsObject config) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(hop.uri())
        .method(hop.method().toUpperCase(Locale.ROOT), hop.body() == null
            ? BodyPublishers.noBody() : BodyPublishers.ofString(hop.body()));
    for (Header header : hop.headers()) {
      Addresses.checkHeader(header.name(), header.value());
      if (!Addresses.RESTRICTED.contains(header.name().toLowerCase(Locale.ROOT))) {
        try {
          builder.header(header.name(), sentValue(header));
        } catch (IllegalArgumentException e) {
          Addresses.checkHeader(header.name(), "\n"); // Java refused what Node takes: same error
        }
      }
    }
    CompletableFuture<HttpResponse<byte[]>> future =
        client.sendAsync(builder.build(), CappedBody.handler(settings.maxResponseBytes()));
    try {
      while (true) {
        if (cancellation.isCancelled()) {
          future.cancel(true);
          throw Cancellation.cancelledError();
        }
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
          future.cancel(true);
          throw AxiosErrors.created("timeout of " + settings.requestTimeout().toMillis()
              + "ms exceeded", "ECONNABORTED", config);
        }
        try {
          return future.get(Math.min(left, POLL_MILLIS), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillWaiting) {
          // poll again: cancellation and the deadline are checked at the top
        }
      }
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw Cancellation.cancelledError();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof CappedBody.TooLarge) {
        throw CappedBody.error(settings.maxResponseBytes(), config);
      }
      throw networkError(e.getCause(), hop.uri(), target, config);
    }
  }

  /** Brotli is not offered: axios' {@code Accept-Encoding} has it, Java cannot decode it. */
  private static String sentValue(Header header) {
    if (!header.name().equalsIgnoreCase("Accept-Encoding")) {
      return header.value();
    }
    String withoutBrotli = header.value().replaceAll("(?i)\\s*,\\s*br\\b(;q=[0-9.]+)?|\\bbr\\b(;q=[0-9.]+)?\\s*,?\\s*", "");
    return withoutBrotli.isBlank() ? "identity" : withoutBrotli;
  }

  /** A failed exchange as the Node error axios would wrap. */
  private static JsException networkError(@Nullable Throwable cause, URI uri, InetAddress target,
      JsObject config) {
    String address = target.getHostAddress() + ":" + Addresses.port(uri);
    if (cause instanceof HttpConnectTimeoutException) {
      return AxiosErrors.wrapped("connect ETIMEDOUT " + address, "ETIMEDOUT", config);
    }
    if (cause instanceof ConnectException) {
      return AxiosErrors.wrapped("connect ECONNREFUSED " + address, "ECONNREFUSED", config);
    }
    if (cause instanceof UnknownHostException) {
      return AxiosErrors.wrapped("getaddrinfo ENOTFOUND " + uri.getHost(), "ENOTFOUND", config);
    }
    if (cause instanceof SSLException) {
      return AxiosErrors.wrapped(String.valueOf(cause.getMessage()), "EPROTO", config);
    }
    return AxiosErrors.wrapped("socket hang up", "ECONNRESET", config);
  }

  /** One hop of a redirect chain, and follow-redirects' rules for the next one. */
  private record RedirectHop(URI uri, String method, List<Header> headers, @Nullable String body) {

    RedirectHop next(int status, String location) {
      URI next = Addresses.resolve(uri, location);
      String upper = method.toUpperCase(Locale.ROOT);
      boolean toGet = (status == 301 || status == 302) && upper.equals("POST")
          || status == 303 && !upper.equals("GET") && !upper.equals("HEAD");
      boolean sameOrigin = Objects.equals(next.getHost(), uri.getHost())
          || next.getHost() != null && uri.getHost() != null
              && next.getHost().endsWith("." + uri.getHost());
      boolean downgrade = !next.getScheme().equals(uri.getScheme()) && !next.getScheme().equals("https");
      List<Header> kept = new ArrayList<>();
      for (Header header : headers) {
        String name = header.name().toLowerCase(Locale.ROOT);
        boolean credentials = name.equals("authorization") || name.equals("proxy-authorization")
            || name.equals("cookie");
        if (toGet && name.startsWith("content-") || credentials && (!sameOrigin || downgrade)) {
          continue;
        }
        kept.add(header);
      }
      return new RedirectHop(next, toGet ? "GET" : method, kept, toGet ? null : body);
    }
  }
}
