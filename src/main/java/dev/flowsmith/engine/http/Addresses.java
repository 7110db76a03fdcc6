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
   * An absolute http(s) URL as a URI without fragment, its host as Node's WHATWG URL reads it
   * ({@link WhatwgUrl}: {@code http://0177.0.0.1} goes to 127.0.0.1, {@code faß.de} to
   * {@code xn--fa-hia.de}). Characters Node accepts but Java's URI does not ({@code | ^ \ [ ]}
   * after the host) are escaped. What Node refuses is its {@code TypeError: Invalid URL}; a URL
   * of another scheme is returned for the send to refuse as an unsupported protocol.
   */
  static URI parse(String url) {
    String scheme = WhatwgUrl.scheme(url);
    if (scheme == null) {
      throw AxiosErrors.invalidUrl(url);
    }
    if (WhatwgUrl.isSpecial(scheme)) {
      WhatwgUrl.Parsed parsed = WhatwgUrl.parse(url);
      if (parsed == null) {
        throw AxiosErrors.invalidUrl(url);
      }
      if (!scheme.equals("http") && !scheme.equals("https")) {
        return URI.create(scheme + ":/"); // ws, wss, ftp: valid, but axios does not send them
      }
      String rebuilt = parsed.scheme() + "://" + parsed.userinfo() + parsed.host()
          + (parsed.port().isEmpty() ? "" : ":" + parsed.port()) + parsed.pathAndQuery();
      URI uri = tryParse(rebuilt);
      if (uri == null) {
        uri = tryParse(escapeLeftovers(rebuilt));
      }
      if (uri == null) {
        throw AxiosErrors.invalidUrl(url);
      }
      return uri;
    }
    URI other = tryParse(url);
    if (other == null) {
      other = tryParse(escapeLeftovers(url));
    }
    if (other == null || other.getScheme() == null) {
      throw AxiosErrors.invalidUrl(url);
    }
    return other;
  }

  /** A redirect's {@code Location}, resolved against the URL that answered. */
  static URI resolve(URI base, String location) {
    String encoded = UrlEncoding.encode(location);
    if (WhatwgUrl.scheme(encoded) != null) {
      return parse(encoded); // absolute: its host is read the WHATWG way, not java.net.URI's
    }
    try {
      return parse(base.resolve(new URI(encoded)).toString());
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
    InetAddress[] resolved;
    try {
      resolved = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw AxiosErrors.wrapped("getaddrinfo ENOTFOUND " + host, "ENOTFOUND", config);
    }
    // Every address the name has is checked, not only the first: Java's client looks the name
    // up again when it connects and takes the first of the same answer (the JVM keeps a lookup
    // for 30 s), so the address connected to is one of these. Directus checks the address its
    // socket connects to; a name with a denied address among others is refused here.
    for (InetAddress address : resolved) {
      if (denyList.denies(address)) {
        throw AxiosErrors.wrapped(denied(host), null, config);
      }
    }
    return resolved[0];
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
  static String bareHost(URI uri) {
    String host = (uri.getHost() != null ? uri.getHost() : hostOfAuthority(uri.getRawAuthority()))
        .toLowerCase(Locale.ROOT);
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  /** The host of {@code user@host:port} when java.net.URI found no server name (e.g. {@code a_b.c}). */
  private static String hostOfAuthority(@Nullable String authority) {
    if (authority == null) {
      return "";
    }
    String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
    int colon = hostPort.startsWith("[") ? hostPort.indexOf(':', hostPort.indexOf(']')) : hostPort.indexOf(':');
    return colon < 0 ? hostPort : hostPort.substring(0, colon);
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
