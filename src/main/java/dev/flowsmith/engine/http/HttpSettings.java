package dev.flowsmith.engine.http;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the request operation reaches the network (engine.md §6.11, §9). A run finds it among its
 * services (through {@link HttpTransport}); without one, {@link #defaults()} apply.
 *
 * <p>Decisions: the deny list defaults to Directus' own ({@code 0.0.0.0,169.254.169.254}), so a
 * flow that a real server refuses is refused here too and the golden webhook cases reproduce; a
 * workspace setting may relax it (tests against a loopback server pass an empty list). Directus'
 * axios has no timeouts; a desktop run should not hang on a dead host, so connecting may take
 * 10 s and the whole exchange, redirects and body included, 60 s. Redirects follow axios'
 * follow-redirects limit of 21.
 *
 * @param denyList {@code IMPORT_IP_DENY_LIST} entries, see {@link IpDenyList}; empty allows all
 * @param connectTimeout time to open a connection
 * @param requestTimeout time for the whole exchange; zero or negative for none (Directus' way)
 * @param maxRedirects redirects followed before failing
 * @param maxResponseBytes the largest response body read, compressed or decompressed (our guard:
 *     Directus' axios reads any size into memory); a bigger one rejects
 */
public record HttpSettings(List<String> denyList, Duration connectTimeout, Duration requestTimeout,
    int maxRedirects, long maxResponseBytes) {

  /** 50 MB: far above what a flow step handles, far below what fills a desktop JVM. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 50L << 20;

  /** Directus' default {@code IMPORT_IP_DENY_LIST}. */
  public static final List<String> DIRECTUS_DENY_LIST = List.of("0.0.0.0", "169.254.169.254");

  public HttpSettings {
    denyList = List.copyOf(denyList);
    Objects.requireNonNull(connectTimeout);
    Objects.requireNonNull(requestTimeout);
    if (connectTimeout.isNegative() || connectTimeout.isZero()) {
      throw new IllegalArgumentException("connectTimeout must be positive");
    }
    if (maxResponseBytes < 1) {
      throw new IllegalArgumentException("maxResponseBytes must be at least 1");
    }
  }

  public HttpSettings(List<String> denyList, Duration connectTimeout, Duration requestTimeout, int maxRedirects) {
    this(denyList, connectTimeout, requestTimeout, maxRedirects, DEFAULT_MAX_RESPONSE_BYTES);
  }

  public static HttpSettings defaults() {
    return new HttpSettings(DIRECTUS_DENY_LIST, Duration.ofSeconds(10), Duration.ofSeconds(60), 21);
  }

  public HttpSettings withDenyList(List<String> entries) {
    return new HttpSettings(entries, connectTimeout, requestTimeout, maxRedirects, maxResponseBytes);
  }

  public HttpSettings withRequestTimeout(Duration timeout) {
    return new HttpSettings(denyList, connectTimeout, timeout, maxRedirects, maxResponseBytes);
  }

  public HttpSettings withMaxResponseBytes(long bytes) {
    return new HttpSettings(denyList, connectTimeout, requestTimeout, maxRedirects, bytes);
  }

  public boolean hasRequestTimeout() {
    return !requestTimeout.isNegative() && !requestTimeout.isZero();
  }
}
