package dev.flowsmith.engine.http;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The part of the WHATWG URL parser (Node's {@code new URL()}) that decides where a request
 * goes: scheme, credentials, host and port of an absolute URL with a special scheme. Slashes and
 * backslashes after the scheme, white space around and tabs and newlines inside are handled as
 * Node handles them; the host goes through {@link WhatwgHost}. The path and query are kept as
 * written (encodeurl has already made them sendable); the fragment is separated.
 */
public final class WhatwgUrl {

  /** An absolute URL with a special scheme, split; {@code port} is empty for the default. */
  record Parsed(String scheme, String userinfo, String host, String port, String pathAndQuery,
      String fragment) {

    /** {@code URL.href}, as far as this parser serializes it. */
    String href() {
      return scheme + "://" + userinfo + host + (port.isEmpty() ? "" : ":" + port) + pathAndQuery
          + fragment;
    }
  }

  private static final Set<String> SPECIAL = Set.of("http", "https", "ws", "wss", "ftp");
  /** The userinfo percent-encode set, besides C0 controls and non-ASCII. */
  private static final String USERINFO_ENCODED = " \"#<>?`{}/:;=@[\\]^|";

  private WhatwgUrl() {}

  /** The scheme of an absolute URL (lower case), or null when the text has none. */
  public static @Nullable String scheme(String input) {
    String text = clean(input);
    int colon = text.indexOf(':');
    if (colon < 1 || !isAlpha(text.charAt(0))) {
      return null;
    }
    for (int i = 1; i < colon; i++) {
      char c = text.charAt(i);
      if (!isAlpha(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
        return null;
      }
    }
    return text.substring(0, colon).toLowerCase(Locale.ROOT);
  }

  static boolean isSpecial(String scheme) {
    return SPECIAL.contains(scheme);
  }

  /**
   * Splits an absolute URL whose scheme is special; null where Node throws
   * {@code TypeError: Invalid URL}.
   */
  static @Nullable Parsed parse(String input) {
    String scheme = scheme(input);
    if (scheme == null || !isSpecial(scheme)) {
      return null;
    }
    String text = clean(input);
    int at = scheme.length() + 1;
    while (at < text.length() && (text.charAt(at) == '/' || text.charAt(at) == '\\')) {
      at++;
    }
    int end = at;
    while (end < text.length() && "/\\?#".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    String authority = text.substring(at, end);
    String rest = text.substring(end);

    String userinfo = "";
    int lastAt = authority.lastIndexOf('@');
    if (lastAt >= 0) {
      userinfo = userinfo(authority.substring(0, lastAt));
      authority = authority.substring(lastAt + 1);
    }
    int portColon = portColon(authority);
    String rawHost = portColon < 0 ? authority : authority.substring(0, portColon);
    if (rawHost.isEmpty()) {
      return null;
    }
    String port = "";
    if (portColon >= 0) {
      String digits = authority.substring(portColon + 1);
      if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return null;
      }
      if (!digits.isEmpty()) {
        String number = digits.replaceFirst("^0+(?=.)", "");
        if (number.length() > 5 || Integer.parseInt(number) > 65535) {
          return null;
        }
        port = number.equals(defaultPort(scheme)) ? "" : number;
      }
    }
    String host = WhatwgHost.parse(rawHost);
    if (host == null) {
      return null;
    }
    int hash = rest.indexOf('#');
    String fragment = hash < 0 ? "" : rest.substring(hash);
    String beforeFragment = hash < 0 ? rest : rest.substring(0, hash);
    int question = beforeFragment.indexOf('?');
    String path = question < 0 ? beforeFragment : beforeFragment.substring(0, question);
    String query = question < 0 ? "" : beforeFragment.substring(question);
    path = "/" + (path.isEmpty() ? "" : path.substring(1)).replace('\\', '/');
    return new Parsed(scheme, userinfo, host, port, path + query, fragment);
  }

  /** Leading and trailing C0 controls and spaces go; tabs and newlines anywhere go. */
  private static String clean(String input) {
    int start = 0;
    int end = input.length();
    while (start < end && input.charAt(start) <= 0x20) {
      start++;
    }
    while (end > start && input.charAt(end - 1) <= 0x20) {
      end--;
    }
    return input.substring(start, end).replaceAll("[\t\n\r]", "");
  }

  /** The first {@code :} outside brackets, which starts the port; -1 if none. */
  private static int portColon(String authority) {
    boolean inBrackets = false;
    for (int i = 0; i < authority.length(); i++) {
      char c = authority.charAt(i);
      if (c == '[') {
        inBrackets = true;
      } else if (c == ']') {
        inBrackets = false;
      } else if (c == ':' && !inBrackets) {
        return i;
      }
    }
    return -1;
  }

  /** {@code user:pass@} percent-encoded as URL serializes it; empty when both are empty. */
  private static String userinfo(String raw) {
    int colon = raw.indexOf(':');
    String user = encodeUserinfo(colon < 0 ? raw : raw.substring(0, colon));
    String password = colon < 0 ? "" : encodeUserinfo(raw.substring(colon + 1));
    if (user.isEmpty() && password.isEmpty()) {
      return "";
    }
    return user + (password.isEmpty() ? "" : ":" + password) + "@";
  }

  private static String encodeUserinfo(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c <= 0x20 || c >= 0x7F || USERINFO_ENCODED.indexOf(c) >= 0) {
        out.append('%').append(String.format("%02X", c));
      } else {
        out.append((char) c);
      }
    }
    return out.toString();
  }

  private static String defaultPort(String scheme) {
    return switch (scheme) {
      case "http", "ws" -> "80";
      case "https", "wss" -> "443";
      case "ftp" -> "21";
      default -> "";
    };
  }

  private static boolean isAlpha(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }
}
