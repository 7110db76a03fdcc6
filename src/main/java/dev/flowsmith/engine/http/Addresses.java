package dev.flowsmith.engine.http;

import dev.flowsmith.engine.value.JsError;
import dev.flowsmith.engine.value.JsException;
import dev.flowsmith.engine.value.JsObject;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** URL reading and the per-connection destination check of {@link HttpTransport}. */
final class Addresses {

  /**
   * Headers Java's client sets itself and refuses from callers; Node would send a caller's. They
   * are left out (the client's own values go instead).
   */
  static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host",
      "upgrade");

  private static final Pattern TOKEN = Pattern.compile("[\\^_`a-zA-Z\\-0-9!#$%&'*+.|~]+");
  private static final Pattern VALUE = Pattern.compile("[\t\\x20-\\x7e\\x80-\\xff]*");

  private Addresses() {}

  /**
   * An absolute http(s) URL as a URI without fragment. Characters Node's URL parser accepts but
   * Java's does not ({@code | ^ \ [ ]} after the host) are escaped; anything else unreadable is
   * Node's {@code TypeError: Invalid URL}.
   */
  static URI parse(String url) {
    URI uri = tryParse(url);
    if (uri == null) {
      uri = tryParse(escapeLeftovers(url));
    }
    if (uri == null || uri.getScheme() == null || !uri.isOpaque() && uri.getHost() == null
        && isHttp(uri)) {
      throw AxiosErrors.invalidUrl(url);
    }
    if (uri.isOpaque() || !isHttp(uri)) {
      return uri; // refused as an unsupported protocol when it is sent
    }
    try {
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      return new URI(uri.getScheme() + "://" + uri.getRawAuthority() + path
          + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    } catch (URISyntaxException e) {
      throw AxiosErrors.invalidUrl(url);
    }
  }

  /** A redirect's {@code Location}, resolved against the URL that answered. */
  static URI resolve(URI base, String location) {
    try {
      return parse(base.resolve(new URI(UrlEncoding.encode(location))).toString());
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw AxiosErrors.invalidUrl(location);
    }
  }

  /**
   * The address a connection to {@code uri} will reach, after Directus' deny-list check
   * (engine.md §6.11): an IP literal that is denied fails with a plain {@code Error} (Directus
   * throws it before a socket exists); a host name that resolves to a denied address fails the
   * way axios reports a destroyed socket.
   */
  static InetAddress checkedTarget(URI uri, IpDenyList denyList, JsObject config) {
    if (!isHttp(uri)) {
      throw AxiosErrors.created("Unsupported protocol " + uri.getScheme().toLowerCase(Locale.ROOT)
          + ":", "ERR_BAD_REQUEST", config);
    }
    String host = bareHost(uri);
    Optional<InetAddress> literal = IpDenyList.literal(host);
    if (literal.isPresent()) {
      if (denyList.denies(literal.get())) {
        throw new JsException(JsError.error(denied(host)));
      }
      return literal.get();
    }
    InetAddress resolved;
    try {
      resolved = InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      throw AxiosErrors.wrapped("getaddrinfo ENOTFOUND " + host, "ENOTFOUND", config);
    }
    if (denyList.denies(resolved)) {
      throw AxiosErrors.wrapped(denied(host), null, config);
    }
    return resolved;
  }

  /**
   * Node's header checks, which run before anything is sent: {@code TypeError} with code
   * {@code ERR_INVALID_HTTP_TOKEN} or {@code ERR_INVALID_CHAR}.
   */
  static void checkHeader(String name, String value) {
    if (!TOKEN.matcher(name).matches()) {
      throw headerError("ERR_INVALID_HTTP_TOKEN",
          "Header name must be a valid HTTP token [\"" + name + "\"]");
    }
    if (!VALUE.matcher(value).matches()) {
      throw headerError("ERR_INVALID_CHAR", "Invalid character in header content [\"" + name + "\"]");
    }
  }

  private static JsException headerError(String code, String message) {
    return new JsException(new JsError("TypeError", message, JsError.header("TypeError", message),
        null, JsObject.builder().put("code", code).build()));
  }

  static int port(URI uri) {
    if (uri.getPort() >= 0) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  private static String denied(String host) {
    return "Requested domain \"" + host + "\" resolves to a denied IP address";
  }

  /** The host as Node names it: lower case, IPv6 without brackets. */
  private static String bareHost(URI uri) {
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  private static boolean isHttp(URI uri) {
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    return scheme.equals("http") || scheme.equals("https");
  }

  private static @Nullable URI tryParse(String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static String escapeLeftovers(String url) {
    int authority = url.indexOf("//");
    int pathStart = authority < 0 ? 0 : url.indexOf('/', authority + 2);
    if (pathStart < 0) {
      return url;
    }
    StringBuilder out = new StringBuilder(url.substring(0, pathStart));
    for (char c : url.substring(pathStart).toCharArray()) {
      switch (c) {
        case '|' -> out.append("%7C");
        case '^' -> out.append("%5E");
        case '\\' -> out.append("%5C");
        case '[' -> out.append("%5B");
        case ']' -> out.append("%5D");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
